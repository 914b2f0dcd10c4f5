import "server-only";
import { cache } from "react";
import { addCacheTags, cachedUntilChanged } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { readBody, type BodyDocument } from "@/lib/richtext/document";
import { articlePath, isEditionCode, isSlug, parseArticleSegment } from "@/lib/urls";
import { authorLinkSelect, imageSelect, toAuthorLink, toImage, toKind } from "./convert";
import { publicArticle } from "./public";
import type { ArticlePage, ImageView } from "./views";

function mediaIdsIn(body: BodyDocument): number[] {
  return body.content.flatMap((block) => (block.type === "mediaImage" ? [block.attrs.mediaId] : []));
}

export const articlePageSelect = {
  id: true,
  editionCode: true,
  slug: true,
  datePath: true,
  headline: true,
  standfirst: true,
  rubric: true,
  type: true,
  body: true,
  heroCaption: true,
  heroCredit: true,
  agencyCredit: true,
  seoTitle: true,
  seoDescription: true,
  excludeFromNews: true,
  firstPublishedAt: true,
  lastUpdatedAt: true,
  section: { select: { slug: true, name: true } },
  hero: { select: imageSelect },
  authors: { orderBy: { position: "asc" }, select: { author: { select: authorLinkSelect } } },
  tags: { orderBy: { position: "asc" }, select: { tag: { select: { slug: true, name: true } } } },
} satisfies Prisma.ArticleSelect;
export type ArticlePageRow = Prisma.ArticleGetPayload<{ select: typeof articlePageSelect }>;

/** The images a body shows, by media id (one query). */
export async function bodyImagesFor(body: BodyDocument): Promise<Record<number, ImageView>> {
  const imageIds = mediaIdsIn(body);
  if (imageIds.length === 0) return {};
  const images = await db().media.findMany({ where: { id: { in: imageIds } }, select: { id: true, ...imageSelect } });
  return Object.fromEntries(images.map((image) => [image.id, toImage(image)]));
}

/**
 * Converts an article row into what the article page shows. `path` and the dates are given by the
 * caller: a draft in preview has no address or publication date yet.
 */
export function toArticlePage(
  row: ArticlePageRow,
  extra: { path: string; firstPublishedAt: string; lastUpdatedAt: string; bodyImages: Record<number, ImageView> },
): ArticlePage {
  return {
    id: row.id,
    editionCode: row.editionCode,
    section: row.section,
    headline: row.headline,
    standfirst: row.standfirst,
    rubric: row.rubric,
    kind: toKind(row.type),
    hero: row.hero ? { image: toImage(row.hero), caption: row.heroCaption, credit: row.heroCredit } : null,
    authors: row.authors.map((link) => toAuthorLink(link.author)),
    agencyCredit: row.agencyCredit,
    body: readBody(row.body),
    tags: row.tags.map((link) => link.tag),
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    excludeFromNews: row.excludeFromNews,
    ...extra,
  };
}

async function loadArticlePage(ed: string, sectionSlug: string, segment: string): Promise<ArticlePage | null> {
  "use cache";
  const requested = `/${ed}/${sectionSlug}/${segment}`;
  cachedUntilChanged(tags.path(requested));
  const parsed = parseArticleSegment(segment);
  if (!isEditionCode(ed) || !isSlug(sectionSlug) || !parsed) return null;

  const row = await db().article.findFirst({
    where: { ...publicArticle, editionCode: ed, slug: parsed.slug },
    select: articlePageSelect,
  });
  // Only the canonical address serves the article; old addresses are 301s from proxy.ts.
  if (!row || row.datePath !== parsed.datePath || row.section.slug !== sectionSlug) return null;

  addCacheTags(
    tags.article(row.id),
    tags.section(ed, row.section.slug),
    ...row.tags.map((link) => tags.tag(ed, link.tag.slug)),
    ...row.authors.map((link) => tags.author(link.author.slug)),
  );
  const body = readBody(row.body);
  addCacheTags(...mediaIdsIn(body).map((id) => tags.media(id)));
  const firstPublishedAt = (row.firstPublishedAt ?? new Date(0)).toISOString();
  return toArticlePage(row, {
    path: articlePath({ editionCode: ed, sectionSlug, datePath: parsed.datePath, slug: row.slug }),
    firstPublishedAt,
    lastUpdatedAt: row.lastUpdatedAt?.toISOString() ?? firstPublishedAt,
    bodyImages: await bodyImagesFor(body),
  });
}

/** The article at its canonical address, or null (404). Shared by generateMetadata and the page. */
export const getArticlePage = cache(loadArticlePage);
