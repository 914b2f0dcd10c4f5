import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import { UNKNOWN_ADDRESS } from "./client-ip";

// Failed sign-ins are counted per account and per client address (SECURITY S1). The first four
// failures cost nothing; after that every attempt waits, and each further failure doubles the
// wait (1, 2, 4 … minutes, at most an hour), so guessing stays slow while a person who mistyped
// is back within a minute. A success clears both counters; 12 quiet hours clear any counter.
//
// Without a trusted proxy the real address is unknown (lib/auth/client-ip.ts) and every client
// shares one address key: that key gets a far larger allowance, so that four typos anywhere do
// not lock the whole newsroom out, while a spray of guesses across many accounts still slows down.

export interface ThrottleRule {
  /** Failures allowed before any wait. */
  freeFailures: number;
  /** The wait after the first failure beyond the free ones; doubled for each further failure. */
  firstWaitMs: number;
  maxWaitMs: number;
  /** A counter with no new failure for this long starts again from zero. */
  forgetAfterMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const ACCOUNT_RULE: ThrottleRule = {
  freeFailures: 4,
  firstWaitMs: MINUTE,
  maxWaitMs: HOUR,
  forgetAfterMs: 12 * HOUR,
};
export const ADDRESS_RULE: ThrottleRule = ACCOUNT_RULE;
export const SHARED_ADDRESS_RULE: ThrottleRule = { ...ACCOUNT_RULE, freeFailures: 100 };

export interface FailureRecord {
  failures: number;
  lastFailureAt: number;
}

/** How long attempts must wait after `failures` failures in a row. */
export function waitAfter(failures: number, rule: ThrottleRule): number {
  if (failures < rule.freeFailures) return 0;
  const doublings = Math.min(failures - rule.freeFailures, 30);
  return Math.min(rule.firstWaitMs * 2 ** doublings, rule.maxWaitMs);
}

function isForgotten(record: FailureRecord | null, now: number, rule: ThrottleRule): boolean {
  return !record || now - record.lastFailureAt >= rule.forgetAfterMs;
}

/** Milliseconds until another attempt is allowed (0: now). */
export function retryAfterMs(record: FailureRecord | null, now: number, rule: ThrottleRule): number {
  if (!record || isForgotten(record, now, rule)) return 0;
  return Math.max(0, record.lastFailureAt + waitAfter(record.failures, rule) - now);
}

/** The record after one more failure at `now`. */
export function afterFailure(record: FailureRecord | null, now: number, rule: ThrottleRule): FailureRecord {
  if (!record || isForgotten(record, now, rule)) return { failures: 1, lastFailureAt: now };
  return { failures: record.failures + 1, lastFailureAt: now };
}

/** "wait 3 minutes": whole minutes, rounded up, never "0 minutes". */
export function waitInWords(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / MINUTE));
  return `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}

// Storage: the RateLimit table that better-auth's own request limiter also uses. Our keys start
// with "signin:" and cannot collide with its "<address>|<path>" keys. better-auth prunes rows
// whose `lastRequest` is older than its longest window (about a minute), so our rows store in
// `lastRequest` the time they may be forgotten (last failure + forgetAfterMs): its pruning then
// removes them exactly when they no longer matter.

export interface SignInSubject {
  email: string;
  /** The client address, or UNKNOWN_ADDRESS. */
  address: string;
}

interface Counter {
  key: string;
  rule: ThrottleRule;
}

function countersFor(subject: SignInSubject): Counter[] {
  const account = crypto.createHash("sha256").update(subject.email.trim().toLowerCase()).digest("hex").slice(0, 32);
  const shared = subject.address === UNKNOWN_ADDRESS;
  return [
    { key: `signin:account:${account}`, rule: ACCOUNT_RULE },
    { key: `signin:address:${subject.address}`, rule: shared ? SHARED_ADDRESS_RULE : ADDRESS_RULE },
  ];
}

async function readRecord(db: Db, { key, rule }: Counter): Promise<FailureRecord | null> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row) return null;
  return { failures: row.count, lastFailureAt: Number(row.lastRequest) - rule.forgetAfterMs };
}

/** Milliseconds this subject must wait before the next attempt (0: go ahead). */
export async function signInWait(db: Db, subject: SignInSubject, now: number = Date.now()): Promise<number> {
  const waits = await Promise.all(
    countersFor(subject).map(async (counter) => retryAfterMs(await readRecord(db, counter), now, counter.rule)),
  );
  return Math.max(0, ...waits);
}

/** Counts one failed attempt against the account and the address. */
export async function recordSignInFailure(db: Db, subject: SignInSubject, now: number = Date.now()): Promise<void> {
  for (const counter of countersFor(subject)) {
    const forgetAt = BigInt(now + counter.rule.forgetAfterMs);
    // Still remembered: one atomic increment, so parallel failures are all counted.
    const bumped = await db.rateLimit.updateMany({
      where: { key: counter.key, lastRequest: { gt: BigInt(now) } },
      data: { count: { increment: 1 }, lastRequest: forgetAt },
    });
    if (bumped.count > 0) continue;
    await db.rateLimit.upsert({
      where: { key: counter.key },
      create: { key: counter.key, count: 1, lastRequest: forgetAt },
      update: { count: 1, lastRequest: forgetAt },
    });
  }
}

/** A successful sign-in: the account and its address start afresh (the shared key only decays). */
export async function clearSignInFailures(db: Db, subject: SignInSubject): Promise<void> {
  const counters = countersFor(subject).filter((c) => c.rule !== SHARED_ADDRESS_RULE);
  await db.rateLimit.deleteMany({ where: { key: { in: counters.map((c) => c.key) } } });
}
