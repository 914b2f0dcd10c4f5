import type { Metadata } from "next";
import { ActionForm, type FormField } from "@/components/admin/ActionForm.client";
import { AdminPager } from "@/components/admin/AdminPager";
import { AdminSearch } from "@/components/admin/AdminSearch";
import { EditionTabs } from "@/components/admin/EditionTabs";
import { TagTable } from "@/components/admin/TagTable";
import { requireStaffPage } from "@/lib/auth/session";
import { listEditions } from "@/lib/newsroom/editor-data";
import { listTagChoices, listTags } from "@/lib/newsroom/tags";
import { safePage } from "@/lib/newsroom/taxonomy";
import { createTagAction, mergeTagsAction } from "./actions";
import { TAG_FIELDS } from "./fields";

export const instant = false;

export const metadata: Metadata = { title: "Tags" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

export default async function TagsPage({ searchParams }: Props) {
  const staff = await requireStaffPage("taxonomy:manage");
  const params = await searchParams;
  const editions = await listEditions();
  const edition = editions.find((e) => e.code === params.ed) ?? editions[0];
  if (!edition) return <p>No edition exists yet.</p>;
  const q = one(params.q).trim().slice(0, 100);
  const [list, choices] = await Promise.all([
    listTags(staff, edition.code, safePage(params.page), q),
    listTagChoices(staff, edition.code),
  ]);
  const options = [
    { value: "", label: "Choose a tag…" },
    ...choices.map((t) => ({ value: String(t.id), label: `${t.name} (${t.slug})` })),
  ];
  const mergeFields: readonly FormField[] = [
    { name: "fromId", label: "Merge this tag (it goes away)", kind: "select", options, required: true },
    {
      name: "intoId",
      label: "Into this tag (it stays)",
      kind: "select",
      options,
      required: true,
      hint: "The first tag's stories move to the second, and its page redirects there.",
    },
  ];
  return (
    <div className="flex flex-col gap-6">
      <h1 className="font-serif text-3xl font-bold">Tags</h1>
      <EditionTabs base="/admin/tags" current={edition.code} editions={editions} />
      <AdminSearch action="/admin/tags" label="Search tags" q={q} />
      <p className="text-sm text-muted">
        {list.total} tag{list.total === 1 ? "" : "s"}
        {q ? ` matching “${q}”` : ""}
      </p>
      <TagTable items={list.items} />
      <AdminPager base="/admin/tags" page={list.page} totalPages={list.totalPages} q={q} />
      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="new-tag" className="flex flex-col gap-2">
          <h2 id="new-tag" className="text-lg font-semibold">
            New tag
          </h2>
          <ActionForm
            action={createTagAction}
            fields={TAG_FIELDS}
            hidden={{ editionCode: edition.code }}
            submitLabel="Create tag"
            title="New tag"
          />
        </section>
        <section aria-labelledby="merge-tags" className="flex flex-col gap-2">
          <h2 id="merge-tags" className="text-lg font-semibold">
            Merge tags
          </h2>
          <ActionForm action={mergeTagsAction} fields={mergeFields} submitLabel="Merge tags" title="Merge tags" />
        </section>
      </div>
    </div>
  );
}
