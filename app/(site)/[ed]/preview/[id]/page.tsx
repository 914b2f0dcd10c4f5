import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article/ArticleView";
import { StatusBadge } from "@/components/admin/StatusBadge";
import { requireStaffPage } from "@/lib/auth/session";
import { getEdition } from "@/lib/data/editions";
import { BUILD_PLACEHOLDER } from "@/lib/data/public";
import { getArticlePreview } from "@/lib/newsroom/preview";

// An article in any state inside the reader's chrome, exactly as readers will see it, for staff who
// may see it. Rendered per request and in one piece: it reads the session, so it is never cached
// (Next sends `private, no-store`), and proxy.ts gives it the nonce CSP of the newsroom.
export const instant = false;

export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false } };

export function generateStaticParams() {
  return [{ ed: BUILD_PLACEHOLDER, id: BUILD_PLACEHOLDER }];
}

type Props = { params: Promise<{ ed: string; id: string }> };

export default async function PreviewRoute({ params }: Props) {
  const { ed, id } = await params;
  if (!/^[1-9][0-9]{0,9}$/.test(id)) notFound();
  // Signed out → the sign-in page; then the article itself: another writer's draft is a 404.
  await requireStaffPage("newsroom:enter");
  const [edition, preview] = await Promise.all([getEdition(ed), getArticlePreview(Number(id))]);
  if (!edition || !preview || preview.page.editionCode !== edition.code) notFound();
  return (
    <>
      <aside
        aria-label="Preview"
        className="mb-6 flex flex-wrap items-center gap-3 rounded border border-dashed border-brand-dark bg-red-50 px-4 py-2 text-sm"
      >
        <strong>Preview</strong>
        <StatusBadge status={preview.status} />
        <span className="text-muted">
          {preview.status === "PUBLISHED"
            ? "This is the published version."
            : "Only signed-in staff can see this page; readers cannot."}
        </span>
        <a href={`/admin/articles/${preview.page.id}`} className="ms-auto underline">
          Back to the editor
        </a>
      </aside>
      <ArticleView edition={edition} page={preview.page} />
    </>
  );
}
