import { getTagFeed } from "@/lib/data/feeds";
import { env } from "@/lib/env";
import { rssDocument } from "@/lib/feeds/rss";
import { serveCrawlerDocument } from "@/lib/http/conditional";

export async function GET(request: Request, { params }: { params: Promise<{ ed: string; tag: string }> }) {
  return serveCrawlerDocument(request, async () => {
    const { ed, tag } = await params;
    return rssDocument(env.SITE_URL, await getTagFeed(ed, tag));
  });
}
