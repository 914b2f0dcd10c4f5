import "server-only";
import { addCacheTags, cachedUntilChanged } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { isEditionCode, isSlug } from "@/lib/urls";
import { newestFirst, publicArticle } from "./public";
import { pageOfTeasers, teasersByIds } from "./teasers";
import type { SectionBlock, SectionPage } from "./views";

export async function getSectionPage(ed: string, slug: string, page: number): Promise<SectionPage | null> {
  "use cache";
  cachedUntilChanged(tags.section(ed, slug), tags.navigation(ed));
  if (!isEditionCode(ed) || !isSlug(slug)) return null;
  const section = await db().section.findUnique({
    where: { editionCode_slug: { editionCode: ed, slug } },
    select: { id: true, slug: true, name: true, description: true },
  });
  if (!section) return null;
  const where = { ...publicArticle, sectionId: section.id };
  const teasers = await pageOfTeasers(
    page,
    () => db().article.count({ where }),
    async (skip, take) =>
      (await db().article.findMany({ where, orderBy: newestFirst, skip, take, select: { id: true } })).map((r) => r.id),
  );
  if (!teasers) return null;
  return { section: { slug: section.slug, name: section.name, description: section.description }, teasers };
}

/** The newest stories of every section, for the front page's section blocks. */
export async function listSectionBlocks(ed: string, perSection: number): Promise<SectionBlock[]> {
  "use cache";
  cachedUntilChanged(tags.front(ed), tags.navigation(ed));
  if (!isEditionCode(ed)) return [];
  const sections = await db().section.findMany({
    where: { editionCode: ed },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, name: true },
  });
  addCacheTags(...sections.map((s) => tags.section(ed, s.slug)));
  return Promise.all(
    sections.map(async (section) => {
      const rows = await db().article.findMany({
        where: { ...publicArticle, sectionId: section.id },
        orderBy: newestFirst,
        take: perSection,
        select: { id: true },
      });
      return { section: { slug: section.slug, name: section.name }, teasers: await teasersByIds(rows.map((r) => r.id)) };
    }),
  );
}
