import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/ActionForm.client";
import { requireStaffPage } from "@/lib/auth/session";
import { getTag } from "@/lib/newsroom/tags";
import { tagPath } from "@/lib/urls";
import { updateTagAction } from "../actions";
import { TAG_FIELDS } from "../fields";

export const instant = false;

export const metadata: Metadata = { title: "Edit tag" };

type Props = { params: Promise<{ id: string }> };

export default async function EditTagPage({ params }: Props) {
  const staff = await requireStaffPage("taxonomy:manage");
  const { id } = await params;
  if (!/^[1-9][0-9]{0,9}$/.test(id)) notFound();
  const tag = await getTag(staff, Number(id));
  if (!tag) notFound();
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <p className="text-sm">
        <Link href={`/admin/tags?ed=${tag.editionCode}`} prefetch={false} className="underline">
          ← Tags
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">Edit tag “{tag.name}”</h1>
      <p className="text-sm text-muted">
        {tag.articleCount} stor{tag.articleCount === 1 ? "y" : "ies"} ·{" "}
        <a href={tagPath(tag.editionCode, tag.slug)} className="underline">
          public page
        </a>
      </p>
      <ActionForm
        action={updateTagAction}
        fields={TAG_FIELDS}
        initial={{ name: tag.name, slug: tag.slug, description: tag.description }}
        hidden={{ id: String(tag.id) }}
        submitLabel="Save tag"
        title="Edit tag"
      />
    </div>
  );
}
