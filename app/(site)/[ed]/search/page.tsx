import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/site/Breadcrumbs";
import { ListingHeader } from "@/components/site/ListingHeader";
import { Pagination } from "@/components/site/Pagination";
import { TeaserList } from "@/components/teaser/TeaserList";
import { BUILD_PLACEHOLDER } from "@/lib/data/public";
import { MAX_QUERY_LENGTH, searchArticles } from "@/lib/data/search";
import { notIndexable } from "@/lib/seo/metadata";
import { editionPath, parsePageParam, searchPath } from "@/lib/urls";

// Results depend on the query, so this page renders per request. Blocking (not streamed): the whole
// page arrives at once and reads completely with JavaScript off.
export const instant = false;

export const metadata: Metadata = { title: "Search", robots: notIndexable };

export function generateStaticParams() {
  return [{ ed: BUILD_PLACEHOLDER }];
}

type Props = { params: Promise<{ ed: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchRoute({ params, searchParams }: Props) {
  const { ed } = await params;
  const query = await searchParams;
  const q = typeof query.q === "string" ? query.q.slice(0, MAX_QUERY_LENGTH) : "";
  const page = parsePageParam(typeof query.page === "string" ? query.page : undefined);
  if (page === null) notFound();
  const results = await searchArticles(ed, q, page);
  if (!results) notFound();
  const basePath = `${searchPath(ed)}?q=${encodeURIComponent(q)}`;
  return (
    <>
      <Breadcrumbs items={[{ name: "Home", path: editionPath(ed) }, { name: "Search" }]} />
      <ListingHeader
        title={q ? `Results for “${q}”` : "Search"}
        description={q ? "" : "Type a word or two in the search box above."}
      />
      {q && (
        <TeaserList teasers={results.items} emptyMessage="No stories match your search. Try fewer or other words." />
      )}
      <Pagination basePath={basePath} page={results.page} totalPages={results.totalPages} />
    </>
  );
}
