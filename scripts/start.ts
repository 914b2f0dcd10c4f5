// `npm start`: migrate, seed the demo when the database is empty, build when needed, serve.
import { spawn } from "node:child_process";
import { buildIfNeeded, nextBin } from "./build-if-needed";
import { prepareDatabase } from "./prepare";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const { env } = await import("../lib/env");

await prepareDatabase(env.DATABASE_URL, env.MEDIA_DIR);
buildIfNeeded();

console.log(`Dateline is starting on ${env.SITE_URL} (port ${env.PORT}).`);
const server = spawn(process.execPath, [nextBin, "start", "-p", String(env.PORT)], {
  stdio: "inherit",
  env: { ...process.env, PORT: String(env.PORT) },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
