// Which schema and migrations folder belong to a database URL: one place for the runner and start-up.
export const DEFAULT_DATABASE_URL = "file:./data/dateline.db";

export function isPostgresUrl(url) {
  return /^postgres(ql)?:\/\//.test(url);
}

export function migrationTarget(env) {
  const url = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const pg = isPostgresUrl(url);
  return {
    url,
    schemaPath: env.PRISMA_SCHEMA ?? (pg ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma"),
    migrationsDir: env.PRISMA_MIGRATIONS ?? (pg ? "prisma/postgresql/migrations" : "prisma/migrations"),
  };
}
