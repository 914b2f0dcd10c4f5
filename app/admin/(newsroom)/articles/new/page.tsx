import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/admin/ArticleEditor.client";
import { requireStaffPage } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { getNewArticleEditor } from "@/lib/newsroom/editor-data";

export const instant = false;

export const metadata: Metadata = { title: "New article" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewArticlePage({ searchParams }: Props) {
  await requireStaffPage("article:create");
  const { ed } = await searchParams;
  const data = await getNewArticleEditor(typeof ed === "string" ? ed : env.DEFAULT_EDITION);
  if (!data) notFound();
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href="/admin/articles" className="underline">
          ← Articles
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">New article</h1>
      <ArticleEditor data={data} />
    </div>
  );
}
