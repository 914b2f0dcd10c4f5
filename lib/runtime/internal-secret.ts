import crypto from "node:crypto";

// A per-process secret for loopback calls from the process's own timer to its own route handlers
// (the timer cannot touch Next's cache outside a request). Never leaves the process.
const holder = globalThis as unknown as { datelineInternalSecret?: string };

export function internalSecret(): string {
  holder.datelineInternalSecret ??= crypto.randomBytes(32).toString("hex");
  return holder.datelineInternalSecret;
}

export function isInternalSecret(candidate: string | null): boolean {
  if (!candidate) return false;
  const expected = Buffer.from(internalSecret());
  const given = Buffer.from(candidate);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/** This process's own address, for loopback calls. */
export function loopbackOrigin(): string {
  return `http://127.0.0.1:${process.env.PORT || 3000}`;
}
