import { notFound } from "next/navigation";
import { BUILD_PLACEHOLDER } from "@/lib/data/public";
import { parsePageParam } from "@/lib/urls";
import { SectionFront, sectionFrontMetadata } from "../../section-front";

// Reached through the `?page=N` rewrite in next.config.js.
type Props = { params: Promise<{ ed: string; section: string; page: string }> };

export function generateStaticParams() {
  return [{ ed: BUILD_PLACEHOLDER, section: BUILD_PLACEHOLDER, page: "1" }];
}

async function read(params: Props["params"]) {
  const { ed, section, page } = await params;
  const n = parsePageParam(page);
  if (n === null) notFound();
  return { ed, section, page: n };
}

export async function generateMetadata({ params }: Props) {
  const { ed, section, page } = await read(params);
  return sectionFrontMetadata(ed, section, page);
}

export default async function SectionFrontPageRoute({ params }: Props) {
  const { ed, section, page } = await read(params);
  return <SectionFront ed={ed} slug={section} page={page} />;
}
