import { listDontMiss, DONT_MISS_COUNT } from "@/lib/data/dont-miss";
import { Teaser } from "./Teaser";

interface TeaserRailProps {
  editionCode: string;
  /** The article the rail is shown on: never one of its own picks. */
  excludeId?: number;
}

/** "Don't miss": the editors' picks, fetched here so any page can place the rail. */
export async function TeaserRail({ editionCode, excludeId }: TeaserRailProps) {
  const picks = (await listDontMiss(editionCode)).filter((t) => t.id !== excludeId).slice(0, DONT_MISS_COUNT);
  if (picks.length === 0) return null;
  return (
    <section aria-labelledby="dont-miss" className="mt-12 border-t-4 border-ink pt-4">
      <h2 id="dont-miss" className="mb-4 font-serif text-2xl font-bold">
        Don’t miss
      </h2>
      <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {picks.map((teaser) => (
          <li key={teaser.id}>
            <Teaser teaser={teaser} size="medium" />
          </li>
        ))}
      </ul>
    </section>
  );
}
