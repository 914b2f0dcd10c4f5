import Link from "next/link";
import type { Teaser as TeaserView } from "@/lib/data/views";
import { ReadMoreLink } from "./ReadMoreLink";
import { TeaserImage } from "./TeaserImage";

export type TeaserSize = "lead" | "large" | "medium" | "small";

interface TeaserProps {
  teaser: TeaserView;
  size: TeaserSize;
  /** The heading level in the page's outline. */
  headingLevel?: 2 | 3;
  /** Label above the headline: the rubric when there is one, else the section (default). */
  label?: "section" | "none";
}

const headlineClass: Record<TeaserSize, string> = {
  lead: "text-3xl sm:text-4xl",
  large: "text-2xl",
  medium: "text-lg",
  small: "text-base",
};

const imageSizes: Record<TeaserSize, string> = {
  lead: "(min-width: 1024px) 720px, 100vw",
  large: "(min-width: 1024px) 480px, 100vw",
  medium: "(min-width: 1024px) 320px, 50vw",
  small: "160px",
};

export function Teaser({ teaser, size, headingLevel = 3, label = "section" }: TeaserProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const labelText = teaser.rubric || teaser.section.name;
  return (
    <article className="group relative flex flex-col gap-2">
      {teaser.image && size !== "small" && (
        <TeaserImage image={teaser.image} sizes={imageSizes[size]} priority={size === "lead"} />
      )}
      {label === "section" && <p className="text-xs font-bold uppercase tracking-wide text-brand">{labelText}</p>}
      <Heading className={`font-serif font-bold leading-tight ${headlineClass[size]}`}>
        <Link href={teaser.path} className="hover:underline">
          {teaser.headline}
        </Link>
      </Heading>
      {(size === "lead" || size === "large") && teaser.standfirst && <p className="text-muted">{teaser.standfirst}</p>}
      {size !== "small" && <ReadMoreLink path={teaser.path} headline={teaser.headline} />}
    </article>
  );
}
