// Brings a database up to date: migrations applied, WAL on SQLite, demo content when empty, an
// administrator who can sign in, and a strong session secret (made under data/ when none is set).
// Used by `npm start`, `npm run dev` and the test set-up; safe to run again and again.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";

export function sqliteFileOf(url: string): string | null {
  if (!url.startsWith("file:")) return null;
  const file = url.slice("file:".length).split("?")[0] ?? "";
  return file === ":memory:" ? null : path.resolve(file);
}

export function migrate(databaseUrl: string): void {
  const file = sqliteFileOf(databaseUrl);
  if (file) fs.mkdirSync(path.dirname(file), { recursive: true });
  execFileSync(process.execPath, ["scripts/migrate.mjs", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (file) {
    // WAL lets readers carry on while the newsroom writes; it is a property of the file.
    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
  }
}

export async function prepareDatabase(databaseUrl: string, mediaDir: string): Promise<void> {
  migrate(databaseUrl);
  const { createDb } = await import("../lib/db");
  const { seedDemo } = await import("../prisma/seed");
  const { prepareAuth } = await import("../lib/auth/bootstrap");
  const db = createDb(databaseUrl);
  try {
    const result = await seedDemo(db, { mediaDir, log: (message) => console.log(message) });
    console.log(result.seeded ? `Seeded ${result.articles} demo articles.` : "Existing archive kept (no demo seed).");
    await prepareAuth(db);
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { env } = await import("../lib/env");
  await prepareDatabase(env.DATABASE_URL, env.MEDIA_DIR);
}
