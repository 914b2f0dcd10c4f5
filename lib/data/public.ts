import "server-only";
import type { Prisma } from "@/lib/generated/sqlite/client";

// Reader queries see published articles only: every reader query starts from these filters,
// so a draft, a scheduled or a withdrawn article cannot reach a public page by mistake.
export const publicArticle = { status: "PUBLISHED" } satisfies Prisma.ArticleWhereInput;

/** Tag and author links mirror the article's first publication while it is public (null otherwise). */
export const publicLink = { publishedAt: { not: null } } as const;

/** Newest first, with the id as tie-breaker so pagination is stable. */
export const newestFirst = [{ firstPublishedAt: "desc" }, { id: "desc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];

/** The param `generateStaticParams` hands `next build`: data functions answer it without a database. */
export const BUILD_PLACEHOLDER = "__build";

export const PAGE_SIZE = 20;

export function totalPagesFor(count: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(count / pageSize));
}
