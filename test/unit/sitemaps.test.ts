import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { crawlerResponse, etagOf, isNotModified, newestOf } from "@/lib/http/conditional";
import { escapeXml, newsLanguage, newsSitemapXml, robotsTxt, sitemapIndexXml, urlsetXml } from "@/lib/sitemaps/xml";

// Sitemap documents, robots.txt and the conditional responses that serve them.

const SITE = "https://news.example";
const parser = new XMLParser({
  ignoreAttributes: false,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => ["url", "sitemap", "image:image"].includes(name),
});

describe("sitemap XML", () => {
  it("writes an index of absolute sitemap addresses, with lastmod only when known", () => {
    const xml = sitemapIndexXml(SITE, [
      { path: "/sitemaps/articles-1.xml", lastmod: "2026-11-25T08:30:00.000Z" },
      { path: "/sitemaps/news.xml", lastmod: null },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml).sitemapindex;
    expect(doc["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(doc.sitemap).toEqual([
      { loc: `${SITE}/sitemaps/articles-1.xml`, lastmod: "2026-11-25T08:30:00.000Z" },
      { loc: `${SITE}/sitemaps/news.xml` },
    ]);
  });

  it("writes a urlset with images, escaping what XML cannot carry", () => {
    const xml = urlsetXml(SITE, [
      { path: "/en/tag/rock-&-roll", lastmod: "2026-11-25T08:30:00.000Z", images: ["/media/a.jpg"] },
      { path: "/en/world", lastmod: null },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = parser.parse(xml).urlset.url;
    expect(urls[0].loc).toBe(`${SITE}/en/tag/rock-&-roll`);
    expect(xml).toContain("rock-&amp;-roll");
    expect(urls[0]["image:image"]).toEqual([{ "image:loc": `${SITE}/media/a.jpg` }]);
    expect(urls[1]).toEqual({ loc: `${SITE}/en/world` });
    expect(urlsetXml(SITE, [])).not.toContain("xmlns:image");
  });

  it("writes a Google News sitemap with publication, first publication date and title", () => {
    const xml = newsSitemapXml(SITE, [
      {
        path: "/en/world/20261125-harbour",
        publication: { name: "Dateline", language: "en" },
        publishedAt: "2026-11-25T08:30:00.000Z",
        title: "Harbour <reopens> & \u0002ferries run",
      },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const url = parser.parse(xml).urlset.url[0];
    expect(url.loc).toBe(`${SITE}/en/world/20261125-harbour`);
    expect(url["news:news"]).toEqual({
      "news:publication": { "news:name": "Dateline", "news:language": "en" },
      "news:publication_date": "2026-11-25T08:30:00.000Z",
      "news:title": "Harbour <reopens> & ferries run",
    });
  });

  it.each([
    ["en-GB", "en"],
    ["ar", "ar"],
    ["zh-Hans-CN", "zh-cn"],
    ["zh-TW", "zh-tw"],
  ])("gives Google News the language %s as %s", (locale, language) => {
    expect(newsLanguage(locale)).toBe(language);
  });

  it("escapes markup and drops characters XML 1.0 forbids", () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });

  it("names the absolute sitemap index in robots.txt and keeps crawlers out of the newsroom and search", () => {
    const lines = robotsTxt(SITE, "/sitemap.xml").split("\n");
    expect(lines).toContain(`Sitemap: ${SITE}/sitemap.xml`);
    expect(lines).toContain("Disallow: /admin");
    expect(lines).toContain("Disallow: /*/search$");
    expect(lines).toContain("Disallow: /*/search?");
    // A tag such as /en/tag/search-and-rescue stays crawlable: no plain "/search" prefix rule.
    expect(lines).not.toContain("Disallow: /en/search");
  });
});

describe("conditional responses", () => {
  const doc = {
    body: "<x/>",
    contentType: "application/xml; charset=utf-8",
    lastModified: new Date("2026-11-25T08:30:00Z"),
  };

  it("sends the document with ETag, Last-Modified, content type and a short public cache", async () => {
    const res = crawlerResponse(new Headers(), doc);
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe(etagOf("<x/>"));
    expect(res.headers.get("last-modified")).toBe("Wed, 25 Nov 2026 08:30:00 GMT");
    expect(res.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(res.headers.get("cache-control")).toMatch(/public, max-age=\d+, s-maxage=\d+/);
    expect(await res.text()).toBe("<x/>");
  });

  it.each([
    [{ "if-none-match": etagOf("<x/>") }, 304],
    [{ "if-none-match": `W/${etagOf("<x/>")}` }, 304],
    [{ "if-none-match": `"other", ${etagOf("<x/>")}` }, 304],
    [{ "if-none-match": "*" }, 304],
    [{ "if-none-match": '"other"' }, 200],
    [{ "if-modified-since": "Wed, 25 Nov 2026 08:30:00 GMT" }, 304],
    [{ "if-modified-since": "Wed, 25 Nov 2026 08:29:59 GMT" }, 200],
    [{ "if-modified-since": "not a date" }, 200],
    // If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2).
    [{ "if-none-match": '"other"', "if-modified-since": "Wed, 25 Nov 2026 08:30:00 GMT" }, 200],
  ])("answers %o with %i", (headers, status) => {
    const res = crawlerResponse(new Headers(headers), doc);
    expect(res.status).toBe(status);
    if (status === 304) expect(res.headers.get("etag")).toBe(etagOf("<x/>"));
  });

  it("never matches If-Modified-Since for an undated document", () => {
    expect(isNotModified(new Headers({ "if-modified-since": "Wed, 25 Nov 2026 08:30:00 GMT" }), '"a"', null)).toBe(
      false,
    );
  });

  it("finds the newest of some dates", () => {
    expect(newestOf(["2026-01-01T00:00:00Z", null, "2026-02-01T00:00:00Z"])?.toISOString()).toBe(
      "2026-02-01T00:00:00.000Z",
    );
    expect(newestOf([null])).toBeNull();
  });
});
