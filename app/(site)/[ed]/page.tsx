import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/seo/JsonLd";
import { SectionBlock } from "@/components/teaser/SectionBlock";
import { Teaser } from "@/components/teaser/Teaser";
import { TeaserRail } from "@/components/teaser/TeaserRail";
import { getEdition } from "@/lib/data/editions";
import { getFrontPage } from "@/lib/data/front";
import { BUILD_PLACEHOLDER } from "@/lib/data/public";
import { env } from "@/lib/env";
import { webSiteJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { editionPath, feedPath } from "@/lib/urls";

type Props = { params: Promise<{ ed: string }> };

export function generateStaticParams() {
  return [{ ed: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const edition = await getEdition((await params).ed);
  if (!edition) notFound();
  return {
    ...pageMetadata({
      title: `${edition.name} – news as it happens`,
      description: `The latest news, analysis and opinion from ${edition.name}.`,
      path: editionPath(edition.code),
      edition,
      feed: { path: feedPath(editionPath(edition.code)), title: edition.name },
    }),
    title: { absolute: `${edition.name} – news as it happens` },
  };
}

export default async function FrontPageRoute({ params }: Props) {
  const { ed } = await params;
  const [edition, front] = await Promise.all([getEdition(ed), getFrontPage(ed)]);
  if (!edition || !front) notFound();
  return (
    <>
      <JsonLd data={webSiteJsonLd(env.SITE_URL, edition)} />
      <h1 className="sr-only">{edition.name}: top stories</h1>
      <section aria-label="Top stories" className="grid gap-8 lg:grid-cols-3">
        {front.lead && (
          <div className="lg:col-span-2">
            <Teaser teaser={front.lead} size="lead" headingLevel={2} />
          </div>
        )}
        <ul className="flex flex-col gap-6">
          {front.topStories.map((teaser) => (
            <li key={teaser.id} className="border-b border-rule pb-6 last:border-0">
              <Teaser teaser={teaser} size="medium" headingLevel={2} />
            </li>
          ))}
        </ul>
      </section>
      {front.lead === null && <p className="text-muted">No stories have been published yet.</p>}
      <div className="mt-12 grid gap-12 lg:grid-cols-3">
        <div className="flex flex-col gap-12 lg:col-span-2">
          {front.sectionBlocks.map((block) => (
            <SectionBlock key={block.section.slug} editionCode={ed} block={block} />
          ))}
        </div>
        <section aria-labelledby="latest" className="border-t-2 border-ink pt-3">
          <h2 id="latest" className="mb-4 font-serif text-2xl font-bold">
            Latest
          </h2>
          <ol className="flex flex-col gap-4">
            {front.latest.map((teaser) => (
              <li key={teaser.id} className="border-b border-rule pb-4 last:border-0">
                <Teaser teaser={teaser} size="small" />
              </li>
            ))}
          </ol>
        </section>
      </div>
      <TeaserRail editionCode={ed} />
    </>
  );
}
