import Link from "next/link";
import type { SectionBlock as SectionBlockView } from "@/lib/data/views";
import { sectionPath } from "@/lib/urls";
import { Teaser } from "./Teaser";

/** A section's newest stories on the front page. */
export function SectionBlock({ editionCode, block }: { editionCode: string; block: SectionBlockView }) {
  const [first, ...rest] = block.teasers;
  const headingId = `section-${block.section.slug}`;
  return (
    <section aria-labelledby={headingId} className="border-t-2 border-ink pt-3">
      <h2 id={headingId} className="mb-4 font-serif text-2xl font-bold">
        <Link href={sectionPath(editionCode, block.section.slug)} className="hover:text-brand">
          {block.section.name}
        </Link>
      </h2>
      <div className="grid gap-6 md:grid-cols-2">
        {first && <Teaser teaser={first} size="large" label="none" />}
        <ul className="flex flex-col gap-4">
          {rest.map((teaser) => (
            <li key={teaser.id} className="border-b border-rule pb-4 last:border-0">
              <Teaser teaser={teaser} size="small" label="none" />
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
