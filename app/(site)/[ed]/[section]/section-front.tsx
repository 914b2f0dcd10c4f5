import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/seo/JsonLd";
import { Breadcrumbs } from "@/components/site/Breadcrumbs";
import { ListingHeader } from "@/components/site/ListingHeader";
import { Pagination } from "@/components/site/Pagination";
import { TeaserList } from "@/components/teaser/TeaserList";
import { TeaserRail } from "@/components/teaser/TeaserRail";
import { getEdition } from "@/lib/data/editions";
import { getSectionPage } from "@/lib/data/sections";
import { env } from "@/lib/env";
import { breadcrumbJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { editionPath, feedPath, listingPagePath, sectionPath } from "@/lib/urls";

// A section front, shared by its first page (/{ed}/{section}) and the others (?page=N → p/N).

export async function sectionFrontMetadata(ed: string, slug: string, page: number): Promise<Metadata> {
  const [edition, data] = await Promise.all([getEdition(ed), getSectionPage(ed, slug, page)]);
  if (!edition || !data) notFound();
  return pageMetadata({
    title: data.section.name,
    description: data.section.description || `The latest ${data.section.name} stories.`,
    path: sectionPath(ed, slug),
    page,
    edition,
    feed: { path: feedPath(sectionPath(ed, slug)), title: `${data.section.name} | ${edition.name}` },
  });
}

export async function SectionFront({ ed, slug, page }: { ed: string; slug: string; page: number }) {
  const data = await getSectionPage(ed, slug, page);
  if (!data) notFound();
  const { section, teasers } = data;
  const crumbs = [{ name: "Home", path: editionPath(ed) }, { name: section.name }];
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(env.SITE_URL, crumbs, listingPagePath(sectionPath(ed, slug), page))} />
      <Breadcrumbs items={crumbs} />
      <ListingHeader title={section.name} description={section.description} />
      <TeaserList teasers={teasers.items} emptyMessage="No stories in this section yet." />
      <Pagination basePath={sectionPath(ed, slug)} page={teasers.page} totalPages={teasers.totalPages} />
      <TeaserRail editionCode={ed} />
    </>
  );
}
