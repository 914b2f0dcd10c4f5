import Link from "next/link";
import { listingPagePath } from "@/lib/urls";

interface PaginationProps {
  /** The listing's own path; page N is `?page=N`. */
  basePath: string;
  page: number;
  totalPages: number;
}

export function Pagination({ basePath, page, totalPages }: PaginationProps) {
  if (totalPages <= 1) return null;
  const link = "rounded border border-rule px-3 py-1.5 hover:border-ink";
  return (
    <nav aria-label="Pagination" className="mt-8 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={listingPagePath(basePath, page - 1)} rel="prev" className={link}>
          ← Newer stories
        </Link>
      ) : (
        <span />
      )}
      <p className="text-muted">
        Page {page} of {totalPages}
      </p>
      {page < totalPages ? (
        <Link href={listingPagePath(basePath, page + 1)} rel="next" className={link}>
          Older stories →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
