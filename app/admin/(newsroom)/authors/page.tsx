import type { Metadata } from "next";
import { ActionForm } from "@/components/admin/ActionForm.client";
import { AdminPager } from "@/components/admin/AdminPager";
import { AdminSearch } from "@/components/admin/AdminSearch";
import { AuthorTable } from "@/components/admin/AuthorTable";
import { requireStaffPage } from "@/lib/auth/session";
import { listAuthors } from "@/lib/newsroom/authors";
import { safePage } from "@/lib/newsroom/taxonomy";
import { createAuthorAction } from "./actions";
import { authorFields } from "./fields";

export const instant = false;

export const metadata: Metadata = { title: "Authors" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuthorsPage({ searchParams }: Props) {
  const staff = await requireStaffPage("taxonomy:manage");
  const params = await searchParams;
  const q = (typeof params.q === "string" ? params.q : "").trim().slice(0, 100);
  const [list, fields] = await Promise.all([listAuthors(staff, safePage(params.page), q), authorFields(staff)]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="font-serif text-3xl font-bold">Authors</h1>
      <AdminSearch action="/admin/authors" label="Search authors" q={q} />
      <AuthorTable items={list.items} />
      <AdminPager base="/admin/authors" page={list.page} totalPages={list.totalPages} q={q} />
      <section aria-labelledby="new-author" className="flex max-w-xl flex-col gap-2">
        <h2 id="new-author" className="text-lg font-semibold">
          New author
        </h2>
        <ActionForm
          action={createAuthorAction}
          fields={fields}
          initial={{ kind: "PERSON" }}
          submitLabel="Create author"
          title="New author"
        />
      </section>
    </div>
  );
}
