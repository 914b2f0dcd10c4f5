import "server-only";
import { after } from "next/server";
import { revalidateTag, updateTag } from "next/cache";

// Refreshes cached pages by tag, from inside a request (a server action or a route handler): Next's
// cache APIs throw anywhere else, which is why the scheduler calls a route handler (see
// app/api/internal/revalidate).

/** How long after a change the same tags are invalidated again (see below). */
export const SECOND_PASS_MS = 1000;

export function refreshTags(cacheTags: string[], from: "server-action" | "route-handler"): void {
  if (cacheTags.length === 0) return;
  for (const tag of cacheTags) {
    if (from === "server-action") updateTag(tag);
    else revalidateTag(tag, { expire: 0 });
  }
  // A render that began before the write can store the old page after the first invalidation and
  // keep it until the next write (notes/caching.md, 13 of 119 runs). A second pass a moment later
  // catches it.
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, SECOND_PASS_MS));
    for (const tag of cacheTags) revalidateTag(tag, { expire: 0 });
  });
}
