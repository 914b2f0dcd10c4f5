import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { RENDITION_WIDTHS, renditionFile } from "@/lib/media/sizes";
import { CROP_RATIOS, cropFile, storeImage, UnsupportedImageError } from "@/lib/media/store";
import { bodyDocument } from "@/lib/richtext/document";
import { articlePath, datePathFor, RESERVED_SECTION_SLUGS } from "@/lib/urls";
import { ARTICLES } from "@/prisma/demo/articles";
import { seedDemo } from "@/prisma/seed";
import { seedArchive } from "@/scripts/seed-archive";

// The demo seed on a real, migrated SQLite file, checked the way a reader would notice it.
// NOW sits just after the clocks change in London, so dates cross a daylight-saving boundary.
const NOW = new Date("2026-03-30T09:15:00Z");
const HOUR = 3_600_000;
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

let dir: string;
let mediaDir: string;
let db: Db;
let failedSeed: { error: unknown; counts: number[] };
let firstRun: Awaited<ReturnType<typeof seedDemo>>;

const countAll = () =>
  Promise.all([db.edition.count(), db.section.count(), db.tag.count(), db.author.count(), db.media.count(), db.article.count()]);

const published = () =>
  db.article.findMany({
    where: { editionCode: "en", status: "PUBLISHED" },
    select: {
      id: true,
      slug: true,
      datePath: true,
      type: true,
      dontMiss: true,
      body: true,
      firstPublishedAt: true,
      lastUpdatedAt: true,
      createdAt: true,
      section: { select: { slug: true } },
      tags: { select: { position: true, publishedAt: true, tag: { select: { slug: true } } }, orderBy: { position: "asc" } },
    },
  });

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "dateline-seed-"));
  mediaDir = path.join(dir, "media");
  const url = `file:${path.join(dir, "t.db")}`;
  execFileSync("node", ["scripts/migrate.mjs", "deploy"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  db = createDb(url);

  // A first attempt that fails half-way (an old URL already taken) must leave nothing behind.
  const moved = ARTICLES.find((a) => a.previously && a.status !== "WITHDRAWN" && "publishedHoursAgo" in a);
  if (!moved?.previously || !("publishedHoursAgo" in moved)) throw new Error("the demo needs an article with an old URL");
  const blocked = articlePath({
    editionCode: "en",
    sectionSlug: moved.previously.section ?? moved.section,
    datePath: datePathFor(new Date(NOW.getTime() - moved.publishedHoursAgo * HOUR), "Europe/London"),
    slug: moved.previously.slug,
  });
  await db.redirect.create({ data: { fromPath: blocked, toPath: "/en" } });
  const error = await seedDemo(db, { mediaDir, now: NOW }).then(
    () => null,
    (e: unknown) => e,
  );
  failedSeed = { error, counts: await countAll() };
  await db.redirect.deleteMany({ where: { fromPath: blocked } });

  firstRun = await seedDemo(db, { mediaDir, now: NOW });
}, 180_000);

afterAll(async () => {
  await db?.$disconnect();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("demo seed", () => {
  it("rolls a failed seed back completely, so the next run seeds everything", () => {
    expect(failedSeed.error).toBeInstanceOf(Error);
    expect(failedSeed.counts).toEqual([0, 0, 0, 0, 0, 0]);
    expect(firstRun.seeded).toBe(true);
    expect(firstRun.articles).toBe(ARTICLES.length);
  });

  it("creates the en edition", async () => {
    const edition = await db.edition.findUnique({ where: { code: "en" } });
    expect(edition).toMatchObject({ name: "Dateline", locale: "en-GB", direction: "LTR", timeZone: "Europe/London" });
  });

  it("creates at least six described sections in order, none with a reserved slug", async () => {
    const sections = await db.section.findMany({ where: { editionCode: "en" }, orderBy: { position: "asc" } });
    expect(sections.length).toBeGreaterThanOrEqual(6);
    expect(sections.map((s) => s.position)).toEqual(sections.map((_, i) => i));
    for (const section of sections) {
      expect(section.description).toMatch(/\.$/);
      expect(RESERVED_SECTION_SLUGS.has(section.slug)).toBe(false);
    }
  });

  it("creates at least 24 described tags, each on two or more published stories", async () => {
    const tags = await db.tag.findMany({
      where: { editionCode: "en" },
      select: { slug: true, description: true, _count: { select: { articles: { where: { publishedAt: { not: null } } } } } },
    });
    expect(tags.length).toBeGreaterThanOrEqual(24);
    for (const tag of tags) {
      expect(tag.description, tag.slug).not.toBe("");
      expect(tag._count.articles, tag.slug).toBeGreaterThanOrEqual(2);
    }
  });

  it("creates authors with bios and portraits, including two organisations", async () => {
    const authors = await db.author.findMany({ select: { kind: true, bio: true, portrait: { select: { file: true } } } });
    expect(authors.length).toBeGreaterThanOrEqual(6);
    expect(authors.filter((a) => a.kind === "ORGANISATION").length).toBeGreaterThanOrEqual(2);
    for (const author of authors) {
      expect(author.bio.length).toBeGreaterThan(40);
      expect(existsSync(path.join(mediaDir, author.portrait?.file ?? "missing"))).toBe(true);
    }
    const coAuthored = await db.article.count({ where: { authors: { some: { position: 1 } } } });
    expect(coAuthored).toBeGreaterThanOrEqual(2);
    expect(await db.article.count({ where: { agencyCredit: { startsWith: "with " } } })).toBeGreaterThanOrEqual(2);
  });

  it("publishes at least 48 stories over five weeks, six or more per section", async () => {
    const rows = await published();
    expect(rows.length).toBeGreaterThanOrEqual(48);
    const perSection = new Map<string, number>();
    for (const row of rows) perSection.set(row.section.slug, (perSection.get(row.section.slug) ?? 0) + 1);
    for (const count of perSection.values()) expect(count).toBeGreaterThanOrEqual(6);

    const ages = rows.map((r) => (NOW.getTime() - r.firstPublishedAt!.getTime()) / HOUR);
    expect(Math.max(...ages)).toBeLessThanOrEqual(6 * 7 * 24);
    expect(Math.max(...ages)).toBeGreaterThan(4 * 7 * 24);
    expect(ages.filter((age) => age <= 48).length).toBeGreaterThanOrEqual(6);
    expect(rows.filter((r) => r.lastUpdatedAt! > r.firstPublishedAt!).length).toBeGreaterThanOrEqual(8);
    for (const row of rows) {
      expect(row.lastUpdatedAt!.getTime()).toBeGreaterThanOrEqual(row.firstPublishedAt!.getTime());
      expect(row.lastUpdatedAt!.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(row.createdAt.getTime()).toBeLessThan(row.firstPublishedAt!.getTime());
    }
    expect(rows.filter((r) => r.dontMiss).length).toBeGreaterThanOrEqual(6);
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(["STORY", "ANALYSIS", "OPINION", "VIDEO", "LIVE"]));
  });

  it("dates every published article's URL by its first publication in London", async () => {
    for (const row of await published()) {
      expect(row.datePath, row.slug).toBe(datePathFor(row.firstPublishedAt!, "Europe/London"));
    }
  });

  it("gives every article 2–5 ordered tags, and several stories share their first two", async () => {
    const articles = await db.article.findMany({ select: { status: true, tags: { select: { position: true, tag: { select: { slug: true } } }, orderBy: { position: "asc" } } } });
    const pairs = new Map<string, number>();
    for (const article of articles) {
      expect(article.tags.length).toBeGreaterThanOrEqual(2);
      expect(article.tags.length).toBeLessThanOrEqual(5);
      expect(article.tags.map((t) => t.position)).toEqual(article.tags.map((_, i) => i));
      if (article.status !== "PUBLISHED") continue;
      const pair = article.tags.slice(0, 2).map((t) => t.tag.slug).join("+");
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    }
    expect([...pairs.values()].filter((n) => n >= 3).length).toBeGreaterThanOrEqual(3);
  });

  it("mirrors first publication on tag and author links only while an article is public", async () => {
    const articles = await db.article.findMany({
      select: { status: true, firstPublishedAt: true, tags: { select: { publishedAt: true } }, authors: { select: { publishedAt: true } } },
    });
    for (const article of articles) {
      const expected = article.status === "PUBLISHED" ? article.firstPublishedAt : null;
      for (const link of [...article.tags, ...article.authors]) expect(link.publishedAt).toEqual(expected);
    }
  });

  it("keeps one withdrawn article that was once published", async () => {
    const withdrawn = await db.article.findMany({ where: { status: "WITHDRAWN" } });
    expect(withdrawn).toHaveLength(1);
    const [article] = withdrawn;
    expect(article?.datePath).toBe(datePathFor(article!.firstPublishedAt!, "Europe/London"));
    expect(article?.withdrawnAt!.getTime()).toBeGreaterThan(article!.firstPublishedAt!.getTime());
    expect(article?.withdrawnReason).not.toBe("");
  });

  it("redirects the old address of an article whose slug (and one whose section) changed", async () => {
    const redirects = await db.redirect.findMany({
      select: { fromPath: true, article: { select: { editionCode: true, slug: true, datePath: true, section: { select: { slug: true } } } } },
    });
    expect(redirects.length).toBeGreaterThanOrEqual(1);
    const sectionMoves = redirects.filter((r) => r.article && !r.fromPath.startsWith(`/en/${r.article.section.slug}/`));
    expect(sectionMoves.length).toBeGreaterThanOrEqual(1);
    for (const { fromPath, article } of redirects) {
      expect(article).not.toBeNull();
      const current = articlePath({ editionCode: "en", sectionSlug: article!.section.slug, datePath: article!.datePath!, slug: article!.slug });
      expect(fromPath).not.toBe(current);
      expect(fromPath).toMatch(new RegExp(`^/en/[a-z]+/${article!.datePath}-[a-z0-9-]+$`));
    }
  });

  it("keeps a draft and a scheduled article off every public list", async () => {
    const hidden = await db.article.findMany({
      where: { status: { in: ["DRAFT", "SCHEDULED"] } },
      select: { status: true, datePath: true, firstPublishedAt: true, publishAt: true },
    });
    expect(hidden.map((a) => a.status).sort()).toEqual(["DRAFT", "SCHEDULED"]);
    for (const article of hidden) {
      expect(article.datePath).toBeNull();
      expect(article.firstPublishedAt).toBeNull();
    }
    expect(hidden.find((a) => a.status === "SCHEDULED")?.publishAt).toEqual(new Date(NOW.getTime() + 72 * HOUR));
  });

  it("keeps one version-1 revision per article", async () => {
    const articles = await db.article.findMany({ select: { version: true, revisions: { select: { version: true, snapshot: true } } } });
    for (const article of articles) {
      expect(article.version).toBe(1);
      expect(article.revisions).toHaveLength(1);
      expect(article.revisions[0]).toMatchObject({ version: 1, snapshot: expect.objectContaining({ headline: expect.any(String) }) });
    }
  });

  it("stores every hero with alt text and credit, and every rendition and crop on disk", async () => {
    const articles = await db.article.findMany({
      select: { heroCaption: true, heroCredit: true, hero: { select: { file: true, alt: true, width: true, height: true, sizes: true } } },
    });
    const files = new Set<string>();
    for (const { hero, heroCaption, heroCredit } of articles) {
      expect(hero).not.toBeNull();
      expect(hero!.alt).toMatch(/^Illustration of /);
      expect([hero!.width, hero!.height]).toEqual([1600, 900]);
      expect(heroCaption).not.toBe("");
      expect(heroCredit).toBe("© Dateline Graphics");
      files.add(hero!.file);
      const sizes = hero!.sizes as { file: string; width: number }[];
      expect(sizes.map((s) => s.file)).toEqual(RENDITION_WIDTHS.map((w) => renditionFile(hero!.file, w)));
    }
    expect(files.size).toBe(articles.length);
    for (const file of files) {
      for (const name of [file, ...RENDITION_WIDTHS.map((w) => renditionFile(file, w)), ...CROP_RATIOS.map((r) => cropFile(file, r))]) {
        expect(existsSync(path.join(mediaDir, name)), name).toBe(true);
      }
    }
  });

  it("writes bodies that validate, with subheadings, quotes, lists, links and pictures", async () => {
    const articles = await db.article.findMany({ select: { slug: true, body: true } });
    const seen = new Set<string>();
    const mediaIds: number[] = [];
    const walk = (node: unknown) => {
      const n = node as { type?: string; marks?: { type: string; attrs?: { href?: string } }[]; attrs?: { mediaId?: number; href?: string }; content?: unknown[] };
      if (n.type) seen.add(n.type);
      for (const mark of n.marks ?? []) {
        seen.add(mark.type);
        if (mark.type === "link") expect(mark.attrs?.href).toMatch(/^https:\/\//);
      }
      if (n.type === "mediaImage" && n.attrs?.mediaId) mediaIds.push(n.attrs.mediaId);
      for (const child of n.content ?? []) walk(child);
    };
    for (const { slug, body } of articles) {
      const parsed = bodyDocument.safeParse(body);
      expect(parsed.success, slug).toBe(true);
      walk(body);
      const blocks = parsed.data!.content;
      expect(blocks.some((b) => b.type === "heading" && b.attrs.level === 2), slug).toBe(true);
      expect(blocks.length, slug).toBeGreaterThanOrEqual(5);
      expect(blocks.length, slug).toBeLessThanOrEqual(10);
    }
    for (const type of ["heading", "blockquote", "bulletList", "orderedList", "bold", "italic", "link", "mediaImage", "videoEmbed"]) {
      expect(seen, type).toContain(type);
    }
    expect(await db.media.count({ where: { id: { in: mediaIds } } })).toBe(new Set(mediaIds).size);
  });

  it("does nothing the second time", async () => {
    const before = await countAll();
    const second = await seedDemo(db, { mediaDir, now: new Date(NOW.getTime() + HOUR) });
    expect(second).toEqual({ seeded: false, articles: ARTICLES.length });
    expect(await countAll()).toEqual(before);
  });
});

describe("archive seeder", () => {
  it("adds older published articles with links, revisions and URL dates, leaving the demo's newest first", async () => {
    const demoPublished = await db.article.count({ where: { status: "PUBLISHED" } });
    const oldestDemo = await db.article.findFirst({ where: { firstPublishedAt: { not: null } }, orderBy: { firstPublishedAt: "asc" }, select: { firstPublishedAt: true } });
    const result = await seedArchive(db, { target: demoPublished + 250, mediaDir, now: NOW, batchSize: 100 });
    expect(result).toEqual({ created: 250, published: demoPublished + 250 });

    const archive = await db.article.findMany({
      where: { revisions: { some: { note: "Generated archive" } } },
      select: { slug: true, body: true, datePath: true, firstPublishedAt: true, tags: { select: { publishedAt: true } }, authors: { select: { publishedAt: true } } },
    });
    expect(archive).toHaveLength(250);
    expect(new Set(archive.map((a) => a.slug)).size).toBe(250);
    for (const article of archive) {
      expect(article.firstPublishedAt!.getTime()).toBeLessThan(oldestDemo!.firstPublishedAt!.getTime());
      expect(article.firstPublishedAt!.getTime()).toBeGreaterThan(NOW.getTime() - 4 * 365 * 24 * HOUR);
      expect(article.datePath).toBe(datePathFor(article.firstPublishedAt!, "Europe/London"));
      expect(bodyDocument.safeParse(article.body).success).toBe(true);
      expect(article.tags.length).toBeGreaterThanOrEqual(2);
      for (const link of [...article.tags, ...article.authors]) expect(link.publishedAt).toEqual(article.firstPublishedAt);
    }

    // A second run to the same size adds nothing; a larger one only the difference.
    expect((await seedArchive(db, { target: demoPublished + 250, mediaDir, now: NOW })).created).toBe(0);
    expect((await seedArchive(db, { target: demoPublished + 260, mediaDir, now: NOW })).created).toBe(10);
  });
});

describe("storeImage", () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), "dateline-store-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it.each([
    ["plain text", Buffer.from("this is not a picture at all")],
    ["an SVG", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>')],
  ])("refuses %s", async (_, input) => {
    await expect(storeImage(input, { name: "x", mediaDir: scratch })).rejects.toBeInstanceOf(UnsupportedImageError);
  });

  it("writes every rendition and crop of a small PNG without enlarging it", async () => {
    const png = await sharp({ create: { width: 400, height: 300, channels: 4, background: "#336699" } }).png().toBuffer();
    const stored = await storeImage(png, { name: "Harbour at dawn!", mediaDir: scratch, now: NOW });
    expect(stored).toMatchObject({ mimeType: "image/png", width: 400, height: 300 });
    expect(stored.file).toMatch(/^2026\/03\/harbour-at-dawn-[0-9a-f]{8}\.png$/);
    expect(stored.sizes.map((s) => s.width)).toEqual(RENDITION_WIDTHS.map((w) => Math.min(w, 400)));
    for (const name of [stored.file, ...stored.sizes.map((s) => s.file), ...CROP_RATIOS.map((r) => cropFile(stored.file, r))]) {
      expect(existsSync(path.join(scratch, name)), name).toBe(true);
    }
    const square = await sharp(path.join(scratch, cropFile(stored.file, "1x1"))).metadata();
    expect([square.width, square.height]).toEqual([300, 300]);
  });

  it("turns a photo the way its camera says it was held", async () => {
    const sideways = await sharp({ create: { width: 120, height: 80, channels: 3, background: "#aa3300" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const stored = await storeImage(sideways, { name: "portrait", mediaDir: scratch });
    expect([stored.width, stored.height]).toEqual([80, 120]);
    expect(stored.mimeType).toBe("image/jpeg");
  });
});
