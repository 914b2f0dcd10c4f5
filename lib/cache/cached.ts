import { cacheLife, cacheTag } from "next/cache";

/**
 * Marks the enclosing `'use cache'` function's result as kept until invalidated by one of
 * `cacheTags`. Outside Next.js (Vitest, scripts) the data functions run uncached, so this is a no-op.
 */
export function cachedUntilChanged(...cacheTags: string[]): void {
  if (!process.env.__NEXT_USE_CACHE) return;
  cacheLife("max");
  if (cacheTags.length > 0) cacheTag(...cacheTags);
}
