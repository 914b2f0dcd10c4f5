import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, type Db } from "@/lib/db";

// Real databases for the data-layer tests: a fresh SQLite file, and a fresh PostgreSQL database
// on the server named by DATABASE_URL when it is a postgresql:// URL.

export type DatabaseKind = "sqlite" | "postgresql";

const pgServer = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : undefined;

/** The kinds this run can test: SQLite always, PostgreSQL when DATABASE_URL names a server. */
export const databaseKinds: DatabaseKind[] = pgServer ? ["sqlite", "postgresql"] : ["sqlite"];

export interface TestDatabase {
  kind: DatabaseKind;
  url: string;
  db: Db;
  mediaDir: string;
  drop: () => Promise<void>;
}

export async function freshDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-test-"));
  const mediaDir = path.join(dir, "media");
  let url: string;
  let dropDatabase = async () => {};
  if (kind === "sqlite") {
    url = `file:${path.join(dir, "test.db")}`;
  } else {
    if (!pgServer) throw new Error("PostgreSQL tests need DATABASE_URL=postgresql://…");
    const name = `dateline_test_${crypto.randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: pgServer });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(pgServer);
    u.pathname = `/${name}`;
    url = u.href;
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: pgServer });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    };
  }
  execFileSync(process.execPath, ["scripts/migrate.mjs", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const db = createDb(url);
  return {
    kind,
    url,
    db,
    mediaDir,
    drop: async () => {
      await db.$disconnect();
      await dropDatabase();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
