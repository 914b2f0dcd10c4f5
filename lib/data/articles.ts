import "server-only";
import { cache } from "react";
import { addCacheTags, cachedUntilChanged } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { readBody, type BodyDocument } from "@/lib/richtext/document";
import { articlePath, isEditionCode, isSlug, parseArticleSegment } from "@/lib/urls";
import { authorLinkSelect, imageSelect, toAuthorLink, toImage, toKind } from "./convert";
import { publicArticle } from "./public";
import type { ArticlePage, ImageView } from "./views";

function mediaIdsIn(body: BodyDocument): number[] {
  return body.content.flatMap((block) => (block.type === "mediaImage" ? [block.attrs.mediaId] : []));
}

async function loadArticlePage(ed: string, sectionSlug: string, segment: string): Promise<ArticlePage | null> {
  "use cache";
  const requested = `/${ed}/${sectionSlug}/${segment}`;
  cachedUntilChanged(tags.path(requested));
  const parsed = parseArticleSegment(segment);
  if (!isEditionCode(ed) || !isSlug(sectionSlug) || !parsed) return null;

  const row = await db().article.findFirst({
    where: { ...publicArticle, editionCode: ed, slug: parsed.slug },
    select: {
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
    },
  });
  // Only the canonical address serves the article; old addresses are 301s from proxy.ts.
  if (!row || row.datePath !== parsed.datePath || row.section.slug !== sectionSlug) return null;

  const path = articlePath({ editionCode: ed, sectionSlug, datePath: parsed.datePath, slug: row.slug });
  const tagLinks = row.tags.map((link) => link.tag);
  const authorLinks = row.authors.map((link) => toAuthorLink(link.author));
  addCacheTags(
    tags.article(row.id),
    tags.section(ed, row.section.slug),
    ...tagLinks.map((tag) => tags.tag(ed, tag.slug)),
    ...authorLinks.map((author) => tags.author(author.slug)),
  );

  const body = readBody(row.body);
  const imageIds = mediaIdsIn(body);
  const images = imageIds.length
    ? await db().media.findMany({ where: { id: { in: imageIds } }, select: { id: true, ...imageSelect } })
    : [];
  addCacheTags(...images.map((image) => tags.media(image.id)));
  const bodyImages: Record<number, ImageView> = Object.fromEntries(images.map((image) => [image.id, toImage(image)]));

  const firstPublishedAt = (row.firstPublishedAt ?? new Date(0)).toISOString();
  return {
    id: row.id,
    editionCode: row.editionCode,
    path,
    section: row.section,
    headline: row.headline,
    standfirst: row.standfirst,
    rubric: row.rubric,
    kind: toKind(row.type),
    hero: row.hero ? { image: toImage(row.hero), caption: row.heroCaption, credit: row.heroCredit } : null,
    authors: authorLinks,
    agencyCredit: row.agencyCredit,
    firstPublishedAt,
    lastUpdatedAt: row.lastUpdatedAt?.toISOString() ?? firstPublishedAt,
    body,
    bodyImages,
    tags: tagLinks,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    excludeFromNews: row.excludeFromNews,
  };
}

/** The article at its canonical address, or null (404). Shared by generateMetadata and the page. */
export const getArticlePage = cache(loadArticlePage);
