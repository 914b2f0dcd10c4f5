import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/admin/ArticleEditor.client";
import { requireStaffPage } from "@/lib/auth/session";
import { getArticleEditor } from "@/lib/newsroom/editor-data";

export const instant = false;

export const metadata: Metadata = { title: "Edit article" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const NOTICES: Record<string, string> = {
  save: "Saved.",
  submit: "Submitted for review: an editor will publish it.",
  publish: "Published: readers see it now.",
  schedule: "Scheduled: it will appear by itself at its time.",
};

export default async function EditArticlePage({ params, searchParams }: Props) {
  await requireStaffPage("newsroom:enter");
  const { id } = await params;
  if (!/^[1-9][0-9]{0,9}$/.test(id)) notFound();
  // Another writer's article is "not found" rather than "forbidden": its existence is not shown.
  const data = await getArticleEditor(Number(id));
  if (!data?.article) notFound();
  const { done } = await searchParams;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href="/admin/articles" className="underline">
          ← Articles
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">Edit article</h1>
      <ArticleEditor
        key={`${data.article.id}`}
        data={data}
        notice={typeof done === "string" ? NOTICES[done] : undefined}
      />
    </div>
  );
}
