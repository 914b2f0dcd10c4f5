import "server-only";
import { cachedUntilChanged } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { isEditionCode, isSlug } from "@/lib/urls";
import { authorLinkSelect, imageSelect, toAuthorLink, toImage } from "./convert";
import { publicLink } from "./public";
import { pageOfTeasers } from "./teasers";
import type { AuthorPage } from "./views";

export async function getAuthorPage(ed: string, slug: string, page: number): Promise<AuthorPage | null> {
  "use cache";
  cachedUntilChanged(tags.author(slug));
  if (!isEditionCode(ed) || !isSlug(slug)) return null;
  const author = await db().author.findUnique({
    where: { slug },
    select: { id: true, ...authorLinkSelect, bio: true, portrait: { select: imageSelect } },
  });
  if (!author) return null;
  const where = { authorId: author.id, ...publicLink, article: { editionCode: ed } };
  const teasers = await pageOfTeasers(
    page,
    () => db().articleAuthor.count({ where }),
    async (skip, take) =>
      (
        await db().articleAuthor.findMany({
          where,
          orderBy: [{ publishedAt: "desc" }, { articleId: "desc" }],
          skip,
          take,
          select: { articleId: true },
        })
      ).map((r) => r.articleId),
  );
  if (!teasers) return null;
  return {
    author: { ...toAuthorLink(author), bio: author.bio, portrait: author.portrait ? toImage(author.portrait) : null },
    teasers,
  };
}
