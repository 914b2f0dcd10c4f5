import type { RevisionComparison } from "@/lib/newsroom/editor-data";

interface RevisionDiffProps {
  comparison: RevisionComparison;
}

/** Two revisions field by field: changed fields first and marked, unchanged ones listed after. */
export function RevisionDiff({ comparison }: RevisionDiffProps) {
  const changed = comparison.fields.filter((f) => f.changed);
  const unchanged = comparison.fields.filter((f) => !f.changed);
  return (
    <section aria-labelledby="comparison-heading" className="flex flex-col gap-3">
      <h2 id="comparison-heading" className="font-serif text-2xl font-bold">
        Revision {comparison.from} compared with revision {comparison.to}
      </h2>
      {changed.length === 0 ? (
        <p className="text-muted">These two revisions are the same.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Fields that differ</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="w-40 py-2 pe-3">
                  Field
                </th>
                <th scope="col" className="py-2 pe-3">
                  Revision {comparison.from}
                </th>
                <th scope="col" className="py-2">
                  Revision {comparison.to}
                </th>
              </tr>
            </thead>
            <tbody>
              {changed.map((f) => (
                <tr key={f.field} className="border-b border-rule align-top" data-field={f.field}>
                  <th scope="row" className="py-2 pe-3">
                    {f.label}
                  </th>
                  <td className="bg-red-50 py-2 pe-3 whitespace-pre-wrap">
                    <del className="no-underline">{f.before || "(empty)"}</del>
                  </td>
                  <td className="bg-green-50 py-2 whitespace-pre-wrap">
                    <ins className="no-underline">{f.after || "(empty)"}</ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {unchanged.length > 0 && (
        <p className="text-sm text-muted">Unchanged: {unchanged.map((f) => f.label).join(", ")}.</p>
      )}
    </section>
  );
}
