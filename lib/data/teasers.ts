import "server-only";
import { addCacheTags } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { inIdOrder, teaserSelect, toTeaser } from "./convert";
import { PAGE_SIZE, publicArticle, totalPagesFor } from "./public";
import type { Paged, Teaser } from "./views";

/**
 * Teasers for a list of article ids, in that order, public ones only. Listings first page through
 * an index for ids alone (cheap at any depth), then fetch what the teasers show for those ids.
 * Tags the enclosing cached result with every story it shows.
 */
export async function teasersByIds(ids: number[]): Promise<Teaser[]> {
  if (ids.length === 0) return [];
  const rows = await db().article.findMany({ where: { ...publicArticle, id: { in: ids } }, select: teaserSelect });
  addCacheTags(...ids.map((id) => tags.article(id)));
  return inIdOrder(rows, ids).map(toTeaser);
}

/**
 * One page of a listing: `null` past the last page (a 404), page 1 always exists (an empty listing
 * shows its empty state).
 */
export async function pageOfTeasers(
  page: number,
  count: () => Promise<number>,
  idsAt: (skip: number, take: number) => Promise<number[]>,
): Promise<Paged<Teaser> | null> {
  const totalPages = totalPagesFor(await count());
  if (page > totalPages) return null;
  const ids = await idsAt((page - 1) * PAGE_SIZE, PAGE_SIZE);
  return { items: await teasersByIds(ids), page, totalPages };
}
