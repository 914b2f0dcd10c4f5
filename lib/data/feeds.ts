import "server-only";
import { addCacheTags, cachedUntilChanged } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { FeedInput, FeedItemInput } from "@/lib/feeds/rss";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { mediaUrl } from "@/lib/media/sizes";
import { authorPath, editionPath, feedPath, isEditionCode, isSlug, sectionPath, tagPath } from "@/lib/urls";
import { inIdOrder, pathOf } from "./convert";
import { newestFirst, publicArticle, publicLink } from "./public";

// What the RSS feeds list (lib/feeds/rss.ts writes them): the newest public stories of an edition,
// a section, a tag or an author. Each feed first pages ids through an index, then reads the items.
// Cached under `tags.feeds(ed)` (every public change in the edition invalidates it), the listing's
// own tag, and every story it shows.

export const FEED_ITEMS = 30;

const feedItemSelect = {
  id: true,
  editionCode: true,
  slug: true,
  datePath: true,
  headline: true,
  standfirst: true,
  firstPublishedAt: true,
  lastUpdatedAt: true,
  section: { select: { slug: true, name: true } },
  hero: { select: { file: true, mimeType: true, bytes: true, width: true, height: true } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { slug: true, name: true } } } },
  tags: { orderBy: { position: "asc" }, select: { tag: { select: { slug: true, name: true } } } },
} satisfies Prisma.ArticleSelect;
type FeedItemRow = Prisma.ArticleGetPayload<{ select: typeof feedItemSelect }>;

function toFeedItem(row: FeedItemRow): FeedItemInput {
  const ed = row.editionCode;
  const firstPublishedAt = (row.firstPublishedAt ?? new Date(0)).toISOString();
  return {
    path: pathOf(row),
    headline: row.headline,
    standfirst: row.standfirst,
    firstPublishedAt,
    lastUpdatedAt: row.lastUpdatedAt?.toISOString() ?? firstPublishedAt,
    authors: row.authors.map(({ author }) => ({ name: author.name, path: authorPath(ed, author.slug) })),
    section: { name: row.section.name, path: sectionPath(ed, row.section.slug) },
    tags: row.tags.map(({ tag }) => ({ name: tag.name, path: tagPath(ed, tag.slug) })),
    image: row.hero
      ? {
          src: mediaUrl(row.hero.file),
          mimeType: row.hero.mimeType,
          bytes: row.hero.bytes,
          width: row.hero.width,
          height: row.hero.height,
        }
      : null,
  };
}

async function itemsByIds(ids: number[]): Promise<FeedItemInput[]> {
  if (ids.length === 0) return [];
  const rows = await db().article.findMany({ where: { ...publicArticle, id: { in: ids } }, select: feedItemSelect });
  addCacheTags(...ids.map((id) => tags.article(id)));
  return inIdOrder(rows, ids).map(toFeedItem);
}

async function editionOf(ed: string) {
  if (!isEditionCode(ed)) return null;
  return db().edition.findUnique({ where: { code: ed }, select: { code: true, name: true, locale: true } });
}

const linkNewestFirst = [{ publishedAt: "desc" as const }, { articleId: "desc" as const }];

/** The edition's feed: its newest stories in every section. Null for an unknown edition. */
export async function getEditionFeed(ed: string): Promise<FeedInput | null> {
  "use cache";
  cachedUntilChanged(tags.feeds(ed), tags.edition(ed));
  const edition = await editionOf(ed);
  if (!edition) return null;
  const rows = await db().article.findMany({
    where: { ...publicArticle, editionCode: ed },
    orderBy: newestFirst,
    take: FEED_ITEMS,
    select: { id: true },
  });
  return {
    title: edition.name,
    description: `The latest news, analysis and opinion from ${edition.name}.`,
    path: editionPath(ed),
    feedPath: feedPath(editionPath(ed)),
    language: edition.locale,
    items: await itemsByIds(rows.map((r) => r.id)),
  };
}

export async function getSectionFeed(ed: string, slug: string): Promise<FeedInput | null> {
  "use cache";
  cachedUntilChanged(tags.feeds(ed), tags.section(ed, slug), tags.navigation(ed));
  if (!isSlug(slug)) return null;
  const edition = await editionOf(ed);
  if (!edition) return null;
  const section = await db().section.findUnique({
    where: { editionCode_slug: { editionCode: ed, slug } },
    select: { id: true, name: true, description: true },
  });
  if (!section) return null;
  const rows = await db().article.findMany({
    where: { ...publicArticle, sectionId: section.id },
    orderBy: newestFirst,
    take: FEED_ITEMS,
    select: { id: true },
  });
  return {
    title: `${section.name} | ${edition.name}`,
    description: section.description || `The latest ${section.name} stories from ${edition.name}.`,
    path: sectionPath(ed, slug),
    feedPath: feedPath(sectionPath(ed, slug)),
    language: edition.locale,
    items: await itemsByIds(rows.map((r) => r.id)),
  };
}

export async function getTagFeed(ed: string, slug: string): Promise<FeedInput | null> {
  "use cache";
  cachedUntilChanged(tags.feeds(ed), tags.tag(ed, slug));
  if (!isSlug(slug)) return null;
  const edition = await editionOf(ed);
  if (!edition) return null;
  const tag = await db().tag.findUnique({
    where: { editionCode_slug: { editionCode: ed, slug } },
    select: { id: true, name: true, description: true },
  });
  if (!tag) return null;
  const links = await db().articleTag.findMany({
    where: { tagId: tag.id, ...publicLink },
    orderBy: linkNewestFirst,
    take: FEED_ITEMS,
    select: { articleId: true },
  });
  return {
    title: `${tag.name} | ${edition.name}`,
    description: tag.description || `Stories about ${tag.name} from ${edition.name}.`,
    path: tagPath(ed, slug),
    feedPath: feedPath(tagPath(ed, slug)),
    language: edition.locale,
    items: await itemsByIds(links.map((l) => l.articleId)),
  };
}

export async function getAuthorFeed(ed: string, slug: string): Promise<FeedInput | null> {
  "use cache";
  cachedUntilChanged(tags.feeds(ed), tags.author(slug));
  if (!isSlug(slug)) return null;
  const edition = await editionOf(ed);
  if (!edition) return null;
  const author = await db().author.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (!author) return null;
  const links = await db().articleAuthor.findMany({
    where: { authorId: author.id, ...publicLink, article: { editionCode: ed } },
    orderBy: linkNewestFirst,
    take: FEED_ITEMS,
    select: { articleId: true },
  });
  return {
    title: `${author.name} | ${edition.name}`,
    description: `Stories by ${author.name} from ${edition.name}.`,
    path: authorPath(ed, slug),
    feedPath: feedPath(authorPath(ed, slug)),
    language: edition.locale,
    items: await itemsByIds(links.map((l) => l.articleId)),
  };
}
