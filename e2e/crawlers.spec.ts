import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { E2E } from "./support/constants";
import { EDITION, withdrawnArticlePaths } from "./support/content";

// What a search engine or feed reader sees: robots.txt, the sitemap index and every sitemap it
// names, every URL in them, every feed, and the metadata and structured data of each page type.

const SITE = E2E.baseURL;
const HOUR = 3_600_000;
/** The server's SITEMAP_CHUNK_SIZE: run with a small one to see the archive split into chunks. */
const chunkSize = Number(process.env.SITEMAP_CHUNK_SIZE || 50_000);
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["url", "sitemap"].includes(name) });

type Json = Record<string, unknown> & { "@type"?: string };

async function fetchXml(request: APIRequestContext, url: string) {
  const res = await request.get(url, { maxRedirects: 0 });
  expect(res.status(), url).toBe(200);
  expect(res.headers()["content-type"], url).toBe("application/xml; charset=utf-8");
  const body = await res.text();
  expect(XMLValidator.validate(body), url).toBe(true);
  return xml.parse(body);
}

async function sitemaps(request: APIRequestContext) {
  const index = await fetchXml(request, `${SITE}/sitemap.xml`);
  const locs: string[] = index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
  const children = new Map<string, { loc: string; lastmod?: string; "news:news"?: Record<string, unknown> }[]>();
  for (const loc of locs) children.set(loc, (await fetchXml(request, loc)).urlset.url ?? []);
  return children;
}

async function html(request: APIRequestContext, path: string) {
  const res = await request.get(`${SITE}${path}`, { maxRedirects: 0 });
  expect(res.status(), path).toBe(200);
  return res.text();
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

function metas(page: string, key: string): string[] {
  const re = new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`, "g");
  return [...page.matchAll(re)].map((m) => decode(m[1]!));
}

function link(page: string, rel: string, type?: string): string[] {
  return [...page.matchAll(/<link [^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => tag.includes(`rel="${rel}"`) && (!type || tag.includes(`type="${type}"`)))
    .map((tag) => decode(/href="([^"]*)"/.exec(tag)![1]!));
}

function jsonLd(page: string): Json[] {
  return [...page.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}

function expectIndexable(page: string, path: string) {
  expect(metas(page, "robots"), path).toEqual(["index, follow, max-image-preview:large"]);
  expect(link(page, "canonical"), path).toEqual([`${SITE}${path}`]);
  expect(metas(page, "twitter:card"), path).toEqual(["summary_large_image"]);
  expect(metas(page, "og:url"), path).toEqual([`${SITE}${path}`]);
  expect(metas(page, "og:image")[0], path).toMatch(new RegExp(`^${SITE}/`));
}

test.describe("crawlers", () => {
  // The first test to visit every URL renders the whole archive once, on a shared machine.
  test.describe.configure({ timeout: 240_000 });

  test("robots.txt names the sitemap index and keeps crawlers out of the newsroom and search", async ({ request }) => {
    const res = await request.get(`${SITE}/robots.txt`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/plain");
    const lines = (await res.text()).split("\n");
    expect(lines).toContain(`Sitemap: ${SITE}/sitemap.xml`);
    expect(lines).toContain("Disallow: /admin");
    expect(lines.some((l) => l.startsWith("Disallow: /*/search"))).toBe(true);
  });

  test("every sitemap is well formed and every URL in them answers 200", async ({ request }) => {
    const children = await sitemaps(request);
    const paths = [...children.keys()].map((loc) => new URL(loc).pathname);
    expect(paths).toEqual(expect.arrayContaining(["/sitemaps/articles-1.xml", "/sitemaps/news.xml"]));
    expect(paths).toEqual(
      expect.arrayContaining(["/sitemaps/sections.xml", "/sitemaps/tags.xml", "/sitemaps/authors.xml"]),
    );
    const all = new Set<string>();
    for (const [loc, urls] of children) {
      expect(urls.length, loc).toBeLessThanOrEqual(loc.includes("/articles-") ? chunkSize : 50_000);
      for (const url of urls) {
        expect(url.loc.startsWith(`${SITE}/${EDITION}`), url.loc).toBe(true);
        if (url.lastmod) expect(Number.isNaN(Date.parse(url.lastmod)), url.loc).toBe(false);
        all.add(url.loc);
      }
    }
    const withdrawn = new Set((await withdrawnArticlePaths()).map((p) => `${SITE}${p}`));
    for (const loc of all) {
      expect(withdrawn.has(loc), loc).toBe(false);
      const res = await request.get(loc, { maxRedirects: 0 });
      expect(res.status(), loc).toBe(200);
    }
  });

  test("the News sitemap holds only articles of the last 48 hours, at most 1,000, all in the article sitemaps", async ({
    request,
  }) => {
    const children = await sitemaps(request);
    const news = children.get(`${SITE}/sitemaps/news.xml`)!;
    expect(news.length).toBeGreaterThan(0);
    expect(news.length).toBeLessThanOrEqual(1000);
    const articles = new Set(
      [...children]
        .filter(([loc]) => loc.includes("/sitemaps/articles-"))
        .flatMap(([, urls]) => urls.map((u) => u.loc)),
    );
    for (const url of news) {
      const entry = url["news:news"] as Record<string, Record<string, string> | string>;
      expect(entry["news:publication"]).toEqual({ "news:name": "Dateline", "news:language": "en" });
      const published = Date.parse(entry["news:publication_date"] as string);
      expect(Date.now() - published).toBeLessThanOrEqual(48 * HOUR + 5 * 60_000);
      expect(published).toBeLessThanOrEqual(Date.now());
      expect(String(entry["news:title"]).length).toBeGreaterThan(0);
      expect(articles.has(url.loc), url.loc).toBe(true);
    }
  });

  test("sitemaps and feeds answer conditional requests with 304", async ({ request }) => {
    for (const path of ["/sitemap.xml", "/sitemaps/articles-1.xml", "/sitemaps/news.xml", `/${EDITION}/rss.xml`]) {
      const first = await request.get(`${SITE}${path}`);
      expect(first.headers()["cache-control"], path).toMatch(/public, max-age=\d+, s-maxage=\d+/);
      const etag = first.headers()["etag"];
      const lastModified = first.headers()["last-modified"];
      expect(etag, path).toBeTruthy();
      expect((await request.get(`${SITE}${path}`, { headers: { "If-None-Match": etag! } })).status(), path).toBe(304);
      expect(lastModified, path).toBeTruthy();
      const since = await request.get(`${SITE}${path}`, { headers: { "If-Modified-Since": lastModified! } });
      expect(since.status(), path).toBe(304);
      expect((await request.get(`${SITE}${path}`, { headers: { "If-None-Match": '"stale"' } })).status(), path).toBe(
        200,
      );
    }
  });

  test("every feed is valid RSS 2.0 with absolute links; unknown listings are 404", async ({ request }) => {
    const children = await sitemaps(request);
    const listings = [
      `${SITE}/${EDITION}`,
      ...["sections", "tags", "authors"].flatMap((k) => children.get(`${SITE}/sitemaps/${k}.xml`)!.map((u) => u.loc)),
    ];
    for (const listing of listings) {
      const page = await html(request, new URL(listing).pathname);
      const feedUrl = `${listing}/rss.xml`;
      expect(link(page, "alternate", "application/rss+xml"), listing).toEqual([feedUrl]);
      const res = await request.get(feedUrl);
      expect(res.status(), feedUrl).toBe(200);
      expect(res.headers()["content-type"], feedUrl).toBe("application/rss+xml; charset=utf-8");
      const body = await res.text();
      expect(XMLValidator.validate(body), feedUrl).toBe(true);
      const feed = parseFeed(body);
      expect(feed.meta.type).toBe("rss");
      expect(feed.meta.version).toBe("2.0");
      expect(feed.url).toBe(listing);
      expect(feed.self).toBe(feedUrl);
      for (const item of feed.items) {
        expect(item.url?.startsWith(`${SITE}/${EDITION}/`), feedUrl).toBe(true);
        expect(item.id, feedUrl).toBe(item.url);
        expect(item.published, feedUrl).toBeInstanceOf(Date);
        expect(item.authors.length, feedUrl).toBeGreaterThan(0);
        expect(item.categories.length, feedUrl).toBeGreaterThan(0);
        for (const media of item.media) expect(media.url.startsWith(`${SITE}/media/`)).toBe(true);
      }
    }
    expect(parseFeed(await (await request.get(`${SITE}/${EDITION}/rss.xml`)).text()).items.length).toBeGreaterThan(0);
    for (const path of [
      "/en/no-such-section/rss.xml",
      "/en/tag/no-such-tag/rss.xml",
      "/en/author/nobody/rss.xml",
      "/xx/rss.xml",
    ]) {
      expect((await request.get(`${SITE}${path}`)).status(), path).toBe(404);
    }
  });

  test("the front page: canonical, feed, WebSite with a search action", async ({ request }) => {
    const path = `/${EDITION}`;
    const page = await html(request, path);
    expect(page).toMatch(/<html lang="en-GB" dir="ltr"/);
    expectIndexable(page, path);
    const site = jsonLd(page).find((d) => d["@type"] === "WebSite")!;
    expect(site).toMatchObject({ url: `${SITE}/${EDITION}`, potentialAction: { "@type": "SearchAction" } });
    expect(JSON.stringify(site.potentialAction)).toContain(`${SITE}/${EDITION}/search?q={search_term_string}`);
  });

  test("every article: Open Graph article tags and a NewsArticle with the properties Google uses", async ({
    request,
  }) => {
    const children = await sitemaps(request);
    const articles = [...children].filter(([loc]) => loc.includes("/sitemaps/articles-")).flatMap(([, u]) => u);
    expect(articles.length).toBeGreaterThan(0);
    for (const { loc } of articles) {
      const path = new URL(loc).pathname;
      const page = await html(request, path);
      expectIndexable(page, path);
      expect(metas(page, "og:type")).toEqual(["article"]);
      for (const key of ["article:published_time", "article:modified_time", "article:section"]) {
        expect(metas(page, key), `${key} ${path}`).toHaveLength(1);
      }
      expect(metas(page, "article:published_time")[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
      const blocks = jsonLd(page);
      const article = blocks.find((d) => /NewsArticle$|^LiveBlogPosting$/.test(d["@type"] ?? ""))!;
      expect(article, path).toBeTruthy();
      expect((article.headline as string).length).toBeLessThanOrEqual(110);
      expect(article.description).toBeTruthy();
      expect(article.datePublished).toBe(metas(page, "article:published_time")[0]);
      expect(article.dateModified).toBe(metas(page, "article:modified_time")[0]);
      expect(article.articleSection).toBe(metas(page, "article:section")[0]);
      expect(article.keywords).toEqual(metas(page, "article:tag"));
      for (const author of article.author as Json[]) {
        expect(["Person", "Organization"]).toContain(author["@type"]);
        expect(String(author.url)).toMatch(new RegExp(`^${SITE}/${EDITION}/author/`));
      }
      expect(article.publisher).toMatchObject({
        "@type": "NewsMediaOrganization",
        logo: { url: `${SITE}/logo.png` },
        publishingPrinciples: `${SITE}/${EDITION}/editorial-standards`,
      });
      if (article.image) {
        const images = article.image as string[];
        expect(images.map((src) => /-(16x9|4x3|1x1)\.jpg$/.exec(src)?.[1])).toEqual(["16x9", "4x3", "1x1"]);
        for (const src of images) {
          const res = await request.get(src);
          expect(res.status(), src).toBe(200);
          expect(res.headers()["content-type"]).toBe("image/jpeg");
        }
      }
      const crumbs = blocks.find((d) => d["@type"] === "BreadcrumbList")!;
      const items = crumbs.itemListElement as Json[];
      expect(items.at(-1)?.item).toBe(loc);
    }
  });

  test("section, tag and author pages: breadcrumbs, and a Person or Organization for authors", async ({ request }) => {
    const children = await sitemaps(request);
    for (const kind of ["sections", "tags", "authors"]) {
      for (const { loc } of children.get(`${SITE}/sitemaps/${kind}.xml`)!) {
        const path = new URL(loc).pathname;
        const page = await html(request, path);
        expectIndexable(page, path);
        const blocks = jsonLd(page);
        const crumbs = blocks.find((d) => d["@type"] === "BreadcrumbList")!;
        expect((crumbs.itemListElement as Json[]).map((i) => i.item)).toEqual([`${SITE}/${EDITION}`, loc]);
        if (kind === "authors") {
          const profile = blocks.find((d) => d["@type"] === "ProfilePage")!;
          expect(["Person", "Organization"]).toContain((profile.mainEntity as Json)["@type"]);
          expect((profile.mainEntity as Json).url).toBe(loc);
        }
      }
    }
  });

  test("publisher pages are linked from the footer and indexable", async ({ request }) => {
    const front = await html(request, `/${EDITION}`);
    for (const path of ["/en/about", "/en/editorial-standards", "/en/contact"]) {
      expect(front).toContain(`href="${path}"`);
      expectIndexable(await html(request, path), path);
    }
    const standards = await html(request, "/en/editorial-standards");
    for (const anchor of ["ethics", "corrections", "verification"]) expect(standards).toContain(`id="${anchor}"`);
  });

  test("search results, 404s, withdrawn stories and the newsroom are not indexable", async ({ request }) => {
    const noindex = async (path: string, status: number) => {
      const res = await request.get(`${SITE}${path}`, { maxRedirects: 0 });
      expect(res.status(), path).toBe(status);
      expect((await res.text()).match(/<meta name="robots" content="([^"]*)"/g)?.join(" "), path).toContain("noindex");
    };
    await noindex("/en/search?q=harbour", 200);
    await noindex("/en/no-such-section", 404);
    await noindex("/en/tag/no-such-tag", 404);
    await noindex("/nowhere/at/all", 404);
    const [withdrawn] = await withdrawnArticlePaths();
    if (withdrawn) await noindex(withdrawn, 410);
    await noindex("/admin/sign-in", 200);
  });
});
