import { BUILD_PLACEHOLDER } from "@/lib/data/public";
import { AuthorListing, authorPageMetadata } from "./author-page";

type Props = { params: Promise<{ ed: string; author: string }> };

export function generateStaticParams() {
  return [{ ed: BUILD_PLACEHOLDER, author: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props) {
  const { ed, author } = await params;
  return authorPageMetadata(ed, author, 1);
}

export default async function AuthorRoute({ params }: Props) {
  const { ed, author } = await params;
  return <AuthorListing ed={ed} slug={author} page={1} />;
}
