import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PgPrismaClient } from "@/lib/generated/pg/client";
import { env, isPostgres } from "@/lib/env";

// Both generated clients have the same models; the SQLite one names the type.
export type Db = PrismaClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createDb(url: string = env.DATABASE_URL): Db {
  if (/^postgres(ql)?:\/\//.test(url)) {
    return new PgPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  // fileMustExist: reading never creates an empty database by accident (start-up migrates first,
  // and `next build` must not touch a database at all).
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url, fileMustExist: true, timeout: 5000 }) });
}

const globalForDb = globalThis as unknown as { datelineDb?: Db };

/** The process-wide client, created on first use (never at import, so builds open no database). */
export function db(): Db {
  globalForDb.datelineDb ??= createDb();
  return globalForDb.datelineDb;
}

/** Makes `db` the process-wide client: for tests and scripts that own their database. */
export function installDb(client: Db): void {
  globalForDb.datelineDb = client;
}

/** Drops the process-wide client so the next query opens a new connection (after an outage). */
export async function resetDb(): Promise<void> {
  const current = globalForDb.datelineDb;
  globalForDb.datelineDb = undefined;
  await current?.$disconnect().catch(() => undefined);
}

export const dbProvider = isPostgres ? "postgresql" : "sqlite";

/** A unique-constraint violation (Prisma P2002), whichever database raised it. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
