import { getArticleSitemap, getListingSitemap, getNewsSitemap, type ListingKind } from "@/lib/data/sitemaps";
import { env } from "@/lib/env";
import { XML_TYPE, newestOf, serveCrawlerDocument, type CrawlerDocument } from "@/lib/http/conditional";
import { newsSitemapXml, urlsetXml, type SitemapUrl } from "@/lib/sitemaps/xml";
import { parseArticleSitemapName } from "@/lib/urls";

// /sitemaps/articles-N.xml, /sitemaps/{sections,tags,authors}.xml and /sitemaps/news.xml.
const LISTINGS: Record<string, ListingKind> = {
  "sections.xml": "sections",
  "tags.xml": "tags",
  "authors.xml": "authors",
};

function urlset(urls: SitemapUrl[]): CrawlerDocument {
  return {
    body: urlsetXml(env.SITE_URL, urls),
    contentType: XML_TYPE,
    lastModified: newestOf(urls.map((u) => u.lastmod)),
  };
}

async function load(file: string): Promise<CrawlerDocument | null> {
  if (file === "news.xml") {
    const entries = await getNewsSitemap();
    return {
      body: newsSitemapXml(env.SITE_URL, entries),
      contentType: XML_TYPE,
      lastModified: newestOf(entries.map((e) => e.publishedAt)),
    };
  }
  const listing = LISTINGS[file];
  if (listing) return urlset(await getListingSitemap(listing));
  const chunk = parseArticleSitemapName(file);
  if (chunk === null) return null;
  const urls = await getArticleSitemap(chunk);
  return urls ? urlset(urls) : null;
}

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return serveCrawlerDocument(request, async () => load((await params).file));
}
