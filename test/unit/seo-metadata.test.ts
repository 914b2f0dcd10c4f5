import { describe, expect, it } from "vitest";
import type { ArticlePage } from "@/lib/data/views";
import { env } from "@/lib/env";
import { articleMetadata, indexable, notIndexable, ogLocale, pageMetadata, shareImageOf } from "@/lib/seo/metadata";

// What Next's metadata API receives for each page: canonicals, robots, Open Graph, Twitter, feeds.

const SITE = env.SITE_URL;
const EDITION = { code: "en", name: "Dateline", locale: "en-GB", timeZone: "Europe/London" };

describe("pageMetadata", () => {
  it("gives a listing its canonical, robots with large image previews, share card and feed", () => {
    const meta = pageMetadata({
      title: "World",
      description: "The latest World stories.",
      path: "/en/world",
      edition: EDITION,
      feed: { path: "/en/world/rss.xml", title: "World | Dateline" },
    });
    expect(meta.title).toBe("World");
    expect(meta.alternates?.canonical).toBe(`${SITE}/en/world`);
    expect(meta.alternates?.types).toEqual({
      "application/rss+xml": [{ url: `${SITE}/en/world/rss.xml`, title: "World | Dateline" }],
    });
    expect(meta.robots).toEqual({ index: true, follow: true, "max-image-preview": "large" });
    expect(meta.openGraph).toMatchObject({
      type: "website",
      url: `${SITE}/en/world`,
      siteName: "Dateline",
      locale: "en_GB",
    });
    expect(meta.twitter).toMatchObject({ card: "summary_large_image" });
  });

  it("makes page N of a listing its own canonical", () => {
    const meta = pageMetadata({ title: "World", description: "d", path: "/en/world", page: 3 });
    expect(meta.alternates?.canonical).toBe(`${SITE}/en/world?page=3`);
    expect(meta.title).toBe("World – page 3");
  });

  it("can keep a page out of the index", () => {
    expect(pageMetadata({ title: "x", description: "d", path: "/en/x", noindex: true }).robots).toBe(notIndexable);
    expect(notIndexable).toMatchObject({ index: false });
    expect(indexable).toMatchObject({ index: true });
  });

  it("writes locales the Open Graph way", () => {
    expect(ogLocale("en-GB")).toBe("en_GB");
    expect(ogLocale("ar")).toBe("ar");
  });
});

describe("articleMetadata", () => {
  const page: Parameters<typeof articleMetadata>[1] = {
    path: "/en/world/20260701-harbour-reopens",
    headline: "Harbour reopens after the storm",
    standfirst: "Ferries run again from Monday.",
    seoTitle: "Harbour reopens",
    seoDescription: "",
    hero: {
      image: { src: "/media/2026/07/harbour.jpg", width: 1600, height: 1000, alt: "Cranes" },
      caption: "",
      credit: "",
    },
    firstPublishedAt: "2026-07-01T08:30:00.000Z",
    lastUpdatedAt: "2026-07-01T12:05:00.000Z",
    section: { slug: "world", name: "World" },
    tags: [
      { slug: "storms", name: "Storms" },
      { slug: "ferries", name: "Ferries" },
    ],
    authors: [{ slug: "ann", name: "Ann", kind: "person" }] satisfies ArticlePage["authors"],
  };

  it("is an Open Graph article with its times, section, tags and the 16:9 crop", () => {
    const meta = articleMetadata(EDITION, page);
    expect(meta.title).toBe("Harbour reopens");
    expect(meta.description).toBe("Ferries run again from Monday.");
    expect(meta.alternates?.canonical).toBe(`${SITE}/en/world/20260701-harbour-reopens`);
    expect(meta.openGraph).toMatchObject({
      type: "article",
      publishedTime: "2026-07-01T09:30:00+01:00",
      modifiedTime: "2026-07-01T13:05:00+01:00",
      section: "World",
      tags: ["Storms", "Ferries"],
      authors: [`${SITE}/en/author/ann`],
      images: [{ url: `${SITE}/media/2026/07/harbour-16x9.jpg`, width: 1200, height: 675, alt: "Cranes" }],
    });
    expect(meta.twitter).toMatchObject({ card: "summary_large_image" });
  });

  it("shares the site's card when the article has no hero", () => {
    const meta = articleMetadata(EDITION, { ...page, hero: null });
    expect(meta.openGraph?.images).toEqual([expect.objectContaining({ url: `${SITE}/share-default.png` })]);
  });

  it("sizes the share crop inside the original", () => {
    expect(shareImageOf({ src: "/media/small.jpg", width: 800, height: 800, alt: "" })).toMatchObject({
      width: 800,
      height: 450,
    });
  });
});
