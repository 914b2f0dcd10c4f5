import type { Metadata } from "next";
import Link from "next/link";
import { ArticleFilters } from "@/components/admin/ArticleFilters";
import { ArticleTable } from "@/components/admin/ArticleTable";
import { requireStaffPage } from "@/lib/auth/session";
import {
  listArticles,
  listFilterOptions,
  parseArticleListQuery,
  type ArticleListQuery,
} from "@/lib/newsroom/article-list";
import { listEditions } from "@/lib/newsroom/editor-data";

// Per request, in one piece (no streaming): it reads the session and the newsroom's data.
export const instant = false;

export const metadata: Metadata = { title: "Articles" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The list's address with the same filters at another position. */
function listHref(query: ArticleListQuery, position: { after?: string; before?: string }): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status) params.set("status", query.status);
  if (query.section) params.set("section", String(query.section));
  if (query.author) params.set("author", String(query.author));
  if (position.after) params.set("after", position.after);
  if (position.before) params.set("before", position.before);
  const search = params.toString();
  return `/admin/articles${search ? `?${search}` : ""}`;
}

export default async function ArticlesPage({ searchParams }: Props) {
  await requireStaffPage("newsroom:enter");
  const query = parseArticleListQuery(await searchParams);
  const [list, options, editions] = await Promise.all([listArticles(query), listFilterOptions(), listEditions()]);
  const timeZones = Object.fromEntries(editions.map((e) => [e.code, e.timeZone]));
  const pager = "rounded border border-rule px-3 py-1.5 hover:border-ink";
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Articles</h1>
        {options.canCreate && (
          <div className="flex gap-2">
            {editions.map((edition) => (
              <Link
                key={edition.code}
                href={`/admin/articles/new?ed=${edition.code}`}
                className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper hover:bg-muted"
              >
                New article{editions.length > 1 ? ` (${edition.name})` : ""}
              </Link>
            ))}
          </div>
        )}
      </div>
      <ArticleFilters query={query} options={options} />
      <ArticleTable items={list.items} timeZones={timeZones} />
      {(list.newer || list.older) && (
        <nav aria-label="Pagination" className="flex justify-between text-sm">
          {list.newer ? (
            <Link href={listHref(query, { before: list.newer })} rel="prev" className={pager}>
              ← Newer
            </Link>
          ) : (
            <span />
          )}
          {list.older ? (
            <Link href={listHref(query, { after: list.older })} rel="next" className={pager}>
              Older →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </div>
  );
}
