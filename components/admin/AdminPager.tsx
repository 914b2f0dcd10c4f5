import Link from "next/link";

// Previous / next links of a newsroom list, keeping its search. Plain links: no JavaScript needed.

interface AdminPagerProps {
  /** The list's address without a page, e.g. "/admin/tags". */
  base: string;
  page: number;
  totalPages: number;
  q?: string;
}

function hrefFor(base: string, page: number, q: string | undefined): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}

const pager = "rounded border border-rule px-3 py-1.5 hover:border-ink";

export function AdminPager({ base, page, totalPages, q }: AdminPagerProps) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(base, page - 1, q)} rel="prev" prefetch={false} className={pager}>
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={hrefFor(base, page + 1, q)} rel="next" prefetch={false} className={pager}>
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
