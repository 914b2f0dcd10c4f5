import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAuthorFeed, getEditionFeed, getSectionFeed, getTagFeed, FEED_ITEMS } from "@/lib/data/feeds";
import {
  MAX_NEWS_URLS,
  getArticleSitemap,
  getListingSitemap,
  getSitemapIndex,
  listNewsArticles,
} from "@/lib/data/sitemaps";
import { installDb } from "@/lib/db";
import { datePathFor } from "@/lib/urls";
import { databaseKinds, freshDatabase, type TestDatabase } from "../support/database";

// Sitemaps and feeds on a real database with a controlled clock: a large set of stories around the
// 48-hour News window, plus drafts, withdrawn and excluded stories that must never be listed.

const NOW = new Date("2026-11-25T12:00:00.000Z");
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const IN_WINDOW = 1_500; // seven in ten public: more than the News sitemap's cap
/** A second clock for the window's edges, long before the bulk of the stories. */
const EDGE = new Date(NOW.getTime() - 200 * HOUR);
const OLDER = 40;
const CHUNK = 250;

type Kind = "public" | "draft" | "withdrawn" | "excluded" | "future";

describe.each(databaseKinds)("sitemaps and feeds on %s", (kind) => {
  let t: TestDatabase;
  const expected = new Map<string, Kind>(); // slug → what it is

  beforeAll(async () => {
    t = await freshDatabase(kind);
    installDb(t.db);
    const db = t.db;
    await db.edition.create({ data: { code: "en", name: "Dateline", locale: "en-GB", timeZone: "Europe/London" } });
    const world = await db.section.create({ data: { editionCode: "en", slug: "world", name: "World", position: 1 } });
    await db.section.create({ data: { editionCode: "en", slug: "empty", name: "Empty", position: 2 } });
    const storms = await db.tag.create({ data: { editionCode: "en", slug: "storms", name: "Storms" } });
    await db.tag.create({ data: { editionCode: "en", slug: "unused", name: "Unused" } });
    const ann = await db.author.create({ data: { slug: "ann-reporter", name: "Ann Reporter" } });
    await db.author.create({ data: { slug: "no-stories", name: "No Stories" } });

    // Oldest first, so ids grow with publication time. Every tenth in the window is a special case.
    const rows: { slug: string; at: Date; kind: Kind }[] = [];
    for (let i = 0; i < OLDER; i++) rows.push({ slug: `old-${i}`, at: new Date(NOW.getTime() - 49 * HOUR - i * HOUR), kind: "public" });
    rows.reverse();
    for (let i = IN_WINDOW - 1; i >= 0; i--) {
      const at = new Date(NOW.getTime() - 47 * HOUR + i * 1.5 * MINUTE); // from 47 h to about 10 h ago
      const special: Kind = i % 10 === 3 ? "draft" : i % 10 === 6 ? "withdrawn" : i % 10 === 9 ? "excluded" : "public";
      rows.push({ slug: `story-${i}`, at, kind: special });
    }
    rows.push({ slug: "just-inside", at: new Date(EDGE.getTime() - 48 * HOUR + MINUTE), kind: "public" });
    rows.push({ slug: "just-outside", at: new Date(EDGE.getTime() - 48 * HOUR - MINUTE), kind: "public" });
    rows.push({ slug: "just-after", at: new Date(EDGE.getTime() + MINUTE), kind: "public" });
    rows.push({ slug: "from-the-future", at: new Date(NOW.getTime() + HOUR), kind: "future" });
    for (const row of rows) expected.set(row.slug, row.kind);

    await db.article.createMany({
      data: rows.map((row) => ({
        editionCode: "en",
        sectionId: world.id,
        slug: row.slug,
        datePath: row.kind === "draft" ? null : datePathFor(row.at, "Europe/London"),
        headline: `Headline ${row.slug}`,
        body: { type: "doc", content: [] },
        status: row.kind === "draft" ? "DRAFT" : row.kind === "withdrawn" ? "WITHDRAWN" : "PUBLISHED",
        excludeFromNews: row.kind === "excluded",
        firstPublishedAt: row.kind === "draft" ? null : row.at,
        lastUpdatedAt: row.kind === "draft" ? null : new Date(row.at.getTime() + 5 * MINUTE),
      })),
    });
    const articles = await db.article.findMany({ select: { id: true, status: true, firstPublishedAt: true } });
    const link = (a: (typeof articles)[number], position: number) => ({
      articleId: a.id,
      position,
      publishedAt: a.status === "PUBLISHED" ? a.firstPublishedAt : null,
    });
    await db.articleTag.createMany({ data: articles.map((a) => ({ ...link(a, 0), tagId: storms.id })) });
    await db.articleAuthor.createMany({ data: articles.map((a) => ({ ...link(a, 0), authorId: ann.id })) });
  }, 180_000);

  afterAll(async () => {
    await t?.drop();
  });

  const slugOf = (path: string) => path.split("/").at(-1)!.replace(/^\d{8}-/, "");
  const publicSlugs = () => [...expected].filter(([, k]) => k === "public" || k === "excluded" || k === "future").map(([s]) => s);

  it("News sitemap: only the last 48 hours, newest first, at most 1,000, never excluded, drafts or withdrawn", async () => {
    const entries = await listNewsArticles(NOW);
    expect(entries).toHaveLength(MAX_NEWS_URLS);
    const times = entries.map((e) => Date.parse(e.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const entry of entries) {
      expect(expected.get(slugOf(entry.path))).toBe("public");
      expect(Date.parse(entry.publishedAt)).toBeGreaterThanOrEqual(NOW.getTime() - 48 * HOUR);
      expect(Date.parse(entry.publishedAt)).toBeLessThanOrEqual(NOW.getTime());
      expect(entry.publication).toEqual({ name: "Dateline", language: "en" });
      expect(entry.title).toBe(`Headline ${slugOf(entry.path)}`);
    }
  });

  it("News sitemap: one minute inside the window is in, one minute outside is not, nor anything later", async () => {
    expect((await listNewsArticles(EDGE)).map((e) => slugOf(e.path))).toEqual(["just-inside"]);
    const now = (await listNewsArticles(NOW)).map((e) => slugOf(e.path));
    expect(now).not.toContain("from-the-future");
    expect(now).toContain("story-1498"); // the newest story…
    expect(now).not.toContain("story-1499"); // …but not the newer one the editors excluded
  });

  it("article sitemaps: chunks of at most the chunk size, together every public article once", async () => {
    const index = await getSitemapIndex(CHUNK);
    const chunkEntries = index.filter((e) => e.path.startsWith("/sitemaps/articles-"));
    expect(chunkEntries.length).toBeGreaterThan(1);
    const seen: string[] = [];
    for (let chunk = 1; chunk <= chunkEntries.length; chunk++) {
      const urls = (await getArticleSitemap(chunk, CHUNK))!;
      expect(urls.length).toBeLessThanOrEqual(CHUNK);
      seen.push(...urls.map((u) => slugOf(u.path)));
      const newest = urls.map((u) => u.lastmod!).sort().at(-1) ?? null;
      expect(chunkEntries[chunk - 1]).toEqual({ path: `/sitemaps/articles-${chunk}.xml`, lastmod: newest });
    }
    expect(seen.sort()).toEqual(publicSlugs().sort());
    expect(await getArticleSitemap(chunkEntries.length + 1, CHUNK)).toBeNull();
    expect(await getArticleSitemap(0, CHUNK)).toBeNull();
    expect(index.map((e) => e.path).slice(chunkEntries.length)).toEqual([
      "/sitemaps/sections.xml",
      "/sitemaps/tags.xml",
      "/sitemaps/authors.xml",
      "/sitemaps/news.xml",
    ]);
  });

  it("article sitemaps date each URL by its last editorial update, not by a technical write", async () => {
    const story = await t.db.article.findFirstOrThrow({ where: { slug: "old-0" }, select: { id: true, lastUpdatedAt: true } });
    await t.db.article.update({ where: { id: story.id }, data: { rubric: "touched" } }); // moves updatedAt only
    const urls = (await getArticleSitemap(1, CHUNK))!;
    const url = urls.find((u) => slugOf(u.path) === "old-0");
    expect(url?.lastmod).toBe(story.lastUpdatedAt!.toISOString());
  });

  it("listing sitemap: every section, and only tags and authors with public stories", async () => {
    expect((await getListingSitemap("sections")).map((u) => u.path)).toEqual(["/en/world", "/en/empty"]);
    expect((await getListingSitemap("sections"))[1]?.lastmod).toBeNull();
    expect((await getListingSitemap("tags")).map((u) => u.path)).toEqual(["/en/tag/storms"]);
    expect((await getListingSitemap("authors")).map((u) => u.path)).toEqual(["/en/author/ann-reporter"]);
  });

  it("feeds: the newest public stories of an edition, section, tag and author; unknown ones are null", async () => {
    for (const feed of [
      await getEditionFeed("en"),
      await getSectionFeed("en", "world"),
      await getTagFeed("en", "storms"),
      await getAuthorFeed("en", "ann-reporter"),
    ]) {
      expect(feed?.items).toHaveLength(FEED_ITEMS);
      const slugs = feed!.items.map((i) => slugOf(i.path));
      expect(slugs[0]).toBe("from-the-future");
      expect(slugs.every((s) => ["public", "excluded", "future"].includes(expected.get(s)!))).toBe(true);
      const times = feed!.items.map((i) => Date.parse(i.firstPublishedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
    expect((await getSectionFeed("en", "world"))?.items[0]).toMatchObject({
      authors: [{ name: "Ann Reporter", path: "/en/author/ann-reporter" }],
      section: { name: "World", path: "/en/world" },
      tags: [{ name: "Storms", path: "/en/tag/storms" }],
    });
    expect((await getSectionFeed("en", "empty"))?.items).toEqual([]);
    expect(await getSectionFeed("en", "nope")).toBeNull();
    expect(await getTagFeed("en", "nope")).toBeNull();
    expect(await getAuthorFeed("en", "nope")).toBeNull();
    expect(await getEditionFeed("xx")).toBeNull();
    expect(await getSectionFeed("en", "../etc")).toBeNull();
  });
});
