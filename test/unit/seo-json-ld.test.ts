import { describe, expect, it } from "vitest";
import type { ArticleKind, ArticlePage } from "@/lib/data/views";
import { isoWithOffset } from "@/lib/seo/dates";
import {
  MAX_HEADLINE,
  articleJsonLd,
  authorProfileJsonLd,
  breadcrumbJsonLd,
  heroCropUrls,
  serializeJsonLd,
  truncateOnWord,
  webSiteJsonLd,
} from "@/lib/seo/json-ld";

// Structured data as a crawler reads it: built from view models, serialised, parsed back.

const SITE = "https://news.example";
const EDITION = { code: "en", name: "Dateline", locale: "en-GB", timeZone: "Europe/London" };

function page(overrides: Partial<ArticlePage> = {}): ArticlePage {
  return {
    id: 7,
    editionCode: "en",
    path: "/en/world/20260701-harbour-reopens",
    section: { slug: "world", name: "World" },
    headline: "Harbour reopens after the storm",
    standfirst: "Ferries run again from Monday.",
    rubric: "",
    kind: "story",
    hero: {
      image: { src: "/media/2026/07/harbour-3f9a.jpg", width: 1600, height: 1000, alt: "Cranes" },
      caption: "",
      credit: "",
    },
    authors: [
      { slug: "ann-reporter", name: "Ann Reporter", kind: "person" },
      { slug: "wire-agency", name: "Wire Agency", kind: "organisation" },
    ],
    agencyCredit: "",
    firstPublishedAt: "2026-07-01T08:30:00.000Z",
    lastUpdatedAt: "2026-07-01T12:05:00.000Z",
    body: { type: "doc", content: [] } as unknown as ArticlePage["body"],
    bodyImages: {},
    tags: [
      { slug: "storms", name: "Storms" },
      { slug: "ferries", name: "Ferries" },
    ],
    seoTitle: "",
    seoDescription: "",
    excludeFromNews: false,
    ...overrides,
  };
}

const roundTrip = (data: Parameters<typeof serializeJsonLd>[0]) => JSON.parse(serializeJsonLd(data));

describe("articleJsonLd", () => {
  it("describes a story as a NewsArticle with everything Google asks for", () => {
    const ld = roundTrip(articleJsonLd(SITE, EDITION, page()));
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Harbour reopens after the storm",
      description: "Ferries run again from Monday.",
      datePublished: "2026-07-01T09:30:00+01:00",
      dateModified: "2026-07-01T13:05:00+01:00",
      articleSection: "World",
      keywords: ["Storms", "Ferries"],
      url: `${SITE}/en/world/20260701-harbour-reopens`,
    });
    expect(ld.image).toEqual([
      `${SITE}/media/2026/07/harbour-3f9a-16x9.jpg`,
      `${SITE}/media/2026/07/harbour-3f9a-4x3.jpg`,
      `${SITE}/media/2026/07/harbour-3f9a-1x1.jpg`,
    ]);
    expect(ld.author).toEqual([
      { "@type": "Person", name: "Ann Reporter", url: `${SITE}/en/author/ann-reporter` },
      { "@type": "Organization", name: "Wire Agency", url: `${SITE}/en/author/wire-agency` },
    ]);
    expect(ld.publisher).toMatchObject({
      "@type": "NewsMediaOrganization",
      name: "Dateline",
      logo: { "@type": "ImageObject", url: `${SITE}/logo.png` },
      publishingPrinciples: `${SITE}/en/editorial-standards`,
      ethicsPolicy: `${SITE}/en/editorial-standards#ethics`,
    });
  });

  it.each<[ArticleKind, string]>([
    ["story", "NewsArticle"],
    ["video", "NewsArticle"],
    ["analysis", "AnalysisNewsArticle"],
    ["opinion", "OpinionNewsArticle"],
    ["live", "LiveBlogPosting"],
  ])("types a %s as %s", (kind, type) => {
    expect(roundTrip(articleJsonLd(SITE, EDITION, page({ kind })))["@type"]).toBe(type);
  });

  it("prefers the SEO description, and leaves out images when there is no hero", () => {
    const ld = roundTrip(articleJsonLd(SITE, EDITION, page({ seoDescription: "For search.", hero: null })));
    expect(ld.description).toBe("For search.");
    expect(ld).not.toHaveProperty("image");
  });

  it("shortens headlines to 110 characters at a word", () => {
    const long = "Council votes to rebuild the old harbour wall ".repeat(4).trim();
    const headline = roundTrip(articleJsonLd(SITE, EDITION, page({ headline: long }))).headline as string;
    expect(headline.length).toBeLessThanOrEqual(MAX_HEADLINE);
    expect(headline.endsWith("…")).toBe(true);
    expect(long.startsWith(headline.slice(0, -1))).toBe(true);
    expect(truncateOnWord("Short one", MAX_HEADLINE)).toBe("Short one");
    expect(truncateOnWord("x".repeat(200), 110)).toHaveLength(110);
  });
});

describe("serializeJsonLd", () => {
  it("cannot be closed early by text an editor typed, and reads back unchanged", () => {
    const headline = `</script><script>alert(1)</script> & <!-- \u2028`;
    const json = serializeJsonLd(articleJsonLd(SITE, EDITION, page({ headline })));
    expect(json).not.toMatch(/[<>]/);
    expect(json).not.toContain("\u2028");
    expect(JSON.parse(json).headline).toBe(truncateOnWord(headline, MAX_HEADLINE));
  });
});

describe("other page types", () => {
  it("lists breadcrumbs with absolute items, the last one the current page", () => {
    const ld = roundTrip(
      breadcrumbJsonLd(SITE, [{ name: "Home", path: "/en" }, { name: "World" }], "/en/world?page=2"),
    );
    expect(ld["@type"]).toBe("BreadcrumbList");
    expect(ld.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Home", item: `${SITE}/en` },
      { "@type": "ListItem", position: 2, name: "World", item: `${SITE}/en/world?page=2` },
    ]);
  });

  it("gives the front page a WebSite with a search action", () => {
    const ld = roundTrip(webSiteJsonLd(SITE, EDITION));
    expect(ld).toMatchObject({ "@type": "WebSite", url: `${SITE}/en`, inLanguage: "en-GB" });
    expect(ld.potentialAction).toMatchObject({
      "@type": "SearchAction",
      target: { urlTemplate: `${SITE}/en/search?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    });
  });

  it.each([
    ["person", "Person", "image"],
    ["organisation", "Organization", "logo"],
  ] as const)("describes a %s author page with a %s", (kind, type, pictureKey) => {
    const author = {
      slug: "ann",
      name: "Ann",
      kind,
      bio: "Covers ports.",
      portrait: { src: "/media/ann.jpg", width: 400, height: 400, alt: "" },
    };
    const ld = roundTrip(authorProfileJsonLd(SITE, "en", author));
    expect(ld["@type"]).toBe("ProfilePage");
    expect(ld.mainEntity).toMatchObject({
      "@type": type,
      name: "Ann",
      url: `${SITE}/en/author/ann`,
      description: "Covers ports.",
    });
    expect(ld.mainEntity[pictureKey]).toBe(`${SITE}/media/ann.jpg`);
  });

  it("names hero crops in the three ratios", () => {
    expect(heroCropUrls(SITE, "/media/a/b.png")).toEqual([
      `${SITE}/media/a/b-16x9.jpg`,
      `${SITE}/media/a/b-4x3.jpg`,
      `${SITE}/media/a/b-1x1.jpg`,
    ]);
  });
});

describe("isoWithOffset", () => {
  it.each([
    ["2026-07-01T08:30:00.000Z", "Europe/London", "2026-07-01T09:30:00+01:00"],
    ["2026-01-15T08:30:00.000Z", "Europe/London", "2026-01-15T08:30:00+00:00"],
    ["2026-01-15T20:30:00.000Z", "Asia/Kolkata", "2026-01-16T02:00:00+05:30"],
    ["2026-01-15T02:00:00.000Z", "America/Sao_Paulo", "2026-01-14T23:00:00-03:00"],
  ])("writes %s in %s as %s", (iso, zone, expected) => {
    expect(isoWithOffset(iso, zone)).toBe(expected);
    expect(Date.parse(expected)).toBe(Date.parse(iso));
  });
});
