import Link from "next/link";
import type { ArticlePage } from "@/lib/data/views";
import { sectionPath } from "@/lib/urls";

type ArticleHeaderProps = Pick<ArticlePage, "editionCode" | "section" | "rubric" | "headline" | "standfirst" | "kind">;

const kindLabel: Partial<Record<ArticlePage["kind"], string>> = {
  analysis: "Analysis",
  opinion: "Opinion",
  video: "Video",
  live: "Live",
};

export function ArticleHeader({ editionCode, section, rubric, headline, standfirst, kind }: ArticleHeaderProps) {
  const kindText = kindLabel[kind];
  return (
    <header className="flex flex-col gap-3">
      <p className="flex flex-wrap items-center gap-3 text-sm font-bold uppercase tracking-wide">
        <Link href={sectionPath(editionCode, section.slug)} className="text-brand hover:underline">
          {section.name}
        </Link>
        {rubric && <span className="rounded bg-ink px-2 py-0.5 text-paper">{rubric}</span>}
        {kindText && <span className="text-muted">{kindText}</span>}
      </p>
      <h1 className="font-serif text-4xl font-bold leading-tight sm:text-5xl">{headline}</h1>
      {standfirst && <p className="text-xl leading-snug text-muted">{standfirst}</p>}
    </header>
  );
}
