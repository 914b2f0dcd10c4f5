import "server-only";
import { cachedUntilChanged } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { isEditionCode } from "@/lib/urls";
import { newestFirst, publicArticle } from "./public";
import { listSectionBlocks } from "./sections";
import { teasersByIds } from "./teasers";
import type { FrontPage } from "./views";

export const TOP_STORIES = 4;
export const STORIES_PER_SECTION_BLOCK = 4;
export const LATEST_STORIES = 10;

/** The newest public stories of an edition. */
export async function listLatest(ed: string, limit: number) {
  "use cache";
  cachedUntilChanged(tags.front(ed));
  if (!isEditionCode(ed)) return [];
  const rows = await db().article.findMany({
    where: { ...publicArticle, editionCode: ed },
    orderBy: newestFirst,
    take: limit,
    select: { id: true },
  });
  return teasersByIds(rows.map((r) => r.id));
}

/**
 * The front page: the newest story with a picture leads, the next ones are top stories, then a
 * block per section and the latest list, each showing only stories not already shown above it.
 */
export async function getFrontPage(ed: string): Promise<FrontPage | null> {
  if (!isEditionCode(ed)) return null;
  const pool = TOP_STORIES + 1 + LATEST_STORIES + 20;
  const [recent, blocks] = await Promise.all([listLatest(ed, pool), listSectionBlocks(ed, STORIES_PER_SECTION_BLOCK + 2)]);
  const lead = recent.find((t) => t.image) ?? recent[0] ?? null;
  const shown = new Set<number>(lead ? [lead.id] : []);
  const take = <T extends { id: number }>(items: T[], n: number) => {
    const picked = items.filter((item) => !shown.has(item.id)).slice(0, n);
    for (const item of picked) shown.add(item.id);
    return picked;
  };
  const topStories = take(recent, TOP_STORIES);
  const sectionBlocks = blocks
    .map((block) => ({ section: block.section, teasers: take(block.teasers, STORIES_PER_SECTION_BLOCK) }))
    .filter((block) => block.teasers.length > 0);
  const latest = take(recent, LATEST_STORIES);
  return { lead, topStories, sectionBlocks, latest };
}
