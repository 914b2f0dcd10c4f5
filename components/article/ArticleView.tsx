import { ArticleBody } from "@/components/article/ArticleBody";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { Byline } from "@/components/article/Byline";
import { Dateline } from "@/components/article/Dateline";
import { HeroFigure } from "@/components/article/HeroFigure";
import { ShareLinks } from "@/components/article/ShareLinks";
import { TagGroups } from "@/components/article/TagGroups";
import { Breadcrumbs } from "@/components/site/Breadcrumbs";
import { TeaserRail } from "@/components/teaser/TeaserRail";
import type { ArticlePage, EditionView } from "@/lib/data/views";
import { absoluteUrl } from "@/lib/seo/urls";
import { editionPath, sectionPath } from "@/lib/urls";

interface ArticleViewProps {
  edition: EditionView;
  page: ArticlePage;
}

/** An article as readers see it: the public page and the newsroom's preview both render this. */
export function ArticleView({ edition, page }: ArticleViewProps) {
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
