import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getArticlePage } from "@/lib/data/articles";
import { getAuthorPage } from "@/lib/data/authors";
import { listDontMiss } from "@/lib/data/dont-miss";
import { getEdition, listSections } from "@/lib/data/editions";
import { getFrontPage } from "@/lib/data/front";
import { PAGE_SIZE } from "@/lib/data/public";
import { getSectionPage } from "@/lib/data/sections";
import { getTagPage, relatedByTags } from "@/lib/data/tags";
import { installDb } from "@/lib/db";
import { loadRouteTable } from "@/lib/routing/load-route-table";
import { decideRoute } from "@/lib/routing/route-table";
import { articlePath } from "@/lib/urls";
import { seedDemo } from "@/prisma/seed";
import { databaseKinds, freshDatabase, type TestDatabase } from "../support/database";

// The reader data layer on a real database seeded with the demo archive: what each page would show.

describe.each(databaseKinds)("reader data on %s", (kind) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await freshDatabase(kind);
    installDb(t.db);
    await seedDemo(t.db, { mediaDir: t.mediaDir });
  }, 120_000);

  afterAll(async () => {
    await t?.drop();
  });

  async function publishedArticles() {
    return t.db.article.findMany({
      where: { status: "PUBLISHED" },
      select: { id: true, slug: true, datePath: true, headline: true, section: { select: { slug: true } } },
      orderBy: [{ firstPublishedAt: "desc" }, { id: "desc" }],
    });
  }

  it("knows the edition and its sections in the editors' order", async () => {
    expect(await getEdition("en")).toMatchObject({ code: "en", direction: "ltr", timeZone: "Europe/London" });
    expect(await getEdition("xx")).toBeNull();
    const sections = await listSections("en");
    const rows = await t.db.section.findMany({ orderBy: { position: "asc" }, select: { slug: true } });
    expect(sections.map((s) => s.slug)).toEqual(rows.map((r) => r.slug));
  });

  it("serves a published article at its canonical address only", async () => {
    const [article] = await publishedArticles();
    const segment = `${article!.datePath}-${article!.slug}`;
    const page = await getArticlePage("en", article!.section.slug, segment);
    expect(page?.headline).toBe(article!.headline);
    expect(page?.path).toBe(`/en/${article!.section.slug}/${segment}`);
    expect(page?.authors.length).toBeGreaterThan(0);
    expect(page?.tags.length).toBeGreaterThanOrEqual(2);
    expect(await getArticlePage("en", "not-its-section", segment)).toBeNull();
    expect(await getArticlePage("en", article!.section.slug, `19990101-${article!.slug}`)).toBeNull();
  });

  it("never serves drafts, scheduled or withdrawn articles", async () => {
    const hidden = await t.db.article.findMany({
      where: { status: { not: "PUBLISHED" } },
      select: { id: true, slug: true, datePath: true, status: true, section: { select: { slug: true } } },
    });
    expect(new Set(hidden.map((a) => a.status))).toEqual(new Set(["DRAFT", "SCHEDULED", "WITHDRAWN"]));
    for (const article of hidden) {
      const segment = `${article.datePath ?? "20260101"}-${article.slug}`;
      expect(await getArticlePage("en", article.section.slug, segment)).toBeNull();
    }
    const front = await getFrontPage("en");
    const shown = [front!.lead!, ...front!.topStories, ...front!.latest, ...front!.sectionBlocks.flatMap((b) => b.teasers)];
    for (const article of hidden) expect(shown.map((s) => s.id)).not.toContain(article.id);
  });

  it("builds a front page with no story twice", async () => {
    const front = await getFrontPage("en");
    expect(front?.lead?.image).not.toBeNull();
    const ids = [front!.lead!, ...front!.topStories, ...front!.latest, ...front!.sectionBlocks.flatMap((b) => b.teasers)].map(
      (s) => s.id,
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(front!.sectionBlocks.length).toBeGreaterThanOrEqual(6);
  });

  it("paginates a section newest first, with stable pages and a 404 past the end", async () => {
    const sections = await listSections("en");
    for (const section of sections) {
      const first = await getSectionPage("en", section.slug, 1);
      expect(first).not.toBeNull();
      const dates = first!.teasers.items.map((t) => t.firstPublishedAt);
      expect([...dates].sort().reverse()).toEqual(dates);
      expect(first!.teasers.items.length).toBeLessThanOrEqual(PAGE_SIZE);
      expect(await getSectionPage("en", section.slug, first!.teasers.totalPages + 1)).toBeNull();
    }
    expect(await getSectionPage("en", "no-such-section", 1)).toBeNull();
  });

  it("lists a tag's and an author's stories", async () => {
    const tag = await t.db.tag.findFirstOrThrow({ select: { slug: true } });
    const tagPage = await getTagPage("en", tag.slug, 1);
    expect(tagPage!.teasers.items.length).toBeGreaterThan(0);
    const author = await t.db.author.findFirstOrThrow({ where: { kind: "ORGANISATION" }, select: { slug: true } });
    const authorPage = await getAuthorPage("en", author.slug, 1);
    expect(authorPage!.author.kind).toBe("organisation");
    expect(authorPage!.teasers.items.length).toBeGreaterThan(0);
    expect(await getTagPage("en", "no-such-tag", 1)).toBeNull();
    expect(await getAuthorPage("en", "no-such-author", 1)).toBeNull();
  });

  it("shows tag groups: the pair first, no repeats, never the article itself", async () => {
    const articles = await publishedArticles();
    let pairGroups = 0;
    for (const article of articles) {
      const page = await getArticlePage("en", article.section.slug, `${article.datePath}-${article.slug}`);
      const groups = await relatedByTags(
        "en",
        page!.id,
        page!.tags.map((t) => t.slug),
      );
      const ids = groups.flatMap((g) => g.teasers.map((s) => s.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).not.toContain(page!.id);
      for (const group of groups) expect(group.teasers.length).toBeGreaterThan(0);
      if (groups[0]?.tags.length === 2) {
        pairGroups++;
        expect(groups[0].tags.map((t) => t.slug)).toEqual(page!.tags.slice(0, 2).map((t) => t.slug));
      }
    }
    expect(pairGroups).toBeGreaterThan(0);
  });

  it("offers at least six Don't miss picks", async () => {
    expect((await listDontMiss("en")).length).toBeGreaterThanOrEqual(6);
  });

  it("routes old addresses to the canonical one (301) and withdrawn ones to 410", async () => {
    const table = await loadRouteTable();
    const withdrawn = await t.db.article.findFirstOrThrow({
      where: { status: "WITHDRAWN" },
      select: { slug: true, datePath: true, section: { select: { slug: true } } },
    });
    const gonePath = articlePath({
      editionCode: "en",
      sectionSlug: withdrawn.section.slug,
      datePath: withdrawn.datePath!,
      slug: withdrawn.slug,
    });
    expect(decideRoute(gonePath, table)).toEqual({ kind: "gone" });
    const redirect = await t.db.redirect.findFirstOrThrow({
      select: { fromPath: true, article: { select: { slug: true, datePath: true, section: { select: { slug: true } } } } },
    });
    const to = articlePath({
      editionCode: "en",
      sectionSlug: redirect.article!.section.slug,
      datePath: redirect.article!.datePath!,
      slug: redirect.article!.slug,
    });
    expect(decideRoute(redirect.fromPath, table)).toEqual({ kind: "moved", to });
    expect(decideRoute(to, table)).toBeNull();
  });
});
