import { db } from "@/lib/db";

export interface Health {
  ok: boolean;
  database: "up" | "down";
  checkedAt: string;
}

/** Asks the database a trivial question; false when it is unreachable or missing. */
export async function checkDatabase(): Promise<boolean> {
  try {
    await db().$queryRawUnsafe("SELECT 1");
    return true;
  } catch {
    return false;
  }
}

export async function health(): Promise<Health> {
  const up = await checkDatabase();
  return { ok: up, database: up ? "up" : "down", checkedAt: new Date().toISOString() };
}
