import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SearchFilters } from "@/components/search/SearchFilters";
import { SearchPagination } from "@/components/search/SearchPagination";
import { SearchPastLastPage } from "@/components/search/SearchPastLastPage";
import { SearchRefused } from "@/components/search/SearchRefused";
import { SearchResult } from "@/components/search/SearchResult";
import { Breadcrumbs } from "@/components/site/Breadcrumbs";
import { ListingHeader } from "@/components/site/ListingHeader";
import { getEdition, listSections } from "@/lib/data/editions";
import { BUILD_PLACEHOLDER } from "@/lib/data/public";
import { searchArticles } from "@/lib/data/search";
import { readSearchRequest, searchHref } from "@/lib/search/params";
import { notIndexable } from "@/lib/seo/metadata";
import { editionPath, searchPath } from "@/lib/urls";

// Results depend on the query, so this page renders per request. Blocking (not streamed): the whole
// page arrives at once and reads completely with JavaScript off. Its status is sent before the
// results are known, so refusals (4xx) are decided in next.config.js, ahead of the page.
export const instant = false;

export const metadata: Metadata = { title: "Search", robots: notIndexable };

export function generateStaticParams() {
  return [{ ed: BUILD_PLACEHOLDER }];
}

type Props = { params: Promise<{ ed: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchRoute({ params, searchParams }: Props) {
  const { ed } = await params;
  const read = readSearchRequest(await searchParams);
  // next.config.js sends these to a 400 before the page renders; this only shows if that rule is lost.
  if (!read.ok) return <SearchRefused />;
  const { request } = read;
  const [edition, sections, results] = await Promise.all([
    getEdition(ed),
    listSections(ed),
    searchArticles(ed, request),
  ]);
  if (!edition) notFound();
  const base = searchPath(ed);
  if (!results) return <SearchPastLastPage firstPage={searchHref(base, request, 1)} page={request.page} />;
  const filtered = Boolean(request.section || request.from || request.to);
  const summary = !request.q
    ? "Type a word or two to search every story we have published."
    : request.terms.length === 0
      ? "That search has no words or numbers in it to look for. Try a word or two."
      : results.total === 0
        ? ""
        : results.more
          ? `More than ${results.total.toLocaleString(edition.locale)} stories match; the most recent of them are shown, best matches first. Add a word to narrow the search.`
          : `${results.total.toLocaleString(edition.locale)} ${results.total === 1 ? "story matches" : "stories match"}, best matches first.`;
  return (
    <>
      <Breadcrumbs items={[{ name: "Home", path: editionPath(ed) }, { name: "Search" }]} />
      <ListingHeader title={request.q ? `Results for “${request.q}”` : "Search"} description={summary} />
      <SearchFilters action={base} request={request} sections={sections} />
      {request.terms.length > 0 && results.total === 0 && (
        <p className="text-lg">
          No stories match your search{filtered ? " with these filters" : ""}. Try fewer or other words
          {filtered ? ", or widen the section and dates" : ""}.
        </p>
      )}
      {results.items.length > 0 && (
        <ol className="flex flex-col gap-5" aria-label="Results">
          {results.items.map((hit) => (
            <li key={hit.id}>
              <SearchResult hit={hit} locale={edition.locale} timeZone={edition.timeZone} />
            </li>
          ))}
        </ol>
      )}
      <SearchPagination
        page={results.page}
        totalPages={results.totalPages}
        hrefFor={(page) => searchHref(base, request, page)}
      />
    </>
  );
}
