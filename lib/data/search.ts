import "server-only";
import { db } from "@/lib/db";
import { isEditionCode } from "@/lib/urls";
import { newestFirst, PAGE_SIZE, publicArticle, totalPagesFor } from "./public";
import { teasersByIds } from "./teasers";
import type { Paged, Teaser } from "./views";

export const MAX_QUERY_LENGTH = 200;

/**
 * Stories whose headline or standfirst contain every word of the query, newest first.
 * Request-time (never cached). Ranked full-text search replaces this in the search issue.
 */
export async function searchArticles(ed: string, query: string, page: number): Promise<Paged<Teaser> | null> {
  if (!isEditionCode(ed)) return null;
  const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return { items: [], page: 1, totalPages: 1 };
  const where = {
    ...publicArticle,
    editionCode: ed,
    AND: words.map((word) => ({ OR: [{ headline: { contains: word } }, { standfirst: { contains: word } }] })),
  };
  const count = await db().article.count({ where });
  const totalPages = totalPagesFor(count);
  if (page > totalPages) return null;
  const rows = await db().article.findMany({
    where,
    orderBy: newestFirst,
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: { id: true },
  });
  return { items: await teasersByIds(rows.map((r) => r.id)), page, totalPages };
}
