import { describe, expect, it } from "vitest";
import { readSearchRequest, searchHref } from "@/lib/search/params";
import { fold, MAX_TERMS, searchTerms, toFts5Match, toTsQuery } from "@/lib/search/query";

describe("search terms", () => {
  it("folds case and accents the way both indexes store words", () => {
    expect(fold("Café CRÈME Ærø")).toBe("cafe creme ærø");
    expect(searchTerms("Harbour  Café").map((t) => t.text)).toEqual(["harbour", "cafe"]);
  });

  it("reads engine syntax as plain words and drops upper-case operators", () => {
    expect(searchTerms('"ferry" -storm* (rail OR bus) NEAR/3 AND council').map((t) => t.text)).toEqual([
      "ferry",
      "storm",
      "rail",
      "bus",
      "3",
      "council",
    ]);
  });

  it("keeps words of any script and drops emoji and punctuation", () => {
    expect(searchTerms("مرفأ 🚢 נמל ‏!!! 東京").map((t) => t.text)).toEqual(["مرفأ", "נמל", "東京"]);
    expect(searchTerms("🚢🚢 *** ()) \"'")).toEqual([]);
  });

  it("matches short words whole and longer ones as prefixes", () => {
    expect(searchTerms("a to sea harbour")).toEqual([
      { text: "a", prefix: false },
      { text: "to", prefix: false },
      { text: "sea", prefix: true },
      { text: "harbour", prefix: true },
    ]);
  });

  it("keeps distinct words, at most MAX_TERMS of them", () => {
    expect(searchTerms("rail Rail RAIL").length).toBe(1);
    expect(searchTerms("one two three four five six seven eight nine ten").length).toBe(MAX_TERMS);
  });

  it("builds engine queries of quoted terms only", () => {
    const terms = searchTerms("harbour to");
    expect(toFts5Match(terms)).toBe('"harbour" * AND "to"');
    expect(toTsQuery(terms)).toBe("'harbour':* & 'to'");
  });
});

describe("search request", () => {
  it("reads the query, filters and page", () => {
    const read = readSearchRequest({
      q: "  ferry  ",
      section: "world",
      from: "2026-01-31",
      to: "2026-01-01",
      page: "2",
    });
    expect(read).toMatchObject({
      ok: true,
      request: { q: "ferry", section: "world", from: "2026-01-01", to: "2026-01-31", page: 2 },
    });
  });

  it("ignores filter values no form sends instead of failing", () => {
    const read = readSearchRequest({ q: "ferry", section: "<script>", from: "2026-02-30", to: "yesterday" });
    expect(read).toMatchObject({ ok: true, request: { section: null, from: null, to: null, page: 1 } });
  });

  it("refuses an absurdly long query and a malformed page", () => {
    expect(readSearchRequest({ q: "news ".repeat(1000) })).toEqual({ ok: false, problem: "too-long" });
    expect(readSearchRequest({ q: "harbour", page: "999" })).toMatchObject({ ok: true, request: { page: 999 } });
    for (const page of ["abc", "-1", "0", "1000", "99999", "1.5", ""]) {
      expect(readSearchRequest({ q: "harbour", page }), page).toEqual({ ok: false, problem: "bad-page" });
    }
  });

  it("takes the first of repeated parameters", () => {
    expect(readSearchRequest({ q: ["rail", "bus"] })).toMatchObject({ ok: true, request: { q: "rail" } });
  });

  it("links pages with the same query and filters", () => {
    const read = readSearchRequest({ q: "rail & bus", section: "europe" });
    if (!read.ok) throw new Error("expected a valid request");
    expect(searchHref("/en/search", read.request, 3)).toBe("/en/search?q=rail+%26+bus&section=europe&page=3");
    expect(searchHref("/en/search", read.request, 1)).toBe("/en/search?q=rail+%26+bus&section=europe");
  });
});
