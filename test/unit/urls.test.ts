import { describe, expect, it } from "vitest";
import {
  articlePath,
  datePathFor,
  isSlug,
  listingPagePath,
  parseArticleSegment,
  parsePageParam,
  RESERVED_SECTION_SLUGS,
  slugify,
} from "@/lib/urls";

describe("article URLs", () => {
  it("builds /{ed}/{section}/{yyyymmdd}-{slug}", () => {
    expect(
      articlePath({ editionCode: "en", sectionSlug: "world", datePath: "20261125", slug: "harbour-reopens" }),
    ).toBe("/en/world/20261125-harbour-reopens");
  });

  it.each([
    ["20261125-harbour-reopens", { datePath: "20261125", slug: "harbour-reopens" }],
    ["20240229-leap-day", { datePath: "20240229", slug: "leap-day" }],
    ["20261125-a", { datePath: "20261125", slug: "a" }],
  ])("reads %s", (segment, expected) => {
    expect(parseArticleSegment(segment)).toEqual(expected);
  });

  it.each([
    "harbour-reopens",
    "2026112-harbour",
    "20261301-bad-month",
    "20230229-not-a-leap-year",
    "20261125-Upper-Case",
    "20261125-trailing-",
    "20261125-",
    "20261125--double",
    `20261125-${"a".repeat(200)}`,
    "20261125-ünïcode",
  ])("refuses %s", (segment) => {
    expect(parseArticleSegment(segment)).toBeNull();
  });
});

describe("dates in the edition's time zone", () => {
  it("uses the local day, not the UTC day", () => {
    const lateEvening = new Date("2026-11-25T23:30:00Z");
    expect(datePathFor(lateEvening, "Europe/London")).toBe("20261125");
    expect(datePathFor(lateEvening, "Asia/Tokyo")).toBe("20261126");
    expect(datePathFor(lateEvening, "America/New_York")).toBe("20261125");
    expect(datePathFor(new Date("2026-11-25T03:00:00Z"), "America/New_York")).toBe("20261124");
  });

  it("follows summer time", () => {
    expect(datePathFor(new Date("2026-07-01T23:30:00Z"), "Europe/London")).toBe("20260702");
  });
});

describe("slugs", () => {
  it.each([
    ["Harbour reopens after storm", "harbour-reopens-after-storm"],
    ["Über-Rhein: 5 Fragen!", "uber-rhein-5-fragen"],
    ["  Spaces   and -- dashes  ", "spaces-and-dashes"],
    ["The city's new bridge", "the-citys-new-bridge"],
    ["¿Qué pasa?", "que-pasa"],
  ])("slugify(%j) = %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
    expect(isSlug(slug)).toBe(true);
  });

  it("keeps slugs short", () => {
    expect(slugify("word ".repeat(100)).length).toBeLessThanOrEqual(80);
  });

  it("reserves route words", () => {
    for (const word of ["tag", "author", "search", "rss.xml", "admin", "api", "sitemaps"]) {
      expect(RESERVED_SECTION_SLUGS.has(word)).toBe(true);
    }
  });
});

describe("?page= parameters", () => {
  it.each([
    [undefined, 1],
    ["1", 1],
    ["2", 2],
    ["100000", 100000],
  ])("page %j → %j", (raw, page) => {
    expect(parsePageParam(raw)).toBe(page);
  });

  it.each(["abc", "-1", "0", "01", "1.5", "", " 2", "2 ", "1e3", "100001", "9999999", "0x10"])("refuses %j", (raw) => {
    expect(parsePageParam(raw)).toBeNull();
  });

  it("links page 1 to the listing itself", () => {
    expect(listingPagePath("/en/world", 1)).toBe("/en/world");
    expect(listingPagePath("/en/world", 3)).toBe("/en/world?page=3");
    expect(listingPagePath("/en/search?q=port", 2)).toBe("/en/search?q=port&page=2");
  });
});
