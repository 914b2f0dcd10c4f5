import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { createDb, type Db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { storeImage, type StoredImage } from "@/lib/media/store";
import { articleInput, toSnapshot, type ArticleInput } from "@/lib/newsroom/article-input";
import type { BodyBlock } from "@/lib/richtext/document";
import { articlePath, datePathFor, isSlug, RESERVED_SECTION_SLUGS, slugify } from "@/lib/urls";
import { ARTICLES } from "./demo/articles";
import { AUTHORS } from "./demo/authors";
import { renderPortrait, renderScene, sceneAlt } from "./demo/images";
import { DATELINE_GRAPHICS, typeset, type DemoBlock } from "./demo/markup";
import { INLINE_IMAGES, type InlineImageKey } from "./demo/media";
import { SECTIONS } from "./demo/sections";
import { TAGS } from "./demo/tags";
import type { DemoArticle } from "./demo/types";

// Demo content for the `en` edition (tsx prisma/seed.ts, or seedDemo() from the start script).
// It never touches an edition that already has articles, and writes every row in one
// transaction, so a failed run leaves nothing behind for the next run to mistake for a seed.

export const DEMO_EDITION = {
  code: "en",
  name: "Dateline",
  locale: "en-GB",
  direction: "LTR",
  timeZone: "Europe/London",
} as const;

/** Marks the revisions written by the seed (the archive seeder tells its own rows apart by theirs). */
export const DEMO_REVISION_NOTE = "Demo content";

export interface SeedOptions {
  mediaDir: string;
  now?: Date;
  log?: (msg: string) => void;
}

export interface SeedResult {
  seeded: boolean;
  /** How many articles the edition has afterwards. */
  articles: number;
}

const HOUR = 3_600_000;

interface Timeline {
  status: "PUBLISHED" | "WITHDRAWN" | "DRAFT" | "SCHEDULED";
  createdAt: Date;
  updatedAt: Date;
  publishAt: Date | null;
  firstPublishedAt: Date | null;
  lastUpdatedAt: Date | null;
  withdrawnAt: Date | null;
  withdrawnReason: string;
}

/** Absolute times of an article, from the hours-relative ones in its demo data. */
function timelineOf(article: DemoArticle, index: number, now: Date): Timeline {
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR);
  const unpublished = {
    publishAt: null,
    firstPublishedAt: null,
    lastUpdatedAt: null,
    withdrawnAt: null,
    withdrawnReason: "",
  };
  if (article.status === "DRAFT" || article.status === "SCHEDULED") {
    const createdAt = at(article.createdHoursAgo);
    const publishAt = article.status === "SCHEDULED" ? at(-article.publishInHours) : null;
    return { ...unpublished, status: article.status, createdAt, updatedAt: createdAt, publishAt };
  }
  // Stories are drafted 20 minutes to 3 hours before they go out.
  const createdAt = at(article.publishedHoursAgo + (20 + ((index * 37) % 160)) / 60);
  const firstPublishedAt = at(article.publishedHoursAgo);
  if (article.status === "WITHDRAWN") {
    const withdrawnAt = at(article.withdrawnHoursAgo);
    const withdrawnReason = typeset(article.withdrawnReason);
    return {
      status: "WITHDRAWN",
      createdAt,
      updatedAt: withdrawnAt,
      publishAt: null,
      firstPublishedAt,
      lastUpdatedAt: firstPublishedAt,
      withdrawnAt,
      withdrawnReason,
    };
  }
  const lastUpdatedAt = article.updatedHoursAgo === undefined ? firstPublishedAt : at(article.updatedHoursAgo);
  return { ...unpublished, status: "PUBLISHED", createdAt, updatedAt: lastUpdatedAt, firstPublishedAt, lastUpdatedAt };
}

/** The article's slug: given, or its headline's, cut at a word boundary to keep URLs readable. */
function slugOf(article: DemoArticle): string {
  if (article.slug) return article.slug;
  const slug = slugify(article.headline);
  return slug.length <= 64 ? slug : slug.slice(0, slug.lastIndexOf("-", 64));
}

interface InputIds {
  sectionId: number;
  tagIds: number[];
  authorIds: number[];
  heroMediaId: number | null;
  mediaId: (key: InlineImageKey) => number;
}

/**
 * The article as an editor would submit it, checked by the newsroom's own rules: every demo
 * article must be one the editor could open and save again unchanged.
 */
function inputOf(article: DemoArticle, publishAt: Date | null, ids: InputIds): ArticleInput {
  const body = article.body.map((block: DemoBlock): BodyBlock =>
    block.type === "demoImage"
      ? { type: "mediaImage", attrs: { mediaId: ids.mediaId(block.key), caption: block.caption, credit: block.credit } }
      : block,
  );
  const parsed = articleInput.safeParse({
    headline: typeset(article.headline),
    standfirst: typeset(article.standfirst),
    rubric: article.rubric ?? "",
    slug: slugOf(article),
    sectionId: ids.sectionId,
    type: article.type ?? "STORY",
    tagIds: ids.tagIds,
    authorIds: ids.authorIds,
    heroMediaId: ids.heroMediaId,
    heroCaption: ids.heroMediaId === null ? "" : typeset(article.hero.caption),
    heroCredit: ids.heroMediaId === null ? "" : DATELINE_GRAPHICS,
    body: { type: "doc", content: body },
    seoTitle: typeset(article.seo?.title ?? ""),
    seoDescription: typeset(article.seo?.description ?? ""),
    agencyCredit: article.agencyCredit ?? "",
    dontMiss: article.dontMiss ?? false,
    excludeFromNews: false,
    publishAt,
  });
  if (!parsed.success) throw new Error(`Demo article "${slugOf(article)}" is not valid: ${parsed.error.message}`);
  return parsed.data;
}

/** Catches mistakes in the demo data before any image is drawn. */
function checkDemoData(now: Date): void {
  const slugs = new Set<string>();
  ARTICLES.forEach((article, index) => {
    const slug = slugOf(article);
    if (!isSlug(slug) || slugs.has(slug)) throw new Error(`Demo slug "${slug}" is invalid or used twice`);
    slugs.add(slug);
    if (article.tags.length < 2 || article.tags.length > 5) throw new Error(`Demo article "${slug}" needs 2–5 tags`);
    if (new Set(article.tags).size !== article.tags.length) throw new Error(`Demo article "${slug}" repeats a tag`);
    const time = timelineOf(article, index, now);
    if (article.previously && time.firstPublishedAt === null) {
      throw new Error(`Demo article "${slug}" has an old address but was never published`);
    }
    const placeholder = article.tags.map((_, i) => i + 1);
    inputOf(article, time.publishAt, {
      sectionId: 1,
      tagIds: placeholder,
      authorIds: [1],
      heroMediaId: 1,
      mediaId: () => 1,
    });
  });
  for (const section of SECTIONS) {
    if (RESERVED_SECTION_SLUGS.has(section.slug)) throw new Error(`Section slug "${section.slug}" is reserved`);
  }
}

interface Pictures {
  heroes: Map<string, Picture>;
  inline: Map<InlineImageKey, Picture>;
  portraits: Map<string, Picture>;
}

type Picture = StoredImage & { alt: string; caption: string };

/** Runs `work` over `items`, `concurrency` at a time, keeping the results in order. */
async function mapPooled<T, R>(items: readonly T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i] as T);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

/** Draws and stores every demo picture (files only; rows are written in the transaction). */
async function drawPictures(mediaDir: string, now: Date, log: (msg: string) => void): Promise<Pictures> {
  const store = (bytes: Buffer, name: string) => storeImage(bytes, { name, mediaDir, now });
  // Two at a time: drawing an SVG is single-threaded, so this keeps both cores of a small host busy.
  const heroes = await mapPooled(ARTICLES, 2, async (article): Promise<[string, Picture]> => {
    const slug = slugOf(article);
    const { motif, palette, caption } = article.hero;
    const stored = await store(await renderScene({ motif, palette, seed: slug }), slug);
    return [slug, { ...stored, alt: sceneAlt(article.hero), caption: typeset(caption) }];
  });
  const inlineKeys = Object.keys(INLINE_IMAGES) as InlineImageKey[];
  const inline = await mapPooled(inlineKeys, 2, async (key): Promise<[InlineImageKey, Picture]> => {
    const image = INLINE_IMAGES[key];
    const stored = await store(await renderScene({ motif: image.motif, palette: image.palette, seed: key }), key);
    return [key, { ...stored, alt: sceneAlt(image), caption: typeset(image.caption) }];
  });
  const portraits = await mapPooled(AUTHORS, 2, async (author): Promise<[string, Picture]> => {
    const stored = await store(await renderPortrait(author.portrait), author.slug);
    const alt = author.kind === "PERSON" ? `Illustrated portrait of ${author.name}` : `The emblem of ${author.name}`;
    return [author.slug, { ...stored, alt, caption: author.name }];
  });
  log(`Stored ${heroes.length + inline.length + portraits.length} demo images in ${mediaDir}.`);
  return { heroes: new Map(heroes), inline: new Map(inline), portraits: new Map(portraits) };
}

async function upsertMedia(tx: Tx, image: Picture): Promise<number> {
  const data = {
    file: image.file,
    mimeType: image.mimeType,
    width: image.width,
    height: image.height,
    bytes: image.bytes,
    sha256: image.sha256,
    alt: image.alt,
    caption: image.caption,
    credit: DATELINE_GRAPHICS,
    sizes: image.sizes as unknown as Prisma.InputJsonValue,
  };
  const row = await tx.media.upsert({
    where: { sha256: image.sha256 },
    create: data,
    update: {},
    select: { id: true },
  });
  return row.id;
}

/** Finds an id by key, failing loudly on a typo in the demo data. */
function idOf<K>(ids: Map<K, number>, key: K, what: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Demo data names an unknown ${what}: ${String(key)}`);
  return id;
}

async function writeDemo(tx: Tx, pictures: Pictures, now: Date): Promise<number> {
  const ed = DEMO_EDITION;
  await tx.edition.upsert({ where: { code: ed.code }, create: ed, update: {}, select: { code: true } });

  // Existing sections, tags, authors and media are kept as they are: the seed only fills gaps.
  const sectionIds = new Map<string, number>();
  for (const [position, section] of SECTIONS.entries()) {
    const row = await tx.section.upsert({
      where: { editionCode_slug: { editionCode: ed.code, slug: section.slug } },
      create: { editionCode: ed.code, position, ...section },
      update: {},
      select: { id: true },
    });
    sectionIds.set(section.slug, row.id);
  }
  const tagIds = new Map<string, number>();
  for (const tag of TAGS) {
    const row = await tx.tag.upsert({
      where: { editionCode_slug: { editionCode: ed.code, slug: tag.slug } },
      create: { editionCode: ed.code, slug: tag.slug, name: tag.name, description: typeset(tag.description) },
      update: {},
      select: { id: true },
    });
    tagIds.set(tag.slug, row.id);
  }
  const authorIds = new Map<string, number>();
  for (const author of AUTHORS) {
    const portrait = pictures.portraits.get(author.slug);
    const portraitId = portrait ? await upsertMedia(tx, portrait) : null;
    const row = await tx.author.upsert({
      where: { slug: author.slug },
      create: { slug: author.slug, name: author.name, kind: author.kind, bio: typeset(author.bio), portraitId },
      update: {},
      select: { id: true },
    });
    authorIds.set(author.slug, row.id);
  }
  const inlineIds = new Map<InlineImageKey, number>();
  for (const [key, image] of pictures.inline) inlineIds.set(key, await upsertMedia(tx, image));

  for (const [index, article] of ARTICLES.entries()) {
    const hero = pictures.heroes.get(slugOf(article));
    const time = timelineOf(article, index, now);
    const input = inputOf(article, time.publishAt, {
      sectionId: idOf(sectionIds, article.section, "section"),
      tagIds: article.tags.map((tag) => idOf(tagIds, tag, "tag")),
      authorIds: article.authors.map((author) => idOf(authorIds, author, "author")),
      heroMediaId: hero ? await upsertMedia(tx, hero) : null,
      mediaId: (key) => idOf(inlineIds, key, "inline image"),
    });
    const { tagIds: tags, authorIds: authors, ...fields } = input;
    const datePath = time.firstPublishedAt ? datePathFor(time.firstPublishedAt, ed.timeZone) : null;
    // Listings read the link tables alone: they carry the publication time only while public.
    const linkPublishedAt = time.status === "PUBLISHED" ? time.firstPublishedAt : null;
    const oldPath =
      article.previously && datePath
        ? articlePath({
            editionCode: ed.code,
            sectionSlug: article.previously.section ?? article.section,
            datePath,
            slug: article.previously.slug,
          })
        : null;
    await tx.article.create({
      data: {
        ...fields,
        editionCode: ed.code,
        datePath,
        status: time.status,
        firstPublishedAt: time.firstPublishedAt,
        lastUpdatedAt: time.lastUpdatedAt,
        withdrawnAt: time.withdrawnAt,
        withdrawnReason: time.withdrawnReason,
        version: 1,
        createdAt: time.createdAt,
        updatedAt: time.updatedAt,
        tags: { create: tags.map((tagId, position) => ({ tagId, position, publishedAt: linkPublishedAt })) },
        authors: {
          create: authors.map((authorId, position) => ({ authorId, position, publishedAt: linkPublishedAt })),
        },
        revisions: {
          create: { version: 1, note: DEMO_REVISION_NOTE, createdAt: time.updatedAt, snapshot: toSnapshot(input) },
        },
        redirects: oldPath ? { create: { fromPath: oldPath, createdAt: time.updatedAt } } : undefined,
      },
      select: { id: true },
    });
  }
  return ARTICLES.length;
}

async function articleCount(db: Db): Promise<number> {
  return db.article.count({ where: { editionCode: DEMO_EDITION.code } });
}

export async function seedDemo(db: Db, opts: SeedOptions): Promise<SeedResult> {
  const now = opts.now ?? new Date();
  const log = opts.log ?? (() => undefined);
  const existing = await articleCount(db);
  if (existing > 0) return { seeded: false, articles: existing };

  checkDemoData(now);
  const pictures = await drawPictures(opts.mediaDir, now, log);
  try {
    const created = await db.$transaction((tx) => writeDemo(tx, pictures, now), { maxWait: 10_000, timeout: 120_000 });
    log(`Seeded the "${DEMO_EDITION.code}" edition with ${created} demo articles.`);
    return { seeded: true, articles: created };
  } catch (error) {
    // Another process seeding at the same moment wins the race; ours rolled back entirely.
    const afterwards = await articleCount(db).catch(() => 0);
    if (afterwards > 0) return { seeded: false, articles: afterwards };
    throw error;
  }
}

function isRunDirectly(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isRunDirectly()) {
  const db = createDb(env.DATABASE_URL);
  seedDemo(db, { mediaDir: env.MEDIA_DIR, log: (msg) => console.log(msg) })
    .then((result) => {
      if (!result.seeded)
        console.log(`The "${DEMO_EDITION.code}" edition already has ${result.articles} articles; nothing seeded.`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => db.$disconnect());
}
