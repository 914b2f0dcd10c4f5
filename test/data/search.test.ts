import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchArticles, type SearchResults } from "@/lib/data/search";
import { installDb } from "@/lib/db";
import { readSearchRequest } from "@/lib/search/params";
import { databaseKinds, freshDatabase, type TestDatabase } from "../support/database";

// Search on real databases: ranking, filters, pagination, hostile input, and the index following
// every write (the triggers in the *_search migrations) on SQLite and PostgreSQL alike.

const NOW = new Date("2026-06-15T12:00:00Z");
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

const doc = (...paragraphs: string[]) => ({
  type: "doc",
  content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});

const NASTY_INPUTS = [
  '"',
  '"unbalanced quote',
  "quill*",
  "*",
  "-quillfen",
  "- - -",
  "NEAR(quillfen ferry)",
  "quillfen NEAR/2 ferry",
  "quillfen AND",
  "OR",
  "AND OR NOT",
  "((quillfen",
  "quillfen)))",
  "col:quillfen",
  "headline:quillfen",
  "^quillfen",
  "'; DROP TABLE \"Article\"; --",
  "quillfen\\",
  "a & b | !c <-> d:*",
  "🚢🌊🔥",
  "🚢 quillfen",
  "مرفأ جديد",
  "נמל חדש",
  "\u202equillfen\u202c",
  "東京 港",
  "\u0000\u0001",
  "q".repeat(200),
  "word ".repeat(40).trim(),
];

describe.each(databaseKinds)("search on %s", (kind) => {
  let t: TestDatabase;
  const ids: Record<string, number> = {};
  let world = 0;
  let business = 0;

  async function search(params: Record<string, string>): Promise<SearchResults | null> {
    const read = readSearchRequest(params);
    if (!read.ok) throw new Error(`refused: ${read.problem}`);
    return searchArticles("en", read.request, { now: NOW });
  }
  const headlines = async (params: Record<string, string>) => (await search(params))?.items.map((i) => i.headline);

  async function article(key: string, fields: { headline: string; standfirst?: string; body?: string[] } & Extra) {
    const { headline, standfirst = "", body = ["Nothing else of note happened."], ...extra } = fields;
    const publishedAt = extra.firstPublishedAt ?? daysAgo(10);
    const row = await t.db.article.create({
      data: {
        editionCode: "en",
        sectionId: extra.sectionId ?? world,
        slug: key,
        datePath: "20260101",
        headline,
        standfirst,
        body: doc(...body),
        status: extra.status ?? "PUBLISHED",
        firstPublishedAt: extra.status && extra.status !== "PUBLISHED" ? null : publishedAt,
      },
      select: { id: true },
    });
    ids[key] = row.id;
    return row.id;
  }
  type Extra = { sectionId?: number; status?: "DRAFT" | "SCHEDULED" | "PUBLISHED"; firstPublishedAt?: Date };

  beforeAll(async () => {
    t = await freshDatabase(kind);
    installDb(t.db);
    await t.db.edition.create({ data: { code: "en", name: "Dateline", locale: "en-GB", timeZone: "Europe/London" } });
    world = (await t.db.section.create({ data: { editionCode: "en", slug: "world", name: "World" } })).id;
    business = (await t.db.section.create({ data: { editionCode: "en", slug: "business", name: "Business" } })).id;

    // Ranking fixture: where the word stands, and how old the story is.
    await article("head-new", { headline: "Quillfen ferry returns", firstPublishedAt: daysAgo(2) });
    await article("head-old", { headline: "Quillfen ferry returns", firstPublishedAt: daysAgo(100) });
    await article("stand-old", {
      headline: "A crossing reopens",
      standfirst: "The Quillfen service runs again",
      firstPublishedAt: daysAgo(100),
    });
    await article("body-new", {
      headline: "Harbour news in brief",
      body: ["Boats are back.", "Passengers on the quillfen route cheered as the first boat left the quay."],
      sectionId: business,
      firstPublishedAt: daysAgo(1),
    });
    await article("body-old", {
      headline: "Older harbour news",
      body: ["The quillfen route was closed for the winter."],
      firstPublishedAt: daysAgo(100),
    });
    await article("draft", { headline: "Quillfen draft never shown", status: "DRAFT" });
    await article("scheduled", { headline: "Quillfen scheduled story", status: "SCHEDULED" });

    // Pagination: 45 stories sharing one word, a day apart.
    for (let i = 0; i < 45; i++) {
      await article(`page-${i}`, { headline: `Bramblewick report number ${i}`, firstPublishedAt: daysAgo(3 + i) });
    }
  }, 120_000);

  afterAll(async () => {
    await t?.drop();
  });

  it("ranks headline over standfirst over body, and newer over older at equal relevance", async () => {
    expect(await headlines({ q: "quillfen" })).toEqual([
      "Quillfen ferry returns",
      "Quillfen ferry returns",
      "A crossing reopens",
      "Harbour news in brief",
      "Older harbour news",
    ]);
    const results = await search({ q: "quillfen" });
    expect(results?.items.slice(0, 2).map((i) => i.id)).toEqual([ids["head-new"], ids["head-old"]]);
    expect(results?.total).toBe(5);
  });

  it("needs every word, folds case and accents, and matches word beginnings", async () => {
    expect(await headlines({ q: "QUILLFÉN ferry" })).toEqual(["Quillfen ferry returns", "Quillfen ferry returns"]);
    expect(await headlines({ q: "quill" })).toHaveLength(5);
    expect(await headlines({ q: "quillfen zeppelin" })).toEqual([]);
  });

  it("folds accents in the stored text the same way on both databases", async () => {
    await article("accents", { headline: "Crème brûlée festival in Søndervik", firstPublishedAt: daysAgo(4) });
    for (const q of ["creme brulee", "CRÈME", "brûl", "søndervik"]) {
      expect(await headlines({ q }), q).toEqual(["Crème brûlée festival in Søndervik"]);
    }
  });

  it("highlights the matched words in the headline and in a snippet of the body", async () => {
    const hit = (await search({ q: "quillfen passengers" }))?.items[0];
    expect(hit?.headline).toBe("Harbour news in brief");
    expect(hit?.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(["Passengers", "quillfen"]);
    expect(hit?.snippet.map((s) => s.text).join("")).toContain("on the quillfen route cheered");
    const head = (await search({ q: "quillfen ferry" }))?.items[0];
    expect(head?.headlineSegments).toEqual([
      { text: "Quillfen", match: true },
      { text: " ", match: false },
      { text: "ferry", match: true },
      { text: " returns", match: false },
    ]);
  });

  it("filters by section and by publication date", async () => {
    expect(await headlines({ q: "quillfen", section: "business" })).toEqual(["Harbour news in brief"]);
    expect(await headlines({ q: "quillfen", section: "no-such-section" })).toEqual([]);
    const day = daysAgo(100).toISOString().slice(0, 10);
    expect(await headlines({ q: "quillfen", from: day, to: day })).toEqual([
      "Quillfen ferry returns",
      "A crossing reopens",
      "Older harbour news",
    ]);
    expect(await headlines({ q: "quillfen", from: daysAgo(5).toISOString().slice(0, 10) })).toEqual([
      "Quillfen ferry returns",
      "Harbour news in brief",
    ]);
  });

  it("pages through results without overlap or gaps, and has no page past the last", async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => search({ q: "bramblewick", page: String(page) })));
    expect(pages.map((p) => p?.items.length)).toEqual([20, 20, 5]);
    expect(pages.map((p) => p?.totalPages)).toEqual([3, 3, 3]);
    const seen = pages.flatMap((p) => p?.items.map((i) => i.id) ?? []);
    expect(new Set(seen).size).toBe(45);
    // Equal relevance: newest first, so the numbers run in order.
    expect(pages[0]?.items[0]?.headline).toBe("Bramblewick report number 0");
    expect(pages[2]?.items.at(-1)?.headline).toBe("Bramblewick report number 44");
    expect(await search({ q: "bramblewick", page: "4" })).toBeNull();
    expect(await search({ q: "zeppelin", page: "2" })).toBeNull();
  });

  it("never shows drafts or scheduled stories", async () => {
    const all = (await search({ q: "quillfen" }))?.items.map((i) => i.id) ?? [];
    expect(all).not.toContain(ids.draft);
    expect(all).not.toContain(ids.scheduled);
    expect(await headlines({ q: "draft never shown" })).toEqual([]);
  });

  it("drops a withdrawn story at once and finds it again when republished", async () => {
    const id = await article("to-withdraw", { headline: "Thistlemere lock repairs" });
    expect(await headlines({ q: "thistlemere" })).toEqual(["Thistlemere lock repairs"]);
    await t.db.article.update({ where: { id }, data: { status: "WITHDRAWN", withdrawnAt: NOW } });
    expect(await headlines({ q: "thistlemere" })).toEqual([]);
    await t.db.article.update({ where: { id }, data: { status: "PUBLISHED" } });
    expect(await headlines({ q: "thistlemere" })).toEqual(["Thistlemere lock repairs"]);
  });

  it("follows headline edits, tags, authors and their renames", async () => {
    const id = await article("edited", { headline: "Grindlestone mill opens" });
    await t.db.article.update({ where: { id }, data: { headline: "Wexcombe mill opens" } });
    expect(await headlines({ q: "grindlestone" })).toEqual([]);
    expect(await headlines({ q: "wexcombe" })).toEqual(["Wexcombe mill opens"]);

    const tag = await t.db.tag.create({ data: { editionCode: "en", slug: "orrinvale", name: "Orrinvale" } });
    const author = await t.db.author.create({ data: { slug: "petra-dunmore", name: "Petra Dunmore" } });
    await t.db.articleTag.create({ data: { articleId: id, tagId: tag.id, position: 0, publishedAt: daysAgo(10) } });
    await t.db.articleAuthor.create({
      data: { articleId: id, authorId: author.id, position: 0, publishedAt: daysAgo(10) },
    });
    expect(await headlines({ q: "orrinvale" })).toEqual(["Wexcombe mill opens"]);
    expect(await headlines({ q: "dunmore" })).toEqual(["Wexcombe mill opens"]);

    await t.db.tag.update({ where: { id: tag.id }, data: { name: "Saltmarsh" } });
    await t.db.author.update({ where: { id: author.id }, data: { name: "Petra Quarrie" } });
    expect(await headlines({ q: "orrinvale" })).toEqual([]);
    expect(await headlines({ q: "saltmarsh" })).toEqual(["Wexcombe mill opens"]);
    expect(await headlines({ q: "quarrie" })).toEqual(["Wexcombe mill opens"]);

    await t.db.articleTag.deleteMany({ where: { articleId: id } });
    expect(await headlines({ q: "saltmarsh" })).toEqual([]);
    await t.db.article.delete({ where: { id } });
    expect(await headlines({ q: "wexcombe" })).toEqual([]);
  });

  it("keeps the index rows of a public article only", async () => {
    const statuses =
      kind === "sqlite"
        ? await t.db.$queryRawUnsafe<{ n: number }[]>(
            `SELECT count(*) AS n FROM "ArticleSearchText" WHERE rowid IN (${ids.draft}, ${ids.scheduled})`,
          )
        : await t.db.$queryRawUnsafe<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM "ArticleSearch" WHERE "articleId" IN (${ids.draft}, ${ids.scheduled}) AND "document" IS NOT NULL`,
          );
    expect(Number(statuses[0]?.n)).toBe(0);
  });

  it.each(NASTY_INPUTS)("answers %j without an engine error", async (q) => {
    const results = await search({ q });
    expect(results).not.toBeNull();
    expect(Array.isArray(results?.items)).toBe(true);
  });

  it("still finds the plain words inside hostile input", async () => {
    for (const q of ['"quillfen', "quillfen*", "(quillfen", "-quillfen", "quillfen AND ferry OR", "🚢 quillfen"]) {
      expect((await search({ q }))?.total, q).toBeGreaterThanOrEqual(2);
    }
  });

  it("refuses an absurdly long query before it reaches the database", () => {
    expect(readSearchRequest({ q: "x".repeat(10_000) })).toEqual({ ok: false, problem: "too-long" });
  });
});
