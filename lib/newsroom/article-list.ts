import "server-only";
import { z } from "zod";
import { can } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { articlePath } from "@/lib/urls";
import type { ArticleStatus } from "./articles";

// The newsroom's article list: filters, headline search and keyset pagination over
// Article(updatedAt, id). Writers only ever see their own articles (SECURITY S12/S13): the filter
// is added here, in the data function, whatever the page asks for.

export const LIST_PAGE_SIZE = 25;

export const STATUS_FILTERS = {
  draft: "DRAFT",
  "in-review": "IN_REVIEW",
  scheduled: "SCHEDULED",
  published: "PUBLISHED",
  withdrawn: "WITHDRAWN",
} as const satisfies Record<string, ArticleStatus>;
export type StatusFilter = keyof typeof STATUS_FILTERS;

/** `<updatedAt ms>.<id>`: a position in the list, newest first. */
const cursor = z
  .string()
  .regex(/^\d{1,15}\.\d{1,10}$/)
  .transform((value) => {
    const [ms = "0", id = "0"] = value.split(".");
    return { updatedAt: new Date(Number(ms)), id: Number(id) };
  });

const positiveId = z.coerce.number().int().positive().max(2_147_483_647);

/** The list's query string. Anything malformed is ignored (the filter falls back to "all"). */
const listQuery = z.object({
  status: z
    .enum(Object.keys(STATUS_FILTERS) as [StatusFilter, ...StatusFilter[]])
    .optional()
    .catch(undefined),
  section: positiveId.optional().catch(undefined),
  author: positiveId.optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  after: cursor.optional().catch(undefined),
  before: cursor.optional().catch(undefined),
});
export type ArticleListQuery = z.infer<typeof listQuery>;

export function parseArticleListQuery(raw: Record<string, string | string[] | undefined>): ArticleListQuery {
  const single = Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value || undefined]),
  );
  return listQuery.parse(single);
}

export interface ArticleListItem {
  id: number;
  editionCode: string;
  headline: string;
  status: ArticleStatus;
  section: string;
  authors: string[];
  createdBy: string | null;
  /** For articles in review: the writer who submitted it. */
  heldBy: string | null;
  updatedAt: string;
  publishAt: string | null;
  firstPublishedAt: string | null;
  publishedLateMs: number | null;
  /** The public address, while the article is published. */
  publicPath: string | null;
}

export interface ArticleList {
  items: ArticleListItem[];
  /** Cursor of the newer page (`before=`), or null on the first page. */
  newer: string | null;
  /** Cursor of the older page (`after=`), or null on the last page. */
  older: string | null;
}

const listSelect = {
  id: true,
  editionCode: true,
  slug: true,
  datePath: true,
  headline: true,
  status: true,
  updatedAt: true,
  publishAt: true,
  firstPublishedAt: true,
  publishedLateMs: true,
  section: { select: { slug: true, name: true } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
  createdBy: { select: { name: true } },
} satisfies Prisma.ArticleSelect;
type ListRow = Prisma.ArticleGetPayload<{ select: typeof listSelect }>;

const cursorOf = (row: Pick<ListRow, "updatedAt" | "id">) => `${row.updatedAt.getTime()}.${row.id}`;

function toListItem(row: ListRow, heldBy: Map<number, string>): ArticleListItem {
  return {
    id: row.id,
    editionCode: row.editionCode,
    headline: row.headline,
    status: row.status,
    section: row.section.name,
    authors: row.authors.map((link) => link.author.name),
    createdBy: row.createdBy?.name ?? null,
    heldBy: row.status === "IN_REVIEW" ? (heldBy.get(row.id) ?? row.createdBy?.name ?? null) : null,
    updatedAt: row.updatedAt.toISOString(),
    publishAt: row.publishAt?.toISOString() ?? null,
    firstPublishedAt: row.firstPublishedAt?.toISOString() ?? null,
    publishedLateMs: row.publishedLateMs,
    publicPath:
      row.status === "PUBLISHED" && row.datePath
        ? articlePath({
            editionCode: row.editionCode,
            sectionSlug: row.section.slug,
            datePath: row.datePath,
            slug: row.slug,
          })
        : null,
  };
}

/** Who submitted each article in review (the latest "submit" revision), in one query. */
async function submitters(ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db().articleRevision.findMany({
    where: { articleId: { in: ids }, note: "submit" },
    orderBy: { version: "desc" },
    select: { articleId: true, user: { select: { name: true } } },
  });
  const out = new Map<number, string>();
  for (const row of rows) if (row.user && !out.has(row.articleId)) out.set(row.articleId, row.user.name);
  return out;
}

/** One page of the articles this member of staff may see, newest change first. */
export async function listArticles(query: ArticleListQuery): Promise<ArticleList> {
  const staff = await requireStaff("newsroom:enter");
  const filters: Prisma.ArticleWhereInput[] = [];
  if (!can(staff.role, "article:edit-any")) filters.push({ createdById: staff.id });
  if (query.status) filters.push({ status: STATUS_FILTERS[query.status] });
  if (query.section) filters.push({ sectionId: query.section });
  if (query.author) filters.push({ authors: { some: { authorId: query.author } } });
  // Case-insensitive for ASCII on SQLite, case-sensitive on PostgreSQL (no `mode` in the shared subset).
  if (query.q) filters.push({ headline: { contains: query.q } });

  const position = query.before ?? query.after;
  const backwards = Boolean(query.before);
  if (position) {
    const cmp = backwards ? "gt" : "lt";
    filters.push({
      OR: [{ updatedAt: { [cmp]: position.updatedAt } }, { updatedAt: position.updatedAt, id: { [cmp]: position.id } }],
    });
  }
  const direction = backwards ? "asc" : "desc";
  const rows = await db().article.findMany({
    where: { AND: filters },
    orderBy: [{ updatedAt: direction }, { id: direction }],
    take: LIST_PAGE_SIZE + 1,
    select: listSelect,
  });
  const more = rows.length > LIST_PAGE_SIZE;
  const page = rows.slice(0, LIST_PAGE_SIZE);
  if (backwards) page.reverse();

  const held = await submitters(page.filter((row) => row.status === "IN_REVIEW").map((row) => row.id));
  const first = page[0];
  const last = page[page.length - 1];
  return {
    items: page.map((row) => toListItem(row, held)),
    newer: first && (backwards ? more : Boolean(position)) ? cursorOf(first) : null,
    older: last && (backwards || more) ? cursorOf(last) : null,
  };
}

export interface ListFilterOptions {
  sections: { id: number; name: string; editionCode: string }[];
  authors: { id: number; name: string }[];
  canCreate: boolean;
}

/** The choices of the list's filter form. */
export async function listFilterOptions(): Promise<ListFilterOptions> {
  const staff = await requireStaff("newsroom:enter");
  const [sections, authors] = await Promise.all([
    db().section.findMany({
      orderBy: [{ editionCode: "asc" }, { position: "asc" }, { id: "asc" }],
      select: { id: true, name: true, editionCode: true },
    }),
    db().author.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { sections, authors, canCreate: can(staff.role, "article:create") };
}
