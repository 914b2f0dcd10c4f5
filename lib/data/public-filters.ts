import type { Prisma } from "@/lib/generated/sqlite/client";

// Reader queries see published articles only: every reader query starts from these filters,
// so a draft, a scheduled or a withdrawn article cannot reach a public page by mistake. Not
// "server-only", so that proxy.ts (bundled apart) can count a listing's pages with the same rules.
export const publicArticle = { status: "PUBLISHED" } satisfies Prisma.ArticleWhereInput;

/** Tag and author links mirror the article's first publication while it is public (null otherwise). */
export const publicLink = { publishedAt: { not: null } } as const;

export const PAGE_SIZE = 20;

export function totalPagesFor(count: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(count / pageSize));
}
