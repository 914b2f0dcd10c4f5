import type { Teaser as TeaserView } from "@/lib/data/views";
import { Teaser } from "./Teaser";

interface TeaserListProps {
  teasers: TeaserView[];
  emptyMessage: string;
}

/** The paginated list of a section, tag or author page. */
export function TeaserList({ teasers, emptyMessage }: TeaserListProps) {
  if (teasers.length === 0) return <p className="text-muted">{emptyMessage}</p>;
  return (
    <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
      {teasers.map((teaser) => (
        <li key={teaser.id}>
          <Teaser teaser={teaser} size="medium" headingLevel={2} />
        </li>
      ))}
    </ul>
  );
}
