import { BUILD_PLACEHOLDER } from "@/lib/data/public";
import { TagListing, tagPageMetadata } from "./tag-page";

type Props = { params: Promise<{ ed: string; tag: string }> };

export function generateStaticParams() {
  return [{ ed: BUILD_PLACEHOLDER, tag: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props) {
  const { ed, tag } = await params;
  return tagPageMetadata(ed, tag, 1);
}

export default async function TagRoute({ params }: Props) {
  const { ed, tag } = await params;
  return <TagListing ed={ed} slug={tag} page={1} />;
}
