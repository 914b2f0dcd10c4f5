import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article/ArticleView";
import { JsonLd } from "@/components/seo/JsonLd";
import { getArticlePage } from "@/lib/data/articles";
import { getEdition } from "@/lib/data/editions";
import { BUILD_PLACEHOLDER } from "@/lib/data/public";
import { env } from "@/lib/env";
import { articleJsonLd, breadcrumbJsonLd } from "@/lib/seo/json-ld";
import { articleMetadata } from "@/lib/seo/metadata";
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
  const { edition, page } = await load(params);
  return articleMetadata(edition, page);
}

export default async function ArticleRoute({ params }: Props) {
  const { edition, page } = await load(params);
  const crumbs = [
    { name: "Home", path: editionPath(edition.code) },
    { name: page.section.name, path: sectionPath(edition.code, page.section.slug) },
    { name: page.headline },
  ];
  return (
    <>
      <JsonLd data={articleJsonLd(env.SITE_URL, edition, page)} />
      <JsonLd data={breadcrumbJsonLd(env.SITE_URL, crumbs, page.path)} />
      <ArticleView edition={edition} page={page} />
    </>
  );
}
