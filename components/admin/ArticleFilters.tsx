import Link from "next/link";
import type { ArticleListQuery, ListFilterOptions, StatusFilter } from "@/lib/newsroom/article-list";

const STATUS_CHOICES: { value: StatusFilter; label: string }[] = [
  { value: "draft", label: "Draft" },
  { value: "in-review", label: "In review" },
  { value: "scheduled", label: "Scheduled" },
  { value: "published", label: "Published" },
  { value: "withdrawn", label: "Withdrawn" },
];

interface ArticleFiltersProps {
  query: ArticleListQuery;
  options: Pick<ListFilterOptions, "sections" | "authors">;
}

const field = "flex flex-col gap-1 text-sm";
const control = "rounded border border-rule bg-paper px-2 py-1.5";

/** The list's filters: a plain GET form, so it works (and can be bookmarked) without JavaScript. */
export function ArticleFilters({ query, options }: ArticleFiltersProps) {
  const editions = new Set(options.sections.map((s) => s.editionCode));
  return (
    <form method="get" action="/admin/articles" role="search" className="flex flex-wrap items-end gap-3">
      <label className={field}>
        <span className="font-semibold">Search headlines</span>
        <input type="search" name="q" defaultValue={query.q ?? ""} maxLength={200} className={`${control} w-64`} />
      </label>
      <label className={field}>
        <span className="font-semibold">Status</span>
        <select name="status" defaultValue={query.status ?? ""} className={control}>
          <option value="">Any status</option>
          {STATUS_CHOICES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label className={field}>
        <span className="font-semibold">Section</span>
        <select name="section" defaultValue={query.section ?? ""} className={control}>
          <option value="">Any section</option>
          {options.sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
              {editions.size > 1 ? ` (${s.editionCode})` : ""}
            </option>
          ))}
        </select>
      </label>
      <label className={field}>
        <span className="font-semibold">Author</span>
        <select name="author" defaultValue={query.author ?? ""} className={control}>
          <option value="">Any author</option>
          {options.authors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper hover:bg-muted">
        Filter
      </button>
      <Link href="/admin/articles" className="py-1.5 text-sm underline">
        Clear
      </Link>
    </form>
  );
}
