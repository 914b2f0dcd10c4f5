// `next build` only when the sources changed since the last build: a fingerprint of everything the
// build reads is kept next to the build output. The archive is not among them (builds need no database).
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const SKIP = new Set(["generated", "node_modules", ".next"]);
const DIST = process.env.NEXT_DIST_DIR || ".next";
const STAMP = `${DIST}/dateline-source-hash`;
export const nextBin = fileURLToPath(import.meta.resolve("next/dist/bin/next"));

function walk(entry: string, hash: crypto.Hash): void {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) if (!SKIP.has(name)) walk(path.join(entry, name), hash);
  } else {
    hash.update(entry).update(fs.readFileSync(entry));
  }
}

export function sourceFingerprint(): string {
  const hash = crypto.createHash("sha256");
  for (const input of INPUTS) walk(input, hash);
  return hash.digest("hex");
}

export function buildIfNeeded(): void {
  const fingerprint = sourceFingerprint();
  const built =
    fs.existsSync(`${DIST}/BUILD_ID`) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === fingerprint;
  if (built) {
    console.log("Build is up to date.");
    return;
  }
  console.log("Building the site (next build)…");
  execFileSync(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  fs.writeFileSync(STAMP, fingerprint);
}
