import Link from "next/link";

interface SearchPaginationProps {
  page: number;
  totalPages: number;
  /** The address of page N with the same query and filters. */
  hrefFor: (page: number) => string;
}

/** Previous and next pages of results (ranked, so "more" rather than "older"). */
export function SearchPagination({ page, totalPages, hrefFor }: SearchPaginationProps) {
  if (totalPages <= 1) return null;
  const link = "rounded border border-rule px-3 py-1.5 hover:border-ink";
  return (
    <nav aria-label="Pages of results" className="mt-8 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={link}>
          ← Previous results
        </Link>
      ) : (
        <span />
      )}
      <p className="text-muted">
        Page {page} of {totalPages}
      </p>
      {page < totalPages ? (
        <Link href={hrefFor(page + 1)} rel="next" className={link}>
          More results →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
