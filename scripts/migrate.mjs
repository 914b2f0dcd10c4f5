// Prisma migrations without the native schema engine (docs/decisions/002-migration-runner.md).
// Drives Prisma's own schema engine compiled to WASM through the driver adapters, so it reads and
// writes the standard prisma/migrations/<timestamp>_<name>/migration.sql layout and _prisma_migrations.
//
//   node scripts/migrate.mjs create <name> | deploy | status | check
//   env: DATABASE_URL (file:… | postgresql://…), PRISMA_SCHEMA, PRISMA_MIGRATIONS, SHADOW_DATABASE_URL
import fs from "node:fs";
import path from "node:path";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { isPostgresUrl, migrationTarget } from "./migration-target.mjs";

const { url: DATABASE_URL, schemaPath: SCHEMA, migrationsDir: DIR } = migrationTarget(process.env);
// Tables made by hand-written migration SQL that the schema cannot describe (e.g. full-text indexes):
// external to the engine, so `check` does not see them as drift and `create` never drops them.
const EXTERNAL_TABLES = "prisma/external-tables.json";
const external = fs.existsSync(EXTERNAL_TABLES) ? JSON.parse(fs.readFileSync(EXTERNAL_TABLES, "utf8")) : {};
const filters = {
  externalTables: external[isPostgresUrl(DATABASE_URL) ? "postgresql" : "sqlite"] ?? [],
  externalEnums: [],
};

// Node 20 cannot `import` a .wasm module: instantiate it by hand.
const wasmUrl = new URL(import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm"));
const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmUrl), { "./schema_engine_bg.js": bg });
bg.__wbg_set_wasm(instance.exports);
instance.exports.__wbindgen_start();

async function adapterFactory(url) {
  if (url.startsWith("file:")) {
    const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSqlite3({ url }); // its shadow database is ":memory:"
  }
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { default: pg } = await import("pg");
  const base = new PrismaPg({ connectionString: url });
  // PrismaPg's own shadow database reconnects to the main database; make a disposable one instead.
  const connectToShadowDb = async () => {
    if (process.env.SHADOW_DATABASE_URL) {
      return new PrismaPg({ connectionString: process.env.SHADOW_DATABASE_URL }).connect();
    }
    const name = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const shadowUrl = new URL(url);
    shadowUrl.pathname = `/${name}`;
    const shadow = await new PrismaPg({ connectionString: shadowUrl.href }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
    return shadow;
  };
  return { provider: base.provider, adapterName: base.adapterName, connect: () => base.connect(), connectToShadowDb };
}

// Driver quirks the engine trips over:
// SQLite: better-sqlite3 runs one statement per executeRaw, so argument-free scripts go to executeScript.
// PostgreSQL: introspection reads pg_catalog "char" columns (OID 18), which adapter-pg rejects; read them as text.
// PostgreSQL: adapter-pg's executeScript splits a migration at every ";", which breaks function bodies
// ($$ … $$) and string literals; send the script whole, as Prisma's native engine does (one implicit
// transaction on the server's simple query protocol).
function withQuirksFixed(factory) {
  const patch = async (pending) => {
    const adapter = await pending;
    if (factory.provider === "sqlite") {
      const executeRaw = adapter.executeRaw.bind(adapter);
      adapter.executeRaw = async (q) => (q.args?.length ? executeRaw(q) : (await adapter.executeScript(q.sql), 0));
    } else {
      adapter.executeScript = async (script) => {
        try {
          await adapter.client.query(script);
        } catch (error) {
          adapter.onError(error);
        }
      };
      const performIO = adapter.performIO.bind(adapter);
      adapter.performIO = async (q) => {
        const result = await performIO(q);
        for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
        return result;
      };
    }
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => patch(factory.connect()),
    connectToShadowDb: () => patch(factory.connectToShadowDb()),
  };
}

const lockPath = path.join(DIR, "migration_lock.toml");
const names = fs.existsSync(DIR)
  ? fs
      .readdirSync(DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
  : [];
const migrationsList = {
  baseDir: path.resolve(DIR),
  shadowDbInitScript: "",
  lockfile: {
    path: "migration_lock.toml",
    content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
  },
  migrationDirectories: names.map((name) => ({
    path: name,
    migrationFile: {
      path: "migration.sql",
      content: { tag: "ok", value: fs.readFileSync(path.join(DIR, name, "migration.sql"), "utf8") },
    },
  })),
};
const schema = fs.readFileSync(SCHEMA, "utf8");
const factory = await adapterFactory(DATABASE_URL);
const engine = await bg.SchemaEngine.new(
  { datamodels: [[SCHEMA, schema]] },
  (message) => process.env.DEBUG_MIGRATE && console.error(message),
  bindMigrationAwareSqlAdapterFactory(withQuirksFixed(factory)),
);

async function pendingSql() {
  const from = names.length ? { tag: "migrations", ...migrationsList } : { tag: "empty" };
  const { stdout } = await engine.diff({
    from,
    to: { tag: "schemaDatamodel", files: [{ path: SCHEMA, content: schema }] },
    script: true,
    exitCode: null,
    filters,
  });
  return /^\s*(-- This is an empty migration\.)?\s*$/.test(stdout ?? "") ? "" : stdout;
}

const [command, name = "migration"] = process.argv.slice(2);
try {
  if (command === "create") {
    const sql = await pendingSql();
    const dir = path.join(DIR, `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${name}`);
    if (sql) {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, "migration.sql"), sql);
      if (!fs.existsSync(lockPath)) {
        fs.writeFileSync(lockPath, `provider = "${factory.provider === "sqlite" ? "sqlite" : "postgresql"}"\n`);
      }
    }
    console.log(sql ? `Created ${dir}/migration.sql` : "No schema changes.");
  } else if (command === "deploy") {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters });
    console.log(
      appliedMigrationNames.length ? `Applied: ${appliedMigrationNames.join(", ")}` : "No pending migrations.",
    );
  } else if (command === "status") {
    const status = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters });
    console.log(JSON.stringify(status, null, 2));
  } else if (command === "check") {
    const sql = await pendingSql();
    if (sql) {
      console.error(`Schema changes missing from ${DIR}:\n${sql}`);
      process.exitCode = 1;
    } else console.log(`Migrations in ${DIR} match the schema.`);
  } else {
    console.error("usage: node scripts/migrate.mjs create <name> | deploy | status | check");
    process.exitCode = 2;
  }
} catch (error) {
  console.error(error?.message ?? error);
  process.exitCode = 1;
}
process.exit(process.exitCode ?? 0); // pg pools would keep Node alive for ~10 s
