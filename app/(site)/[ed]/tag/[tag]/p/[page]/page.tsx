import { notFound } from "next/navigation";
import { BUILD_PLACEHOLDER } from "@/lib/data/public";
import { parsePageParam } from "@/lib/urls";
import { TagListing, tagPageMetadata } from "../../tag-page";

// Reached through the `?page=N` rewrite in next.config.js.
type Props = { params: Promise<{ ed: string; tag: string; page: string }> };

export function generateStaticParams() {
  return [{ ed: BUILD_PLACEHOLDER, tag: BUILD_PLACEHOLDER, page: "1" }];
}

async function read(params: Props["params"]) {
  const { ed, tag, page } = await params;
  const n = parsePageParam(page);
  if (n === null) notFound();
  return { ed, tag, page: n };
}

export async function generateMetadata({ params }: Props) {
  const { ed, tag, page } = await read(params);
  return tagPageMetadata(ed, tag, page);
}

export default async function TagPageRoute({ params }: Props) {
  const { ed, tag, page } = await read(params);
  return <TagListing ed={ed} slug={tag} page={page} />;
}
