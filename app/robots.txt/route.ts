import { env } from "@/lib/env";
import { serveCrawlerDocument } from "@/lib/http/conditional";
import { robotsTxt } from "@/lib/sitemaps/xml";
import { sitemapIndexPath } from "@/lib/urls";

// A route rather than app/robots.ts: the metadata file is prerendered at build, which would bake
// in the build's SITE_URL instead of the one the server runs with.
export async function GET(request: Request) {
  return serveCrawlerDocument(request, async () => ({
    body: robotsTxt(env.SITE_URL, sitemapIndexPath),
    contentType: "text/plain; charset=utf-8",
    lastModified: null,
  }));
}
