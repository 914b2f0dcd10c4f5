import { BUILD_PLACEHOLDER } from "@/lib/data/public";
import { SectionFront, sectionFrontMetadata } from "./section-front";

type Props = { params: Promise<{ ed: string; section: string }> };

export function generateStaticParams() {
  return [{ ed: BUILD_PLACEHOLDER, section: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props) {
  const { ed, section } = await params;
  return sectionFrontMetadata(ed, section, 1);
}

export default async function SectionFrontRoute({ params }: Props) {
  const { ed, section } = await params;
  return <SectionFront ed={ed} slug={section} page={1} />;
}
