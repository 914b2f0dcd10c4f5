import { getSectionFeed } from "@/lib/data/feeds";
import { env } from "@/lib/env";
import { rssDocument } from "@/lib/feeds/rss";
import { serveCrawlerDocument } from "@/lib/http/conditional";

export async function GET(request: Request, { params }: { params: Promise<{ ed: string; section: string }> }) {
  return serveCrawlerDocument(request, async () => {
    const { ed, section } = await params;
    return rssDocument(env.SITE_URL, await getSectionFeed(ed, section));
  });
}
