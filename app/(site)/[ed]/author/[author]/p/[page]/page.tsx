import { notFound } from "next/navigation";
import { BUILD_PLACEHOLDER } from "@/lib/data/public";
import { parsePageParam } from "@/lib/urls";
import { AuthorListing, authorPageMetadata } from "../../author-page";

// Reached through the `?page=N` rewrite in next.config.js.
type Props = { params: Promise<{ ed: string; author: string; page: string }> };

export function generateStaticParams() {
  return [{ ed: BUILD_PLACEHOLDER, author: BUILD_PLACEHOLDER, page: "1" }];
}

async function read(params: Props["params"]) {
  const { ed, author, page } = await params;
  const n = parsePageParam(page);
  if (n === null) notFound();
  return { ed, author, page: n };
}

export async function generateMetadata({ params }: Props) {
  const { ed, author, page } = await read(params);
  return authorPageMetadata(ed, author, page);
}

export default async function AuthorPageRoute({ params }: Props) {
  const { ed, author, page } = await read(params);
  return <AuthorListing ed={ed} slug={author} page={page} />;
}
