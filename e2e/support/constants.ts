// Where the browser tests' server listens and keeps its data (a database of its own, reset per run).
export const E2E = {
  port: 3100,
  baseURL: "http://127.0.0.1:3100",
  databaseUrl: "file:./data/e2e/dateline.db",
  dataDir: "data/e2e",
  mediaDir: "data/e2e/media",
} as const;
