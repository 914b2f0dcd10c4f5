import Link from "next/link";
import type { ArticleListItem } from "@/lib/newsroom/article-list";
import { StatusBadge } from "./StatusBadge";

interface ArticleTableProps {
  items: ArticleListItem[];
  /** Time zone of each edition, to show times as its newsroom reads them. */
  timeZones: Record<string, string>;
}

function when(iso: string, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

/** The newsroom's article list: one row per article, newest change first. */
export function ArticleTable({ items, timeZones }: ArticleTableProps) {
  if (items.length === 0) return <p className="text-muted">No articles match these filters.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Articles, most recently changed first</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pe-3">
              Headline
            </th>
            <th scope="col" className="py-2 pe-3">
              Status
            </th>
            <th scope="col" className="py-2 pe-3">
              Section
            </th>
            <th scope="col" className="py-2 pe-3">
              Authors
            </th>
            <th scope="col" className="py-2 pe-3">
              Created by
            </th>
            <th scope="col" className="py-2">
              Last change
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const tz = timeZones[item.editionCode];
            return (
              <tr key={item.id} className="border-b border-rule align-top">
                <th scope="row" className="py-2 pe-3 font-normal">
                  <Link href={`/admin/articles/${item.id}`} className="font-semibold underline hover:text-brand-dark">
                    {item.headline}
                  </Link>
                  {item.publicPath && (
                    <a href={item.publicPath} className="ms-2 text-xs text-muted underline">
                      view
                    </a>
                  )}
                </th>
                <td className="py-2 pe-3">
                  <div className="flex flex-col gap-1">
                    <StatusBadge status={item.status} publishedLateMs={item.publishedLateMs} />
                    {item.heldBy && <span className="text-xs text-muted">Held by {item.heldBy}</span>}
                    {item.status === "SCHEDULED" && item.publishAt && (
                      <span className="text-xs text-muted">for {when(item.publishAt, tz)}</span>
                    )}
                  </div>
                </td>
                <td className="py-2 pe-3">{item.section}</td>
                <td className="py-2 pe-3">{item.authors.join(", ")}</td>
                <td className="py-2 pe-3">{item.createdBy ?? "—"}</td>
                <td className="py-2 whitespace-nowrap">
                  <time dateTime={item.updatedAt}>{when(item.updatedAt, tz)}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
