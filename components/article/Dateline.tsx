import type { ArticlePage, EditionView } from "@/lib/data/views";
import { formatDateTime } from "@/lib/format/dates";

interface DatelineProps extends Pick<ArticlePage, "firstPublishedAt" | "lastUpdatedAt"> {
  edition: Pick<EditionView, "locale" | "timeZone">;
}

/** When the story was first published and last updated, in the edition's language and time zone. */
export function Dateline({ firstPublishedAt, lastUpdatedAt, edition }: DatelineProps) {
  const show = (iso: string) => formatDateTime(iso, edition.locale, edition.timeZone);
  return (
    <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted">
      <div className="flex gap-1">
        <dt>Latest update:</dt>
        <dd>
          <time dateTime={lastUpdatedAt}>{show(lastUpdatedAt)}</time>
        </dd>
      </div>
      <div className="flex gap-1">
        <dt>Date created:</dt>
        <dd>
          <time dateTime={firstPublishedAt}>{show(firstPublishedAt)}</time>
        </dd>
      </div>
    </dl>
  );
}
