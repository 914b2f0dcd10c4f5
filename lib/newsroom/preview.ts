import "server-only";
import { canViewArticle } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { articlePageSelect, bodyImagesFor, toArticlePage } from "@/lib/data/articles";
import type { ArticlePage } from "@/lib/data/views";
import { db } from "@/lib/db";
import { readBody } from "@/lib/richtext/document";
import { articlePath, datePathFor } from "@/lib/urls";
import type { ArticleStatus } from "./articles";

// An article in any state, as readers will see it, for signed-in staff who may see it. Never
// cached: it reads the session, and unpublished text must not reach a shared cache (SECURITY S21).

export interface ArticlePreview {
  page: ArticlePage;
  status: ArticleStatus;
  version: number;
}

/** The preview of article `id`, or null when it does not exist or this member of staff may not see it. */
export async function getArticlePreview(id: number): Promise<ArticlePreview | null> {
  const staff = await requireStaff("newsroom:enter");
  const row = await db().article.findUnique({
    where: { id },
    select: {
      ...articlePageSelect,
      status: true,
      version: true,
      createdById: true,
      edition: { select: { timeZone: true } },
    },
  });
  if (!row || !canViewArticle(staff, row)) return null;

  const now = new Date();
  // An unpublished article has no address or dates yet: show the ones it would get if published now.
  const datePath = row.datePath ?? datePathFor(now, row.edition.timeZone);
  const firstPublishedAt = (row.firstPublishedAt ?? now).toISOString();
  const page = toArticlePage(row, {
    path: articlePath({ editionCode: row.editionCode, sectionSlug: row.section.slug, datePath, slug: row.slug }),
    firstPublishedAt,
    lastUpdatedAt: row.lastUpdatedAt?.toISOString() ?? firstPublishedAt,
    bodyImages: await bodyImagesFor(readBody(row.body)),
  });
  return { page, status: row.status, version: row.version };
}
