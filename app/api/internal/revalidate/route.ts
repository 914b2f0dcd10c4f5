import { z } from "zod";
import { refreshTags } from "@/lib/cache/invalidate";
import { isInternalSecret } from "@/lib/runtime/internal-secret";

// Called only by this process's own ticker (lib/runtime/ticker.ts) over loopback, with the
// process's secret: it replays the cache invalidations of changes made elsewhere (another
// process, the scheduler) inside a request, where Next's cache APIs work.
const body = z.object({ tags: z.array(z.string().min(1).max(256)).max(1000) });

export async function POST(request: Request) {
  if (!isInternalSecret(request.headers.get("x-dateline-internal"))) {
    return new Response("Forbidden", { status: 403 });
  }
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return new Response("Bad request", { status: 400 });
  refreshTags(parsed.data.tags, "route-handler");
  return Response.json({ refreshed: parsed.data.tags.length });
}
