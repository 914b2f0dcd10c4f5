// Where the browser tests' server listens and keeps its data (a database of its own, reset per run).
// E2E_PORT and E2E_DATA_DIR let several runs share a machine.
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = process.env.E2E_DATA_DIR ?? "data/e2e";

export const E2E = {
  port,
  baseURL: `http://127.0.0.1:${port}`,
  databaseUrl: `file:./${dataDir}/dateline.db`,
  dataDir,
  mediaDir: `${dataDir}/media`,
} as const;
