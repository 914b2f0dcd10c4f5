import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { JsonLd } from "@/components/seo/JsonLd";
import { Breadcrumbs } from "@/components/site/Breadcrumbs";
import { ListingHeader } from "@/components/site/ListingHeader";
import { Pagination } from "@/components/site/Pagination";
import { TeaserList } from "@/components/teaser/TeaserList";
import { TeaserRail } from "@/components/teaser/TeaserRail";
import { getEdition } from "@/lib/data/editions";
import { getTagPage, getTagRedirect } from "@/lib/data/tags";
import { env } from "@/lib/env";
import { breadcrumbJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { editionPath, feedPath, listingPagePath, tagPath } from "@/lib/urls";

// A tag page, shared by its first page and the others (?page=N → p/N).

/** An unknown tag: 308 to where a merge or a new slug sent its address, else a real 404. */
async function missingTag(ed: string, slug: string, page: number): Promise<never> {
  const to = await getTagRedirect(ed, slug);
  if (to) permanentRedirect(listingPagePath(to, page));
  notFound();
}

export async function tagPageMetadata(ed: string, slug: string, page: number): Promise<Metadata> {
  const [edition, data] = await Promise.all([getEdition(ed), getTagPage(ed, slug, page)]);
  if (!edition) notFound();
  if (!data) return missingTag(ed, slug, page);
  return pageMetadata({
    title: data.tag.name,
    description: data.tag.description || `Stories about ${data.tag.name}.`,
    path: tagPath(ed, slug),
    page,
    edition,
    feed: { path: feedPath(tagPath(ed, slug)), title: `${data.tag.name} | ${edition.name}` },
  });
}

export async function TagListing({ ed, slug, page }: { ed: string; slug: string; page: number }) {
  const data = await getTagPage(ed, slug, page);
  if (!data) return missingTag(ed, slug, page);
  const { tag, teasers } = data;
  const crumbs = [{ name: "Home", path: editionPath(ed) }, { name: tag.name }];
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(env.SITE_URL, crumbs, listingPagePath(tagPath(ed, slug), page))} />
      <Breadcrumbs items={crumbs} />
      <ListingHeader label="Topic" title={tag.name} description={tag.description} />
      <TeaserList teasers={teasers.items} emptyMessage="No stories on this topic yet." />
      <Pagination basePath={tagPath(ed, slug)} page={teasers.page} totalPages={teasers.totalPages} />
      <TeaserRail editionCode={ed} />
    </>
  );
}
