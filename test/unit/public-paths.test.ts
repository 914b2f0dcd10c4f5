import { describe, expect, it } from "vitest";
import { classifyPublicPath } from "@/lib/routing/public-paths";

describe("classifyPublicPath", () => {
  it.each([
    ["/en", { kind: "edition", ed: "en" }],
    ["/en/", { kind: "edition", ed: "en" }],
    ["/en/world", { kind: "section", ed: "en", slug: "world" }],
    ["/xx/search", { kind: "edition", ed: "xx" }],
    ["/en/about", { kind: "edition", ed: "en" }],
    ["/en/tag/harbours", { kind: "tag", ed: "en", slug: "harbours" }],
    ["/en/author/ana-lind", { kind: "author", ed: "en", slug: "ana-lind" }],
    [
      "/en/world/20261125-harbour-reopens",
      { kind: "article", ed: "en", section: "world", datePath: "20261125", slug: "harbour-reopens" },
    ],
  ])("%s names %o", (path, expected) => {
    expect(classifyPublicPath(path)).toEqual(expected);
  });

  it.each([
    "/xyz",
    "/EN",
    "/en/WORLD",
    "/en/world/20261399-no-such-day",
    "/en/world/no-date-here",
    "/en/tag",
    "/en/tag/Bad_Slug",
    "/en/admin",
    `/en/${"a".repeat(600)}`,
  ])("%s can never exist", (path) => {
    expect(classifyPublicPath(path)).toEqual({ kind: "malformed" });
  });

  it.each([
    "/",
    "/admin/articles",
    "/api/health",
    "/media/2026/11/x.jpg",
    "/_next/static/chunk.js",
    "/robots.txt",
    "/sitemap.xml",
    "/sitemaps/news.xml",
    "/sitemaps/articles-1.xml",
    "/en/rss.xml",
    "/en/world/rss.xml",
    "/en/preview/12",
    "/en/world/20261125-a/more",
  ])("%s is left to its own route", (path) => {
    expect(classifyPublicPath(path)).toBeNull();
  });
});
