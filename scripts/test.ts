// `npm test`: unit and data-layer tests (Vitest: SQLite, and PostgreSQL when DATABASE_URL names a
// server), then browser tests (Playwright in Chromium against a production build). Prints one
// closing line with the totals.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { buildIfNeeded } from "./build-if-needed";

process.env.NEXT_TELEMETRY_DISABLED = "1";
fs.mkdirSync("test-results", { recursive: true });

function run(command: string, args: string[]): boolean {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { stdio: "inherit", env: process.env }).status === 0;
}

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

function vitestTotals(file: string): Totals {
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwrightTotals(file: string): Totals {
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped };
}

const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
const add = (t: Totals) => {
  totals.passed += t.passed;
  totals.failed += t.failed;
  totals.skipped += t.skipped;
};

for (const f of ["test-results/vitest.json", "test-results/e2e.json"]) fs.rmSync(f, { force: true });
let ok = run("npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile.json=test-results/vitest.json",
]);
if (fs.existsSync("test-results/vitest.json")) add(vitestTotals("test-results/vitest.json"));

try {
  buildIfNeeded();
  ok = run("npx", ["playwright", "test"]) && ok;
} catch {
  ok = false;
  totals.failed += 1;
  console.error("The production build failed: browser tests could not run.");
}
if (fs.existsSync("test-results/e2e.json")) add(playwrightTotals("test-results/e2e.json"));
else if (ok) ok = false;

if (totals.passed === 0) ok = false;
console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
