import Link from "next/link";
import type { SearchHit } from "@/lib/data/search";
import { formatDate } from "@/lib/format/dates";
import { Highlighted } from "./Highlighted";

interface SearchResultProps {
  hit: SearchHit;
  locale: string;
  timeZone: string;
}

/** One story in the results: section, highlighted headline, date and the words around the match. */
export function SearchResult({ hit, locale, timeZone }: SearchResultProps) {
  return (
    <article className="border-b border-rule pb-5">
      <p className="text-xs font-bold uppercase tracking-wide text-brand">{hit.rubric || hit.section.name}</p>
      <h2 className="mt-1 font-serif text-xl font-bold leading-tight">
        <Link href={hit.path} className="hover:underline">
          <Highlighted segments={hit.headlineSegments} />
        </Link>
      </h2>
      <p className="mt-2 text-muted">
        <time dateTime={hit.firstPublishedAt} className="font-semibold">
          {formatDate(hit.firstPublishedAt, locale, timeZone)}
        </time>
        {" — "}
        <Highlighted segments={hit.snippet} />
      </p>
    </article>
  );
}
