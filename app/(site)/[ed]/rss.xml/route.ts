import { getEditionFeed } from "@/lib/data/feeds";
import { env } from "@/lib/env";
import { rssDocument } from "@/lib/feeds/rss";
import { serveCrawlerDocument } from "@/lib/http/conditional";

export async function GET(request: Request, { params }: { params: Promise<{ ed: string }> }) {
  return serveCrawlerDocument(request, async () => rssDocument(env.SITE_URL, await getEditionFeed((await params).ed)));
}
