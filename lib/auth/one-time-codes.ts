import { createHash } from "node:crypto";
import { isUniqueViolation, type Db } from "@/lib/db";

// Authenticator codes are accepted once (SECURITY S3). better-auth checks that a code is right
// for the current 30-second step or the one either side, but would take the same code again for
// those 90 seconds: someone who saw it over a shoulder, or in a proxy's log, could sign in with it.
// So a sign-in claims the code first, in a row whose key is unique: the second claim fails, even
// when both arrive at once. A claim that did not sign anyone in is released.

/** How long a claim is kept: longer than any code stays valid (three 30-second steps). */
export const CODE_REUSE_WINDOW_MS = 2 * 60 * 1000;

/** The claim's key: the account and a hash of the code (the code itself is never stored). */
export function codeUseKey(userId: string, code: string): string {
  return `${userId}:${createHash("sha256").update(`${userId}:${code}`).digest("base64url")}`;
}

/** True if this code is now claimed for this account; false if it was used within the window. */
export async function claimCode(db: Db, userId: string, code: string, now = new Date()): Promise<boolean> {
  const key = codeUseKey(userId, code);
  const stale = new Date(now.getTime() - CODE_REUSE_WINDOW_MS);
  await db.oneTimeCodeUse.deleteMany({ where: { usedAt: { lt: stale } } });
  try {
    await db.oneTimeCodeUse.create({ data: { key, userId, usedAt: now } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Gives a claimed code back (it was wrong, or the sign-in failed for another reason). */
export async function releaseCode(db: Db, userId: string, code: string): Promise<void> {
  await db.oneTimeCodeUse.deleteMany({ where: { key: codeUseKey(userId, code) } });
}
