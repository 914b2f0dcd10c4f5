import "server-only";
import { db, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import { readBody, bodyText } from "@/lib/richtext/document";
import { dayEnd, dayStart, type SearchRequest } from "@/lib/search/params";
import { toFts5Match, toTsQuery, type SearchTerm } from "@/lib/search/query";
import { highlight, snippet, type Segment } from "@/lib/search/snippet";
import { isEditionCode } from "@/lib/urls";
import { teaserSelect, toTeaser } from "./convert";
import { BUILD_PLACEHOLDER, PAGE_SIZE, publicArticle, totalPagesFor } from "./public";
import type { Teaser } from "./views";

// Ranked full-text search over the public articles of an edition, the same on SQLite (FTS5) and
// PostgreSQL (tsvector + GIN); the index tables and their triggers are in the *_search migrations.
// Request-time, never cached: results depend on the query, and a withdrawal must drop out at once.
//
// Relevance: a match in the headline counts most, then standfirst, tags and authors, then the body
// (bm25 on SQLite, ts_rank on PostgreSQL, with the same column weights), multiplied by a recency
// boost that halves over a month from ×2 towards ×1. Ties go to the newer story, then the higher
// id, so pages never overlap or skip a story.

export interface SearchHit extends Teaser {
  headlineSegments: Segment[];
  /** Words around the first match in the body (or the standfirst when the body has none). */
  snippet: Segment[];
}

export interface SearchResults {
  items: SearchHit[];
  /** Matching stories, at most MAX_CANDIDATES (see `more`). */
  total: number;
  /** More than MAX_CANDIDATES stories match: only the newest of them were ranked. */
  more: boolean;
  page: number;
  totalPages: number;
}

export type SearchFilters = Pick<SearchRequest, "terms" | "section" | "from" | "to" | "page">;

const RECENCY_SECONDS = 30 * 86_400;

/**
 * Matches ranked per query, at most: the most recently added ones (highest ids) when more match.
 * Scoring every match of a word that half the archive contains would cost hundreds of
 * milliseconds; a query that broad gets "more than 5,000 stories", ranked among the newest.
 */
export const MAX_CANDIDATES = 5_000;

interface HitRow {
  id: number;
  total: number | bigint;
}

async function sectionIdFor(ed: string, slug: string | null): Promise<number | null | undefined> {
  if (!slug) return null;
  const section = await db().section.findFirst({ where: { editionCode: ed, slug }, select: { id: true } });
  // undefined: a section that does not exist, so nothing can match.
  return section?.id;
}

function sqliteQuery(ed: string, terms: SearchTerm[], f: Filters): Prisma.Sql {
  const now = f.now.getTime() / 1000;
  // bm25() only works in the query that runs MATCH (not under the window function), so the
  // candidates carry their score out. FTS5 walks matches in rowid order, so the LIMIT stops early.
  return Prisma.sql`
    WITH candidates AS MATERIALIZED (
      SELECT s."articleId" AS id, s."publishedAt" AS "publishedAt",
             bm25("ArticleSearchText", 10.0, 4.0, 1.0, 4.0, 4.0) AS score
      FROM "ArticleSearchText" t JOIN "ArticleSearch" s ON s."articleId" = t.rowid
      WHERE "ArticleSearchText" MATCH ${toFts5Match(terms)}
        AND s."editionCode" = ${ed} AND s."status" = 'PUBLISHED'
        ${f.sectionId === null ? Prisma.empty : Prisma.sql`AND s."sectionId" = ${f.sectionId}`}
        ${f.from ? Prisma.sql`AND s."publishedAt" >= ${f.from.getTime() / 1000}` : Prisma.empty}
        ${f.to ? Prisma.sql`AND s."publishedAt" < ${f.to.getTime() / 1000}` : Prisma.empty}
      ORDER BY t.rowid DESC
      LIMIT ${MAX_CANDIDATES + 1}
    )
    SELECT id, count(*) OVER () AS total
    FROM candidates
    ORDER BY -score * (1.0 + 1.0 / (1.0 + max(0.0, ${now} - coalesce("publishedAt", 0)) / ${RECENCY_SECONDS})) DESC,
             "publishedAt" DESC NULLS LAST, id DESC
    LIMIT ${PAGE_SIZE} OFFSET ${(f.page - 1) * PAGE_SIZE}`;
}

function postgresQuery(ed: string, terms: SearchTerm[], f: Filters): Prisma.Sql {
  // Candidates are sorted as narrow rows (ids only): carrying the tsvector through that sort
  // spilled it to disk. The documents of the candidates are read back by primary key to rank.
  return Prisma.sql`
    WITH q AS (SELECT to_tsquery('simple', ${toTsQuery(terms)}) AS query),
    candidates AS MATERIALIZED (
      SELECT s."articleId" AS id
      FROM "ArticleSearch" s, q
      WHERE s."document" @@ q.query
        AND s."editionCode" = ${ed} AND s."status" = 'PUBLISHED'
        ${f.sectionId === null ? Prisma.empty : Prisma.sql`AND s."sectionId" = ${f.sectionId}`}
        ${f.from ? Prisma.sql`AND s."publishedAt" >= ${f.from}` : Prisma.empty}
        ${f.to ? Prisma.sql`AND s."publishedAt" < ${f.to}` : Prisma.empty}
      ORDER BY s."articleId" DESC
      LIMIT ${MAX_CANDIDATES + 1}
    )
    SELECT s."articleId" AS id, (count(*) OVER ())::int AS total
    FROM candidates c JOIN "ArticleSearch" s ON s."articleId" = c.id, q
    ORDER BY ts_rank('{0.1, 0.2, 0.4, 1.0}', s."document", q.query)
               * (1.0 + 1.0 / (1.0 + greatest(0.0, extract(epoch FROM (${f.now}::timestamp - coalesce(s."publishedAt", 'epoch'))))
                                      / ${RECENCY_SECONDS})) DESC,
             s."publishedAt" DESC NULLS LAST, s."articleId" DESC
    LIMIT ${PAGE_SIZE} OFFSET ${(f.page - 1) * PAGE_SIZE}`;
}

interface Filters {
  sectionId: number | null;
  from: Date | null;
  to: Date | null;
  page: number;
  now: Date;
}

// Asked of the client, not the configuration: tests and scripts may install a client of either
// kind. The generated clients share one class shape, so `instanceof` cannot tell them apart.
function isPostgresClient(client: Db): boolean {
  return (client as unknown as { _activeProvider?: string })._activeProvider === "postgresql";
}

/** Ids of one page of matches, best first, and how many match in all. */
async function rankedIds(ed: string, terms: SearchTerm[], f: Filters): Promise<{ ids: number[]; total: number; more: boolean }> {
  const client = db();
  const sql = isPostgresClient(client) ? postgresQuery(ed, terms, f) : sqliteQuery(ed, terms, f);
  const rows = await client.$queryRaw<HitRow[]>(sql);
  const total = Number(rows[0]?.total ?? 0);
  return { ids: rows.map((r) => Number(r.id)), total: Math.min(total, MAX_CANDIDATES), more: total > MAX_CANDIDATES };
}

async function hitsFor(ids: number[], terms: SearchTerm[]): Promise<SearchHit[]> {
  if (ids.length === 0) return [];
  const rows = await db().article.findMany({
    where: { ...publicArticle, id: { in: ids } },
    select: { ...teaserSelect, body: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const fromBody = snippet(bodyText(readBody(row.body)), terms);
    return [
      {
        ...toTeaser(row),
        headlineSegments: highlight(row.headline, terms),
        snippet: fromBody ?? highlight(row.standfirst, terms),
      },
    ];
  });
}

/**
 * One page of results for a checked request (lib/search/params.ts). Null for an unknown edition
 * or a page past the last one (both 404s); page 1 always exists, empty when nothing matches.
 */
export async function searchArticles(
  ed: string,
  request: SearchFilters,
  options: { now?: Date } = {},
): Promise<SearchResults | null> {
  if (ed === BUILD_PLACEHOLDER || !isEditionCode(ed)) return null;
  const empty: SearchResults = { items: [], total: 0, more: false, page: 1, totalPages: 1 };
  if (request.terms.length === 0) return request.page === 1 ? empty : null;
  const sectionId = await sectionIdFor(ed, request.section);
  if (sectionId === undefined) return request.page === 1 ? empty : null;
  const filters: Filters = {
    sectionId,
    from: request.from ? dayStart(request.from) : null,
    to: request.to ? dayEnd(request.to) : null,
    page: request.page,
    now: options.now ?? new Date(),
  };
  const { ids, total, more } = await rankedIds(ed, request.terms, filters);
  if (ids.length === 0) return request.page === 1 ? empty : null;
  return {
    items: await hitsFor(ids, request.terms),
    total,
    more,
    page: request.page,
    totalPages: totalPagesFor(total),
  };
}
