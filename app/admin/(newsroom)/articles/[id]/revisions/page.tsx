import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RevisionDiff } from "@/components/admin/RevisionDiff";
import { RevisionList } from "@/components/admin/RevisionList";
import { requireStaffPage } from "@/lib/auth/session";
import { compareRevisions, listRevisions } from "@/lib/newsroom/editor-data";
import { restoreRevisionAction } from "../../actions";

export const instant = false;

export const metadata: Metadata = { title: "Revisions" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const REFUSALS: Record<string, string> = {
  conflict: "Someone saved the article while you were looking: reload the page and restore again.",
  forbidden: "You cannot change this article.",
  "not-found": "That revision does not exist.",
  invalid: "That revision cannot be restored as it is (a section, tag, author or image it names is gone).",
  state: "The article cannot take that change in its current state.",
};

const version = (raw: string | string[] | undefined) =>
  typeof raw === "string" && /^[1-9][0-9]{0,6}$/.test(raw) ? Number(raw) : null;

export default async function RevisionsPage({ params, searchParams }: Props) {
  await requireStaffPage("newsroom:enter");
  const { id } = await params;
  if (!/^[1-9][0-9]{0,9}$/.test(id)) notFound();
  const history = await listRevisions(Number(id));
  if (!history) notFound();
  const query = await searchParams;
  const from = version(query.from);
  const to = version(query.to);
  const comparison = from && to ? await compareRevisions(history.articleId, from, to) : null;
  const restored = version(query.restored);
  const refused = typeof query.refused === "string" ? REFUSALS[query.refused] : undefined;
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href={`/admin/articles/${history.articleId}`} className="underline">
          ← Back to the editor
        </Link>
      </p>
      <div>
        <h1 className="font-serif text-3xl font-bold">Revisions</h1>
        <p className="text-muted">{history.headline}</p>
      </div>
      {restored && (
        <p role="status" className="rounded border border-green-800 bg-green-50 px-3 py-2 text-sm text-green-900">
          Revision {restored} was restored as revision {history.currentVersion}.
        </p>
      )}
      {refused && (
        <p role="alert" className="rounded border border-brand-dark bg-red-50 px-3 py-2 text-sm text-brand-dark">
          {refused}
        </p>
      )}
      {comparison && <RevisionDiff comparison={comparison} />}
      <RevisionList history={history} from={from} to={to} restore={restoreRevisionAction} />
    </div>
  );
}
