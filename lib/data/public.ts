import "server-only";
import type { Prisma } from "@/lib/generated/sqlite/client";

// The filters every reader query starts from live in ./public-filters (no "server-only" there:
// proxy.ts counts listing pages with them too).
export { PAGE_SIZE, publicArticle, publicLink, totalPagesFor } from "./public-filters";

/** Newest first, with the id as tie-breaker so pagination is stable. */
export const newestFirst = [{ firstPublishedAt: "desc" }, { id: "desc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];

/** The param `generateStaticParams` hands `next build`: data functions answer it without a database. */
export const BUILD_PLACEHOLDER = "__build";

