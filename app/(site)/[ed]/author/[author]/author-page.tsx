import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorProfile } from "@/components/author/AuthorProfile";
import { JsonLd } from "@/components/seo/JsonLd";
import { Breadcrumbs } from "@/components/site/Breadcrumbs";
import { Pagination } from "@/components/site/Pagination";
import { TeaserList } from "@/components/teaser/TeaserList";
import { TeaserRail } from "@/components/teaser/TeaserRail";
import { getAuthorPage } from "@/lib/data/authors";
import { getEdition } from "@/lib/data/editions";
import { env } from "@/lib/env";
import { authorProfileJsonLd, breadcrumbJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { authorPath, editionPath, feedPath, listingPagePath } from "@/lib/urls";

// An author (or agency) page, shared by its first page and the others (?page=N → p/N).

export async function authorPageMetadata(ed: string, slug: string, page: number): Promise<Metadata> {
  const [edition, data] = await Promise.all([getEdition(ed), getAuthorPage(ed, slug, page)]);
  if (!edition || !data) notFound();
  return pageMetadata({
    title: data.author.name,
    description: data.author.bio || `Stories by ${data.author.name}.`,
    path: authorPath(ed, slug),
    page,
    edition,
    feed: { path: feedPath(authorPath(ed, slug)), title: `${data.author.name} | ${edition.name}` },
  });
}

export async function AuthorListing({ ed, slug, page }: { ed: string; slug: string; page: number }) {
  const data = await getAuthorPage(ed, slug, page);
  if (!data) notFound();
  const { author, teasers } = data;
  const crumbs = [{ name: "Home", path: editionPath(ed) }, { name: author.name }];
  return (
    <>
      <JsonLd data={authorProfileJsonLd(env.SITE_URL, ed, author)} />
      <JsonLd data={breadcrumbJsonLd(env.SITE_URL, crumbs, listingPagePath(authorPath(ed, slug), page))} />
      <Breadcrumbs items={crumbs} />
      <AuthorProfile author={author} />
      <TeaserList teasers={teasers.items} emptyMessage={`No stories by ${author.name} yet.`} />
      <Pagination basePath={authorPath(ed, slug)} page={teasers.page} totalPages={teasers.totalPages} />
      <TeaserRail editionCode={ed} />
    </>
  );
}
