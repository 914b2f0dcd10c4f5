import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/article/ArticleBody";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { Byline } from "@/components/article/Byline";
import { Dateline } from "@/components/article/Dateline";
import { HeroFigure } from "@/components/article/HeroFigure";
import { ShareLinks } from "@/components/article/ShareLinks";
import { TagGroups } from "@/components/article/TagGroups";
import { Breadcrumbs } from "@/components/site/Breadcrumbs";
import { TeaserRail } from "@/components/teaser/TeaserRail";
import { getArticlePage } from "@/lib/data/articles";
import { getEdition } from "@/lib/data/editions";
import { BUILD_PLACEHOLDER } from "@/lib/data/public";
import { pageMetadata } from "@/lib/seo/metadata";
import { absoluteUrl } from "@/lib/seo/urls";
import { editionPath, sectionPath } from "@/lib/urls";

type Props = { params: Promise<{ ed: string; section: string; article: string }> };

export function generateStaticParams() {
  return [{ ed: BUILD_PLACEHOLDER, section: BUILD_PLACEHOLDER, article: BUILD_PLACEHOLDER }];
}

async function load(params: Props["params"]) {
  const { ed, section, article } = await params;
  const [edition, page] = await Promise.all([getEdition(ed), getArticlePage(ed, section, article)]);
  if (!edition || !page) notFound();
  return { edition, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await load(params);
  return pageMetadata({
    title: page.seoTitle || page.headline,
    description: page.seoDescription || page.standfirst,
    path: page.path,
  });
}

export default async function ArticleRoute({ params }: Props) {
  const { edition, page } = await load(params);
  const ed = edition.code;
  return (
    <>
      <article className="mx-auto flex max-w-3xl flex-col gap-6">
        <Breadcrumbs
          items={[
            { name: "Home", path: editionPath(ed) },
            { name: page.section.name, path: sectionPath(ed, page.section.slug) },
            { name: page.headline },
          ]}
        />
        <ArticleHeader {...page} />
        {page.hero && <HeroFigure hero={page.hero} />}
        <div className="flex flex-col gap-2 border-y border-rule py-3">
          <Byline {...page} />
          <Dateline firstPublishedAt={page.firstPublishedAt} lastUpdatedAt={page.lastUpdatedAt} edition={edition} />
        </div>
        <ArticleBody body={page.body} bodyImages={page.bodyImages} />
        <ShareLinks url={absoluteUrl(page.path)} headline={page.headline} />
        <TagGroups editionCode={ed} articleId={page.id} tags={page.tags} />
      </article>
      <TeaserRail editionCode={ed} excludeId={page.id} />
    </>
  );
}
