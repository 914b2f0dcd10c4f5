import "server-only";
import { addCacheTags, cachedUntilChanged } from "@/lib/cache/cached";
import { tags as cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { selectTagGroups, type CandidateGroup } from "@/lib/related/tag-groups";
import { isEditionCode, isSlug, tagPath } from "@/lib/urls";
import { publicLink } from "./public";
import { pageOfTeasers, teasersByIds } from "./teasers";
import type { TagGroup, TagLink, TagPage } from "./views";

const linkNewestFirst = [{ publishedAt: "desc" }, { articleId: "desc" }] as const;

export async function getTagPage(ed: string, slug: string, page: number): Promise<TagPage | null> {
  "use cache";
  cachedUntilChanged(cacheTags.tag(ed, slug));
  if (!isEditionCode(ed) || !isSlug(slug)) return null;
  const tag = await db().tag.findUnique({
    where: { editionCode_slug: { editionCode: ed, slug } },
    select: { id: true, slug: true, name: true, description: true },
  });
  if (!tag) return null;
  const where = { tagId: tag.id, ...publicLink };
  const teasers = await pageOfTeasers(
    page,
    () => db().articleTag.count({ where }),
    async (skip, take) =>
      (
        await db().articleTag.findMany({ where, orderBy: [...linkNewestFirst], skip, take, select: { articleId: true } })
      ).map((r) => r.articleId),
  );
  if (!teasers) return null;
  return { tag: { slug: tag.slug, name: tag.name, description: tag.description }, teasers };
}

/**
 * Where an unknown tag's address now leads (a merged or renamed tag), or null. Cached under the
 * address itself, so a cached "no redirect" refreshes when a merge creates one.
 */
export async function getTagRedirect(ed: string, slug: string): Promise<string | null> {
  "use cache";
  const path = tagPath(ed, slug);
  cachedUntilChanged(cacheTags.path(path), cacheTags.tag(ed, slug));
  if (!isEditionCode(ed) || !isSlug(slug)) return null;
  const redirect = await db().redirect.findUnique({ where: { fromPath: path }, select: { toPath: true } });
  // Only tag addresses of the same edition: a redirect row can never send a reader off the site.
  const to = redirect?.toPath;
  return to && to !== path && to.startsWith(`/${ed}/tag/`) && isSlug(to.slice(`/${ed}/tag/`.length)) ? to : null;
}

export const STORIES_PER_TAG_GROUP = 3;

/**
 * The tag groups for an article, in a fixed number of queries whatever the archive's size:
 * one for the tag ids, one for the pair, one per tag (at most a handful), one for the teasers.
 */
export async function relatedByTags(ed: string, articleId: number, tagSlugs: string[]): Promise<TagGroup[]> {
  "use cache";
  cachedUntilChanged(cacheTags.article(articleId), ...tagSlugs.map((slug) => cacheTags.tag(ed, slug)));
  if (tagSlugs.length === 0) return [];
  const rows = await db().tag.findMany({
    where: { editionCode: ed, slug: { in: tagSlugs } },
    select: { id: true, slug: true, name: true },
  });
  const tagList = tagSlugs.flatMap((slug) => rows.filter((row) => row.slug === slug));
  const perGroup = STORIES_PER_TAG_GROUP;
  const depth = perGroup * (tagList.length + 1);
  const notSelf = { articleId: { not: articleId } };

  const [first, second] = tagList;
  const pairIds =
    first && second
      ? db()
          .articleTag.findMany({
            where: {
              tagId: first.id,
              ...publicLink,
              ...notSelf,
              article: { tags: { some: { tagId: second.id, ...publicLink } } },
            },
            orderBy: [...linkNewestFirst],
            take: perGroup,
            select: { articleId: true },
          })
          .then((links) => links.map((l) => l.articleId))
      : Promise.resolve([]);
  const perTagIds = tagList.map((tag) =>
    db()
      .articleTag.findMany({
        where: { tagId: tag.id, ...publicLink, ...notSelf },
        orderBy: [...linkNewestFirst],
        take: depth,
        select: { articleId: true },
      })
      .then((links) => links.map((l) => l.articleId)),
  );

  const toLink = (tag: { slug: string; name: string }): TagLink => ({ slug: tag.slug, name: tag.name });
  const candidates: CandidateGroup<TagLink>[] = [];
  if (first && second) candidates.push({ tags: [toLink(first), toLink(second)], articleIds: await pairIds });
  const perTag = await Promise.all(perTagIds);
  tagList.forEach((tag, i) => candidates.push({ tags: [toLink(tag)], articleIds: perTag[i] ?? [] }));

  const groups = selectTagGroups(articleId, candidates, perGroup);
  const teasers = await teasersByIds(groups.flatMap((g) => g.articleIds));
  const byId = new Map(teasers.map((t) => [t.id, t]));
  addCacheTags(...teasers.map((t) => cacheTags.article(t.id)));
  return groups
    .map((group) => ({ tags: group.tags, teasers: group.articleIds.flatMap((id) => byId.get(id) ?? []) }))
    .filter((group) => group.teasers.length > 0);
}
