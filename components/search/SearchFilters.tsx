import type { SectionLink } from "@/lib/data/views";
import type { SearchRequest } from "@/lib/search/params";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";

interface SearchFiltersProps {
  action: string;
  request: SearchRequest;
  sections: SectionLink[];
}

/**
 * The query with its section and date filters: a plain GET form, so it works without JavaScript.
 * Not a second "search" landmark: the header's form stays the one search box of every page.
 */
export function SearchFilters({ action, request, sections }: SearchFiltersProps) {
  const field = "rounded border border-muted px-3 py-1.5";
  return (
    <form
      action={action}
      method="get"
      aria-label="Refine your search"
      className="mb-8 flex flex-wrap items-end gap-4 text-sm"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="search-q" className="font-semibold">
          Words
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={request.q}
          maxLength={MAX_QUERY_LENGTH}
          className={`${field} w-64`}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="search-section" className="font-semibold">
          Section
        </label>
        <select id="search-section" name="section" defaultValue={request.section ?? ""} className={field}>
          <option value="">All sections</option>
          {sections.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="search-from" className="font-semibold">
          From
        </label>
        <input id="search-from" name="from" type="date" defaultValue={request.from ?? ""} className={field} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="search-to" className="font-semibold">
          To
        </label>
        <input id="search-to" name="to" type="date" defaultValue={request.to ?? ""} className={field} />
      </div>
      <button type="submit" className="rounded bg-ink px-4 py-1.5 font-semibold text-paper">
        Filter results
      </button>
    </form>
  );
}
