import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { feedLastModified, rssDocument, rssXml, type FeedInput, type FeedItemInput } from "@/lib/feeds/rss";

// RSS 2.0 output as a feed reader sees it: parsed back with a real feed parser.

const SITE = "https://news.example";

function item(overrides: Partial<FeedItemInput> = {}): FeedItemInput {
  return {
    path: "/en/world/20261125-harbour-reopens",
    headline: "Harbour reopens after the storm",
    standfirst: "Ferries run again from Monday.",
    firstPublishedAt: "2026-11-25T08:30:00.000Z",
    lastUpdatedAt: "2026-11-25T10:00:00.000Z",
    authors: [
      { name: "Ann Reporter", path: "/en/author/ann-reporter" },
      { name: "Dateline Newsdesk", path: "/en/author/dateline-newsdesk" },
    ],
    section: { name: "World", path: "/en/world" },
    tags: [{ name: "Storms", path: "/en/tag/storms" }],
    image: { src: "/media/2026/11/harbour-3f9a.jpg", mimeType: "image/jpeg", bytes: 48213, width: 1600, height: 900 },
    ...overrides,
  };
}

function input(items: FeedItemInput[]): FeedInput {
  return {
    title: "World | Dateline",
    description: "The latest World stories.",
    path: "/en/world",
    feedPath: "/en/world/rss.xml",
    language: "en-GB",
    items,
  };
}

describe("rssXml", () => {
  it("writes valid RSS 2.0 with absolute links, guid, pubDate, authors, categories and the hero image", () => {
    const xml = rssXml(SITE, input([item(), item({ path: "/en/world/20261124-older", image: null, tags: [] })]));
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe("rss");
    expect(feed.meta.version).toBe("2.0");
    expect(feed.title).toBe("World | Dateline");
    expect(feed.url).toBe(`${SITE}/en/world`);
    expect(feed.self).toBe(`${SITE}/en/world/rss.xml`);
    expect(feed.language).toBe("en-GB");
    const [first, second] = feed.items;
    expect(first?.url).toBe(`${SITE}/en/world/20261125-harbour-reopens`);
    expect(first?.id).toBe(`${SITE}/en/world/20261125-harbour-reopens`);
    expect(first?.published?.toISOString()).toBe("2026-11-25T08:30:00.000Z");
    expect(first?.authors.map((a) => a.name)).toEqual(["Ann Reporter", "Dateline Newsdesk"]);
    expect(first?.categories.map((c) => c.label)).toEqual(["World", "Storms"]);
    expect(first?.media.map((m) => m.url)).toContain(`${SITE}/media/2026/11/harbour-3f9a.jpg`);
    expect(xml).toContain(`<enclosure length="48213" type="image/jpeg" url="${SITE}/media/2026/11/harbour-3f9a.jpg"/>`);
    expect(second?.media).toEqual([]);
  });

  it.each([
    ["markup", "Ministers say <b>no</b> & mean it"],
    ["a CDATA end", "Odd ]]> headline"],
    ["control characters", "Pasted\u0001 from\u0008 a PDF"],
  ])("keeps the XML well formed when text contains %s", (_, text) => {
    const xml = rssXml(
      SITE,
      input([item({ headline: text, standfirst: text, authors: [{ name: text, path: "/en/author/x" }] })]),
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseFeed(xml);
    expect(feed.items[0]?.title).toBe(text.replace(/[\u0000-\u0008]/g, ""));
  });

  it("is byte-identical for the same input (stable ETag), and an empty feed has no build date", () => {
    expect(rssXml(SITE, input([item()]))).toBe(rssXml(SITE, input([item()])));
    const empty = rssXml(SITE, input([]));
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(empty).not.toContain("lastBuildDate");
    expect(parseFeed(empty).items).toEqual([]);
  });

  it("dates the document by its newest change and serves it as RSS", () => {
    const items = [item({ lastUpdatedAt: "2026-11-20T00:00:00.000Z" }), item()];
    expect(feedLastModified(items)?.toISOString()).toBe("2026-11-25T10:00:00.000Z");
    expect(feedLastModified([])).toBeNull();
    const doc = rssDocument(SITE, input(items));
    expect(doc?.contentType).toBe("application/rss+xml; charset=utf-8");
    expect(rssDocument(SITE, null)).toBeNull();
  });
});
