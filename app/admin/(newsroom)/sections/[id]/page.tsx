import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/ActionForm.client";
import { requireStaffPage } from "@/lib/auth/session";
import { getSection } from "@/lib/newsroom/sections";
import { updateSectionAction } from "../actions";
import { SECTION_FIELDS } from "../fields";

export const instant = false;

export const metadata: Metadata = { title: "Edit section" };

type Props = { params: Promise<{ id: string }> };

export default async function EditSectionPage({ params }: Props) {
  const staff = await requireStaffPage("taxonomy:manage");
  const { id } = await params;
  if (!/^[1-9][0-9]{0,9}$/.test(id)) notFound();
  const section = await getSection(staff, Number(id));
  if (!section) notFound();
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <p className="text-sm">
        <Link href={`/admin/sections?ed=${section.editionCode}`} prefetch={false} className="underline">
          ← Sections
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">Edit section “{section.name}”</h1>
      {section.articleCount > 0 && (
        <p className="text-sm text-muted">
          {section.articleCount} article{section.articleCount === 1 ? "" : "s"} live under /{section.editionCode}/
          {section.slug}: the slug cannot change.
        </p>
      )}
      <ActionForm
        action={updateSectionAction}
        fields={SECTION_FIELDS}
        initial={{ name: section.name, slug: section.slug, description: section.description }}
        hidden={{ id: String(section.id) }}
        submitLabel="Save section"
        title="Edit section"
      />
    </div>
  );
}
