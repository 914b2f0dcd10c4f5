import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { getAuth, SESSION_IDLE_SECONDS } from "./auth";
import type { Role, Staff } from "./roles";

// Who is signed in, from a request's headers. Shared by proxy.ts (which cannot use next/headers)
// and lib/auth/session.ts. No "server-only" here for the same reason; it is server code all
// the same (it reads the database).

/** Activity is written back at most this often, so a page full of requests costs one write. */
export const TOUCH_AFTER_MS = 60_000;

export type SessionActivity = "idle" | "touch" | "fresh";

/** What to do with a session last active at `lastActiveAt` (SECURITY S9: the idle lifetime). */
export function sessionActivity(lastActiveAt: Date, now: number): SessionActivity {
  const quiet = now - lastActiveAt.getTime();
  if (quiet >= SESSION_IDLE_SECONDS * 1000) return "idle";
  return quiet >= TOUCH_AFTER_MS ? "touch" : "fresh";
}

const ROLES: readonly Role[] = ["ADMIN", "EDITOR", "WRITER"];

function asRole(value: unknown): Role | null {
  return ROLES.includes(value as Role) ? (value as Role) : null;
}

/**
 * The member of staff whose session cookie these headers carry, or null: no cookie, a bad
 * signature, an expired, revoked or idle session, or a disabled account.
 */
export async function staffFromHeaders(headers: Headers, now: number = Date.now()): Promise<Staff | null> {
  const found = await getAuth().api.getSession({ headers, query: { disableCookieCache: true, disableRefresh: true } });
  if (!found) return null;
  const { session, user } = found;
  const role = asRole(user.role);
  if (user.disabled || !role) return null;
  const activity = sessionActivity(new Date(session.updatedAt), now);
  if (activity === "idle") {
    await db().session.deleteMany({ where: { id: session.id } });
    log.info({ event: "session.idle-ended", userId: user.id }, "Session ended after being idle");
    return null;
  }
  if (activity === "touch") {
    await db().session.updateMany({ where: { id: session.id }, data: { updatedAt: new Date(now) } });
  }
  return { id: user.id, name: user.name, email: user.email, role };
}
