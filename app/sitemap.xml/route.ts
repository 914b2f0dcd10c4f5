import { getSitemapIndex } from "@/lib/data/sitemaps";
import { env } from "@/lib/env";
import { XML_TYPE, newestOf, serveCrawlerDocument } from "@/lib/http/conditional";
import { sitemapIndexXml } from "@/lib/sitemaps/xml";

export async function GET(request: Request) {
  return serveCrawlerDocument(request, async () => {
    const entries = await getSitemapIndex();
    return {
      body: sitemapIndexXml(env.SITE_URL, entries),
      contentType: XML_TYPE,
      lastModified: newestOf(entries.map((e) => e.lastmod)),
    };
  });
}
