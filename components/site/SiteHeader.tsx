import Link from "next/link";
import type { EditionView, SectionLink } from "@/lib/data/views";
import { editionPath, searchPath, sectionPath } from "@/lib/urls";

interface SiteHeaderProps {
  edition: Pick<EditionView, "code" | "name">;
  sections: SectionLink[];
  /** The section the page belongs to, marked as current in the navigation. */
  currentSection?: string;
}

export function SiteHeader({ edition, sections, currentSection }: SiteHeaderProps) {
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href={editionPath(edition.code)} className="font-serif text-3xl font-bold tracking-tight text-brand">
          {edition.name}
        </Link>
        {/* A plain GET form: search works without JavaScript. */}
        <form action={searchPath(edition.code)} method="get" role="search" className="flex items-center gap-2">
          <label htmlFor="site-search" className="sr-only">
            Search {edition.name}
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            maxLength={200}
            placeholder="Search"
            className="w-40 rounded border border-muted px-3 py-1.5 text-sm sm:w-56"
          />
          <button type="submit" className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper">
            Search
          </button>
        </form>
      </div>
      <nav aria-label="Sections" className="border-t border-rule">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-5 gap-y-1 px-4 py-2 text-sm font-semibold">
          {sections.map((section) => (
            <li key={section.slug}>
              <Link
                href={sectionPath(edition.code, section.slug)}
                aria-current={section.slug === currentSection ? "page" : undefined}
                className="hover:text-brand aria-[current=page]:text-brand aria-[current=page]:underline"
              >
                {section.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
