import "server-only";
import { cachedUntilChanged } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { isEditionCode } from "@/lib/urls";
import { newestFirst, publicArticle } from "./public";
import { teasersByIds } from "./teasers";
import type { Teaser } from "./views";

export const DONT_MISS_COUNT = 6;

/**
 * The editors' "Don't miss" picks, newest first. One cached list per edition; the rail drops the
 * article it is shown on, so one more than needed is read.
 */
export async function listDontMiss(ed: string): Promise<Teaser[]> {
  "use cache";
  cachedUntilChanged(tags.dontMiss(ed));
  if (!isEditionCode(ed)) return [];
  const rows = await db().article.findMany({
    where: { ...publicArticle, editionCode: ed, dontMiss: true },
    orderBy: newestFirst,
    take: DONT_MISS_COUNT + 1,
    select: { id: true },
  });
  return teasersByIds(rows.map((r) => r.id));
}
