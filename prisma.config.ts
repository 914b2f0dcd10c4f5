import { defineConfig } from "prisma/config";

// Prisma's native schema engine cannot be downloaded here; `generate` never runs it, and
// migrations go through scripts/migrate.mjs (the same engine compiled to WASM).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/dateline.db" },
});
