import type { RevisionHistory } from "@/lib/newsroom/editor-data";

interface RevisionListProps {
  history: RevisionHistory;
  from: number | null;
  to: number | null;
  /** The server action that restores a revision (a plain form post). */
  restore: (formData: FormData) => Promise<void>;
}

function when(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "medium", timeStyle: "medium" }).format(new Date(iso));
}

/**
 * Every revision, newest first, with two radio columns to pick a pair to compare (a GET form) and a
 * Restore button each (a POST form to the server action). Both work without JavaScript.
 */
export function RevisionList({ history, from, to, restore }: RevisionListProps) {
  const newest = history.revisions[0]?.version ?? null;
  const second = history.revisions[1]?.version ?? newest;
  const pickFrom = from ?? second;
  const pickTo = to ?? newest;
  return (
    <div className="flex flex-col gap-3">
      <form id="compare" method="get" className="hidden" />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Revisions, newest first</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pe-3">
                Revision
              </th>
              <th scope="col" className="py-2 pe-3">
                Saved
              </th>
              <th scope="col" className="py-2 pe-3">
                By
              </th>
              <th scope="col" className="py-2 pe-3">
                Note
              </th>
              <th scope="col" className="py-2 pe-3">
                Compare from
              </th>
              <th scope="col" className="py-2 pe-3">
                Compare to
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">Restore</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {history.revisions.map((r) => (
              <tr key={r.version} className="border-b border-rule align-middle">
                <th scope="row" className="py-2 pe-3">
                  {r.version}
                  {r.version === history.currentVersion && <span className="ms-1 text-xs text-muted">(current)</span>}
                </th>
                <td className="py-2 pe-3 whitespace-nowrap">
                  <time dateTime={r.createdAt}>{when(r.createdAt, history.timeZone)}</time>
                </td>
                <td className="py-2 pe-3">{r.by ?? "Scheduler"}</td>
                <td className="py-2 pe-3">{r.note}</td>
                <td className="py-2 pe-3">
                  <input
                    type="radio"
                    form="compare"
                    name="from"
                    value={r.version}
                    defaultChecked={r.version === pickFrom}
                    aria-label={`Compare from revision ${r.version}`}
                  />
                </td>
                <td className="py-2 pe-3">
                  <input
                    type="radio"
                    form="compare"
                    name="to"
                    value={r.version}
                    defaultChecked={r.version === pickTo}
                    aria-label={`Compare to revision ${r.version}`}
                  />
                </td>
                <td className="py-2">
                  {history.canRestore && r.version !== history.currentVersion && (
                    <form action={restore}>
                      <input type="hidden" name="articleId" value={history.articleId} />
                      <input type="hidden" name="revision" value={r.version} />
                      <input type="hidden" name="expectedVersion" value={history.currentVersion} />
                      <button
                        type="submit"
                        aria-label={`Restore revision ${r.version}`}
                        className="rounded border border-ink px-2 py-1 text-xs font-semibold hover:bg-wash"
                      >
                        Restore
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {history.revisions.length > 1 && (
        <p>
          <button
            type="submit"
            form="compare"
            className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper hover:bg-muted"
          >
            Compare selected revisions
          </button>
        </p>
      )}
    </div>
  );
}
