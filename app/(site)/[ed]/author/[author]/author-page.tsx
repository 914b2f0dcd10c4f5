import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorProfile } from "@/components/author/AuthorProfile";
import { Breadcrumbs } from "@/components/site/Breadcrumbs";
import { Pagination } from "@/components/site/Pagination";
import { TeaserList } from "@/components/teaser/TeaserList";
import { TeaserRail } from "@/components/teaser/TeaserRail";
import { getAuthorPage } from "@/lib/data/authors";
import { pageMetadata } from "@/lib/seo/metadata";
import { authorPath, editionPath } from "@/lib/urls";

// An author (or agency) page, shared by its first page and the others (?page=N → p/N).

export async function authorPageMetadata(ed: string, slug: string, page: number): Promise<Metadata> {
  const data = await getAuthorPage(ed, slug, page);
  if (!data) notFound();
  return pageMetadata({
    title: data.author.name,
    description: data.author.bio || `Stories by ${data.author.name}.`,
    path: authorPath(ed, slug),
    page,
  });
}

export async function AuthorListing({ ed, slug, page }: { ed: string; slug: string; page: number }) {
  const data = await getAuthorPage(ed, slug, page);
  if (!data) notFound();
  const { author, teasers } = data;
  return (
    <>
      <Breadcrumbs items={[{ name: "Home", path: editionPath(ed) }, { name: author.name }]} />
      <AuthorProfile author={author} />
      <TeaserList teasers={teasers.items} emptyMessage={`No stories by ${author.name} yet.`} />
      <Pagination basePath={authorPath(ed, slug)} page={teasers.page} totalPages={teasers.totalPages} />
      <TeaserRail editionCode={ed} />
    </>
  );
}
