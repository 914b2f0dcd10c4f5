// What the browser tests expect to see, read from the e2e server's own database (seeded with the
// demo content on every run by scripts/e2e-server.ts). Tests look stories up by what they are
// ("a withdrawn article", "the biggest section") rather than by hard-coded slugs.
import { createDb, type Db } from "@/lib/db";
import { articlePath, authorPath, datePathFor, sectionPath, tagPath } from "@/lib/urls";
import { E2E } from "./constants";

export const EDITION = "en";

let client: Db | undefined;

/** The e2e database, opened on first use (the server has migrated and seeded it by then). */
function db(): Db {
  client ??= createDb(E2E.databaseUrl);
  return client;
}

export interface Edition {
  code: string;
  name: string;
  locale: string;
  direction: string;
  timeZone: string;
}

export async function edition(): Promise<Edition> {
  const row = await db().edition.findUniqueOrThrow({
    where: { code: EDITION },
    select: { code: true, name: true, locale: true, direction: true, timeZone: true },
  });
  return { ...row, direction: row.direction.toLowerCase() };
}

/** The body document's blocks, as far as the tests read them. */
export interface BodyNode {
  type: string;
  attrs?: Record<string, unknown>;
  text?: string;
  marks?: { type: string; attrs?: { href?: string } }[];
  content?: BodyNode[];
}

export interface StoredImage {
  file: string;
  width: number;
  height: number;
  alt: string;
}

export interface PublishedArticle {
  id: number;
  path: string;
  headline: string;
  standfirst: string;
  rubric: string;
  dontMiss: boolean;
  agencyCredit: string;
  section: { slug: string; name: string };
  hero: (StoredImage & { caption: string; credit: string }) | null;
  authors: { slug: string; name: string; kind: "PERSON" | "ORGANISATION" }[];
  tags: { slug: string; name: string }[];
  firstPublishedAt: Date;
  lastUpdatedAt: Date;
  body: BodyNode[];
}

/** Published stories of the edition, newest first (the order of every listing). */
export async function publishedArticles(): Promise<PublishedArticle[]> {
  const rows = await db().article.findMany({
    where: { editionCode: EDITION, status: "PUBLISHED" },
    orderBy: [{ firstPublishedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      editionCode: true,
      slug: true,
      datePath: true,
      headline: true,
      standfirst: true,
      rubric: true,
      dontMiss: true,
      agencyCredit: true,
      heroCaption: true,
      heroCredit: true,
      firstPublishedAt: true,
      lastUpdatedAt: true,
      body: true,
      section: { select: { slug: true, name: true } },
      hero: { select: { file: true, width: true, height: true, alt: true } },
      authors: { orderBy: { position: "asc" }, select: { author: { select: { slug: true, name: true, kind: true } } } },
      tags: { orderBy: { position: "asc" }, select: { tag: { select: { slug: true, name: true } } } },
    },
  });
  return rows.map((row) => {
    if (!row.datePath || !row.firstPublishedAt) throw new Error(`Published article ${row.id} has no publication date`);
    const body = row.body as unknown as { content?: BodyNode[] };
    return {
      id: row.id,
      path: articlePath({
        editionCode: row.editionCode,
        sectionSlug: row.section.slug,
        datePath: row.datePath,
        slug: row.slug,
      }),
      headline: row.headline,
      standfirst: row.standfirst,
      rubric: row.rubric,
      dontMiss: row.dontMiss,
      agencyCredit: row.agencyCredit,
      section: row.section,
      hero: row.hero ? { ...row.hero, caption: row.heroCaption, credit: row.heroCredit } : null,
      authors: row.authors.map((link) => link.author),
      tags: row.tags.map((link) => link.tag),
      firstPublishedAt: row.firstPublishedAt,
      lastUpdatedAt: row.lastUpdatedAt ?? row.firstPublishedAt,
      body: body.content ?? [],
    };
  });
}

/** Plain text of a body node, whitespace collapsed. */
export function textOf(node: BodyNode): string {
  return rawTextOf(node).replace(/\s+/g, " ").trim();
}

/** Text runs joined as they are: trimming each run would glue "which we " and "track" together. */
function rawTextOf(node: BodyNode): string {
  return node.text ?? (node.content ?? []).map(rawTextOf).join(node.type === "blockquote" ? " " : "");
}

export function blocksOf(article: Pick<PublishedArticle, "body">, type: string): BodyNode[] {
  return article.body.filter((block) => block.type === type);
}

export function subheadingsOf(article: Pick<PublishedArticle, "body">): string[] {
  return blocksOf(article, "heading")
    .filter((block) => block.attrs?.level === 2)
    .map(textOf);
}

/** Every link in a body: its text and where it points. */
export function bodyLinks(article: Pick<PublishedArticle, "body">): { text: string; href: string }[] {
  const walk = (node: BodyNode): { text: string; href: string }[] => [
    ...(node.marks ?? []).flatMap((mark) =>
      mark.type === "link" && node.text ? [{ text: normalise(node.text), href: mark.attrs?.href ?? "" }] : [],
    ),
    ...(node.content ?? []).flatMap(walk),
  ];
  return article.body.flatMap(walk);
}

export interface Listing {
  kind: "section" | "tag" | "author";
  slug: string;
  name: string;
  path: string;
  /** Published stories, newest first. */
  stories: PublishedArticle[];
}

/** Every section, tag and author of the edition with its published stories, biggest first. */
export async function listings(): Promise<Listing[]> {
  const articles = await publishedArticles();
  const [sections, tags, authors] = await Promise.all([
    db().section.findMany({ where: { editionCode: EDITION }, select: { slug: true, name: true } }),
    db().tag.findMany({ where: { editionCode: EDITION }, select: { slug: true, name: true } }),
    db().author.findMany({ select: { slug: true, name: true } }),
  ]);
  const all: Listing[] = [
    ...sections.map((s) => ({
      kind: "section" as const,
      ...s,
      path: sectionPath(EDITION, s.slug),
      stories: articles.filter((a) => a.section.slug === s.slug),
    })),
    ...tags.map((t) => ({
      kind: "tag" as const,
      ...t,
      path: tagPath(EDITION, t.slug),
      stories: articles.filter((a) => a.tags.some((tag) => tag.slug === t.slug)),
    })),
    ...authors.map((au) => ({
      kind: "author" as const,
      ...au,
      path: authorPath(EDITION, au.slug),
      stories: articles.filter((a) => a.authors.some((author) => author.slug === au.slug)),
    })),
  ];
  return all.sort((a, b) => b.stories.length - a.stories.length);
}

export interface ListingDetails {
  slug: string;
  name: string;
  description: string;
}

export async function sections(): Promise<(ListingDetails & { position: number })[]> {
  return db().section.findMany({
    where: { editionCode: EDITION },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { slug: true, name: true, description: true, position: true },
  });
}

export async function tag(slug: string): Promise<ListingDetails> {
  return db().tag.findUniqueOrThrow({
    where: { editionCode_slug: { editionCode: EDITION, slug } },
    select: { slug: true, name: true, description: true },
  });
}

export interface AuthorDetails {
  slug: string;
  name: string;
  kind: "PERSON" | "ORGANISATION";
  bio: string;
  portrait: StoredImage | null;
}

export async function authors(): Promise<AuthorDetails[]> {
  return db().author.findMany({
    orderBy: { id: "asc" },
    select: {
      slug: true,
      name: true,
      kind: true,
      bio: true,
      portrait: { select: { file: true, width: true, height: true, alt: true } },
    },
  });
}

/** The public address a withdrawn article had. */
export async function withdrawnArticlePaths(): Promise<string[]> {
  const rows = await db().article.findMany({
    where: { editionCode: EDITION, status: "WITHDRAWN", datePath: { not: null } },
    select: { editionCode: true, slug: true, datePath: true, section: { select: { slug: true } } },
  });
  return rows.map((row) =>
    articlePath({
      editionCode: row.editionCode,
      sectionSlug: row.section.slug,
      datePath: row.datePath ?? "",
      slug: row.slug,
    }),
  );
}

export interface MovedArticle {
  from: string;
  to: string;
  headline: string;
}

/** Old addresses of articles still published, with the canonical path each one moved to. */
export async function movedArticles(): Promise<MovedArticle[]> {
  const rows = await db().redirect.findMany({
    where: { article: { editionCode: EDITION, status: "PUBLISHED" } },
    select: {
      fromPath: true,
      article: {
        select: { editionCode: true, slug: true, datePath: true, headline: true, section: { select: { slug: true } } },
      },
    },
  });
  return rows.flatMap(({ fromPath, article }) =>
    article?.datePath
      ? [
          {
            from: fromPath,
            to: articlePath({
              editionCode: article.editionCode,
              sectionSlug: article.section.slug,
              datePath: article.datePath,
              slug: article.slug,
            }),
            headline: article.headline,
          },
        ]
      : [],
  );
}

/**
 * Addresses drafts and scheduled stories would have if they were published today: they must not
 * answer anything but a 404 before publication.
 */
export async function unpublishedArticlePaths(): Promise<{ status: string; path: string }[]> {
  const { timeZone } = await edition();
  const today = datePathFor(new Date(), timeZone);
  const rows = await db().article.findMany({
    where: { editionCode: EDITION, status: { in: ["DRAFT", "SCHEDULED"] } },
    select: { status: true, slug: true, datePath: true, section: { select: { slug: true } } },
  });
  return rows.map((row) => ({
    status: row.status,
    path: articlePath({
      editionCode: EDITION,
      sectionSlug: row.section.slug,
      datePath: row.datePath ?? today,
      slug: row.slug,
    }),
  }));
}

/** The date and time a reader of the edition sees for an instant ("25 November 2026", "23:30"). */
export function readerDate(instant: Date, ed: Pick<Edition, "locale" | "timeZone">): { day: string; time: string } {
  const day = new Intl.DateTimeFormat(ed.locale, {
    timeZone: ed.timeZone,
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(instant);
  const time = new Intl.DateTimeFormat(ed.locale, {
    timeZone: ed.timeZone,
    hour: "2-digit",
    minute: "2-digit",
  }).format(instant);
  return { day, time };
}

export const normalise = (text: string) => text.replace(/\s+/g, " ").trim();
