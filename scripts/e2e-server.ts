// The server Playwright starts: a fresh SQLite database with the demo content, then `next start`
// on the build made by `npm test` (or `npm run build`).
import { spawn } from "node:child_process";
import fs from "node:fs";
import { E2E } from "../e2e/support/constants";
import { nextBin } from "./build-if-needed";

fs.rmSync(E2E.dataDir, { recursive: true, force: true });
Object.assign(process.env, {
  DATABASE_URL: E2E.databaseUrl,
  MEDIA_DIR: E2E.mediaDir,
  SITE_URL: E2E.baseURL,
  PORT: String(E2E.port),
  NEXT_TELEMETRY_DISABLED: "1",
});
const { prepareDatabase } = await import("./prepare");
await prepareDatabase(E2E.databaseUrl, E2E.mediaDir);

const server = spawn(process.execPath, [nextBin, "start", "-p", String(E2E.port), "-H", "127.0.0.1"], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
