import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/site/NotFoundMessage";
import { BUILD_PLACEHOLDER } from "@/lib/data/public";
import { notIndexable } from "@/lib/seo/metadata";
import { editionPath } from "@/lib/urls";

// The body of the 404 answer for reader addresses that name nothing: proxy.ts fetches this page and
// sends it with status 404, so the message is in the HTML itself (a page's own notFound() leaves
// the body empty in Next 16: lib/routing/existence.ts).

export const metadata: Metadata = { title: "Page not found", robots: notIndexable };

export function generateStaticParams() {
  return [{ ed: BUILD_PLACEHOLDER }];
}

export default async function MissingPage({ params }: { params: Promise<{ ed: string }> }) {
  const { ed } = await params;
  return <NotFoundMessage homePath={editionPath(ed)} />;
}
