import type { Metadata } from "next";
import { ActionForm } from "@/components/admin/ActionForm.client";
import { EditionTabs } from "@/components/admin/EditionTabs";
import { FormMessage } from "@/components/admin/FormMessage";
import { SectionList } from "@/components/admin/SectionList";
import { requireStaffPage } from "@/lib/auth/session";
import { listEditions } from "@/lib/newsroom/editor-data";
import { listSections } from "@/lib/newsroom/sections";
import { createSectionAction } from "./actions";
import { SECTION_FIELDS } from "./fields";

export const instant = false;

export const metadata: Metadata = { title: "Sections" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SectionsPage({ searchParams }: Props) {
  const staff = await requireStaffPage("taxonomy:manage");
  const params = await searchParams;
  const editions = await listEditions();
  const edition = editions.find((e) => e.code === params.ed) ?? editions[0];
  if (!edition) return <p>No edition exists yet.</p>;
  const sections = await listSections(staff, edition.code);
  const moved = sections.find((s) => String(s.id) === params.moved);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="font-serif text-3xl font-bold">Sections</h1>
      <EditionTabs base="/admin/sections" current={edition.code} editions={editions} />
      {moved && (
        <FormMessage tone="ok">
          “{moved.name}” moved {params.direction === "up" ? "up" : "down"}.
        </FormMessage>
      )}
      {params.refused !== undefined && (
        <FormMessage tone="error">That change was refused: sign in again or reload the page, then retry.</FormMessage>
      )}
      <section aria-labelledby="order" className="flex flex-col gap-2">
        <h2 id="order" className="text-lg font-semibold">
          {edition.name}: navigation order
        </h2>
        <SectionList editionCode={edition.code} sections={sections} />
      </section>
      <section aria-labelledby="new-section" className="flex max-w-xl flex-col gap-2">
        <h2 id="new-section" className="text-lg font-semibold">
          New section
        </h2>
        <ActionForm
          action={createSectionAction}
          fields={SECTION_FIELDS}
          hidden={{ editionCode: edition.code }}
          submitLabel="Create section"
          title="New section"
        />
      </section>
    </div>
  );
}
