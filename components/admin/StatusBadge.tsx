import type { ArticleStatus } from "@/lib/newsroom/articles";

// An article's workflow state as the newsroom sees it, with a missed schedule called out (the
// scheduler records how late a publication fired when the server was down at its time).

const LABELS: Record<ArticleStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  WITHDRAWN: "Withdrawn",
};

const COLOURS: Record<ArticleStatus, string> = {
  DRAFT: "border-rule bg-wash text-ink",
  IN_REVIEW: "border-amber-700 bg-amber-50 text-amber-900",
  SCHEDULED: "border-sky-800 bg-sky-50 text-sky-900",
  PUBLISHED: "border-green-800 bg-green-50 text-green-900",
  WITHDRAWN: "border-brand-dark bg-red-50 text-brand-dark",
};

/** "Published 12 s late — missed schedule", or null when the publication was on time. */
export function missedScheduleText(publishedLateMs: number | null): string | null {
  if (publishedLateMs === null) return null;
  return `Published ${Math.max(1, Math.round(publishedLateMs / 1000))} s late — missed schedule`;
}

interface StatusBadgeProps {
  status: ArticleStatus;
  publishedLateMs?: number | null;
}

export function StatusBadge({ status, publishedLateMs = null }: StatusBadgeProps) {
  const missed = status === "PUBLISHED" ? missedScheduleText(publishedLateMs) : null;
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <span className={`rounded border px-1.5 py-0.5 text-xs font-semibold uppercase ${COLOURS[status]}`}>
        {LABELS[status]}
      </span>
      {missed && <span className="text-xs font-semibold text-brand-dark">{missed}</span>}
    </span>
  );
}
