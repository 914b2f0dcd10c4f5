import "server-only";
import { cachedUntilChanged, cachedUntilChangedOrAged } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { mediaUrl } from "@/lib/media/sizes";
import { PUBLISHER_NAME } from "@/lib/seo/publisher";
import type { NewsSitemapEntry, SitemapIndexEntry, SitemapUrl } from "@/lib/sitemaps/xml";
import { newsLanguage } from "@/lib/sitemaps/xml";
import {
  MAX_PAGE,
  articleSitemapPath,
  authorPath,
  listingSitemapPath,
  newsSitemapPath,
  sectionPath,
  tagPath,
} from "@/lib/urls";
import { pathOf } from "./convert";
import { publicArticle, publicLink } from "./public";

// What the sitemaps list (lib/sitemaps/xml.ts writes them). Public articles only, and every query
// is an index range: article sitemaps are primary-key ranges, the News sitemap a date range per
// edition. Everything is cached under `tags.sitemaps`, which every public change invalidates
// (lib/cache/affected.ts); the News sitemap also ages out, since time alone changes it.

/** Google News takes articles first published in the last two days, at most 1,000 per sitemap. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
export const MAX_NEWS_URLS = 1000;
/** How long a News sitemap may be served before the window is recomputed. */
export const NEWS_SITEMAP_MAX_AGE_S = 60;

const LISTING_KINDS = ["sections", "tags", "authors"] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;
const newest = (...dates: (Date | null | undefined)[]) =>
  dates.reduce<Date | null>((a, b) => (b && (!a || b > a) ? b : a), null);

/**
 * Chunk N holds the public articles with ids in ((N-1)·size, N·size]: a primary-key range, so a
 * chunk never exceeds `size` URLs, costs one index range to read, and an article never moves from
 * one chunk to another as the archive grows.
 */
function chunkRange(chunk: number, size: number) {
  return { gt: (chunk - 1) * size, lte: chunk * size };
}

async function articleChunkCount(size: number): Promise<number> {
  const { _max } = await db().article.aggregate({ where: publicArticle, _max: { id: true } });
  return _max.id ? Math.ceil(_max.id / size) : 0;
}

/** The sitemap index: one entry per article chunk (with its newest change), the listings, News. */
export async function getSitemapIndex(size: number = env.SITEMAP_CHUNK_SIZE): Promise<SitemapIndexEntry[]> {
  "use cache";
  cachedUntilChanged(tags.sitemaps);
  const chunks = await articleChunkCount(size);
  const entries: SitemapIndexEntry[] = [];
  for (let chunk = 1; chunk <= chunks; chunk++) {
    const { _max } = await db().article.aggregate({
      where: { ...publicArticle, id: chunkRange(chunk, size) },
      _max: { firstPublishedAt: true, lastUpdatedAt: true },
    });
    entries.push({ path: articleSitemapPath(chunk), lastmod: iso(newest(_max.firstPublishedAt, _max.lastUpdatedAt)) });
  }
  const listings = await Promise.all(LISTING_KINDS.map((kind) => getListingSitemap(kind)));
  LISTING_KINDS.forEach((kind, i) => {
    const urls = listings[i] ?? [];
    entries.push({ path: listingSitemapPath(kind), lastmod: newestLastmod(urls) });
  });
  const news = await getNewsSitemap();
  entries.push({ path: newsSitemapPath, lastmod: news[0]?.publishedAt ?? null });
  return entries;
}

function newestLastmod(urls: SitemapUrl[]): string | null {
  return urls.reduce<string | null>((a, u) => (u.lastmod && (!a || u.lastmod > a) ? u.lastmod : a), null);
}

/**
 * One article sitemap, or null when the chunk is past the last one (a 404). `lastmod` is the
 * article's last editorial update (or first publication), never a technical `updatedAt`.
 */
export async function getArticleSitemap(
  chunk: number,
  size: number = env.SITEMAP_CHUNK_SIZE,
): Promise<SitemapUrl[] | null> {
  "use cache";
  cachedUntilChanged(tags.sitemaps);
  if (!Number.isInteger(chunk) || chunk < 1 || chunk > MAX_PAGE) return null;
  if (chunk > (await articleChunkCount(size))) return null;
  const rows = await db().article.findMany({
    where: { ...publicArticle, id: chunkRange(chunk, size) },
    orderBy: { id: "asc" },
    select: {
      editionCode: true,
      slug: true,
      datePath: true,
      firstPublishedAt: true,
      lastUpdatedAt: true,
      section: { select: { slug: true } },
      hero: { select: { file: true } },
    },
  });
  return rows.map((row) => ({
    path: pathOf(row),
    lastmod: iso(newest(row.firstPublishedAt, row.lastUpdatedAt)),
    ...(row.hero ? { images: [mediaUrl(row.hero.file)] } : {}),
  }));
}

/**
 * Section fronts (all of them), and the tag and author pages that list at least one public story,
 * per edition, each dated by the newest story it lists. Index-only aggregates over the link tables.
 */
export async function getListingSitemap(kind: ListingKind): Promise<SitemapUrl[]> {
  "use cache";
  cachedUntilChanged(tags.sitemaps);
  if (kind === "sections") {
    const [sections, latest] = await Promise.all([
      db().section.findMany({
        orderBy: [{ editionCode: "asc" }, { position: "asc" }, { id: "asc" }],
        select: { id: true, editionCode: true, slug: true },
      }),
      db().article.groupBy({ by: ["sectionId"], where: publicArticle, _max: { firstPublishedAt: true } }),
    ]);
    const byId = new Map(latest.map((row) => [row.sectionId, row._max.firstPublishedAt]));
    return sections.map((s) => ({ path: sectionPath(s.editionCode, s.slug), lastmod: iso(byId.get(s.id)) }));
  }
  if (kind === "tags") {
    const latest = await db().articleTag.groupBy({ by: ["tagId"], where: publicLink, _max: { publishedAt: true } });
    const byId = new Map(latest.map((row) => [row.tagId, row._max.publishedAt]));
    const rows = await db().tag.findMany({
      where: { id: { in: [...byId.keys()] } },
      orderBy: [{ editionCode: "asc" }, { slug: "asc" }],
      select: { id: true, editionCode: true, slug: true },
    });
    return rows.map((t) => ({ path: tagPath(t.editionCode, t.slug), lastmod: iso(byId.get(t.id)) }));
  }
  // Authors write across editions: an author page exists in each edition they have stories in.
  const editions = await db().edition.findMany({ orderBy: { code: "asc" }, select: { code: true } });
  const perEdition = await Promise.all(
    editions.map(async ({ code }) => {
      const latest = await db().articleAuthor.groupBy({
        by: ["authorId"],
        where: { ...publicLink, article: { editionCode: code } },
        _max: { publishedAt: true },
      });
      const byId = new Map(latest.map((row) => [row.authorId, row._max.publishedAt]));
      const rows = await db().author.findMany({
        where: { id: { in: [...byId.keys()] } },
        orderBy: { slug: "asc" },
        select: { id: true, slug: true },
      });
      return rows.map((a) => ({ path: authorPath(code, a.slug), lastmod: iso(byId.get(a.id)) }));
    }),
  );
  return perEdition.flat();
}

/**
 * The Google News sitemap at `now`: articles first published in the 48 hours before it (none from
 * the future), not excluded by the editors, newest first, at most 1,000. One date range of the
 * (editionCode, status, firstPublishedAt) index per edition.
 */
export async function listNewsArticles(now: Date): Promise<NewsSitemapEntry[]> {
  const since = new Date(now.getTime() - NEWS_WINDOW_MS);
  const editions = await db().edition.findMany({ orderBy: { code: "asc" }, select: { code: true, locale: true } });
  const perEdition = await Promise.all(
    editions.map(async (edition) => {
      const rows = await db().article.findMany({
        where: {
          ...publicArticle,
          editionCode: edition.code,
          firstPublishedAt: { gte: since, lte: now },
          excludeFromNews: false,
        },
        orderBy: [{ firstPublishedAt: "desc" }, { id: "desc" }],
        take: MAX_NEWS_URLS,
        select: {
          id: true,
          editionCode: true,
          slug: true,
          datePath: true,
          headline: true,
          firstPublishedAt: true,
          section: { select: { slug: true } },
        },
      });
      const publication = { name: PUBLISHER_NAME, language: newsLanguage(edition.locale) };
      return rows.map((row) => ({ id: row.id, at: row.firstPublishedAt ?? now, path: pathOf(row), row, publication }));
    }),
  );
  return perEdition
    .flat()
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.id - a.id)
    .slice(0, MAX_NEWS_URLS)
    .map(({ path, row, at, publication }) => ({ path, publication, publishedAt: at.toISOString(), title: row.headline }));
}

/** The News sitemap now: refreshed by every publication, and recomputed within a minute anyway. */
export async function getNewsSitemap(): Promise<NewsSitemapEntry[]> {
  "use cache";
  cachedUntilChangedOrAged(NEWS_SITEMAP_MAX_AGE_S, tags.sitemaps);
  return listNewsArticles(new Date());
}
