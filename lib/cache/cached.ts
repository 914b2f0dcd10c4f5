import { cacheLife, cacheTag } from "next/cache";

// Outside Next.js (Vitest, scripts) the data functions run uncached, so these are no-ops there.
const inNext = () => Boolean(process.env.__NEXT_USE_CACHE);

/**
 * Marks the enclosing `'use cache'` function's result as kept until one of `cacheTags` is
 * invalidated by a write (never on a timer).
 */
export function cachedUntilChanged(...cacheTags: string[]): void {
  if (!inNext()) return;
  cacheLife("max");
  if (cacheTags.length > 0) cacheTag(...cacheTags);
}

/** Adds tags once the result is known, e.g. `article:<id>` for every story a list shows. */
export function addCacheTags(...cacheTags: string[]): void {
  if (!inNext() || cacheTags.length === 0) return;
  cacheTag(...cacheTags);
}

/**
 * For results that depend on the clock as well as on the data (e.g. "published in the last 48
 * hours"): refreshed by a write like the others, and recomputed at most `seconds` later anyway,
 * because time passing changes them without any write.
 */
export function cachedUntilChangedOrAged(seconds: number, ...cacheTags: string[]): void {
  if (!inNext()) return;
  cacheLife({ stale: seconds, revalidate: seconds, expire: Math.max(300, seconds * 5) });
  if (cacheTags.length > 0) cacheTag(...cacheTags);
}
