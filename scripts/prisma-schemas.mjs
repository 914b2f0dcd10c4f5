// Derives prisma/postgresql/schema.prisma from the source schema (SQLite).
// `--check` exits 1 when the derived file is stale (run in CI by `npm run db:check`).
import fs from "node:fs";

const source = fs.readFileSync("prisma/schema.prisma", "utf8");
const derived = source
  .replace(/(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"')
  .replace(/(generator client \{[^}]*output\s*=\s*)"\.\.\/lib\/generated\/sqlite"/, '$1"../../lib/generated/pg"')
  .replace(
    /^\/\/ Dateline's content model.*\n(\/\/.*\n)*/,
    "// GENERATED from prisma/schema.prisma by scripts/prisma-schemas.mjs: do not edit.\n",
  );

if (derived === source || !derived.includes('"postgresql"') || !derived.includes("generated/pg")) {
  console.error("prisma-schemas: could not derive the PostgreSQL schema (provider or output not found)");
  process.exit(1);
}
const target = "prisma/postgresql/schema.prisma";
const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : null;
if (process.argv.includes("--check")) {
  if (current !== derived) {
    console.error(`${target} is stale: run npm run db:generate`);
    process.exit(1);
  }
  console.log(`${target} is up to date.`);
} else if (current !== derived) {
  fs.mkdirSync("prisma/postgresql", { recursive: true });
  fs.writeFileSync(target, derived);
  console.log(`Wrote ${target}`);
}
