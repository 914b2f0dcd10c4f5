import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article/ArticleView";
import { getArticlePage } from "@/lib/data/articles";
import { getEdition } from "@/lib/data/editions";
import { BUILD_PLACEHOLDER } from "@/lib/data/public";
import { pageMetadata } from "@/lib/seo/metadata";

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
  return <ArticleView edition={edition} page={page} />;
}
