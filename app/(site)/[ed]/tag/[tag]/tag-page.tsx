import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/site/Breadcrumbs";
import { ListingHeader } from "@/components/site/ListingHeader";
import { Pagination } from "@/components/site/Pagination";
import { TeaserList } from "@/components/teaser/TeaserList";
import { TeaserRail } from "@/components/teaser/TeaserRail";
import { getTagPage } from "@/lib/data/tags";
import { pageMetadata } from "@/lib/seo/metadata";
import { editionPath, tagPath } from "@/lib/urls";

// A tag page, shared by its first page and the others (?page=N → p/N).

export async function tagPageMetadata(ed: string, slug: string, page: number): Promise<Metadata> {
  const data = await getTagPage(ed, slug, page);
  if (!data) notFound();
  return pageMetadata({
    title: data.tag.name,
    description: data.tag.description || `Stories about ${data.tag.name}.`,
    path: tagPath(ed, slug),
    page,
  });
}

export async function TagListing({ ed, slug, page }: { ed: string; slug: string; page: number }) {
  const data = await getTagPage(ed, slug, page);
  if (!data) notFound();
  const { tag, teasers } = data;
  return (
    <>
      <Breadcrumbs items={[{ name: "Home", path: editionPath(ed) }, { name: tag.name }]} />
      <ListingHeader label="Topic" title={tag.name} description={tag.description} />
      <TeaserList teasers={teasers.items} emptyMessage="No stories on this topic yet." />
      <Pagination basePath={tagPath(ed, slug)} page={teasers.page} totalPages={teasers.totalPages} />
      <TeaserRail editionCode={ed} />
    </>
  );
}
