import "server-only";
import type { FormField } from "@/components/admin/ActionForm.client";
import type { Staff } from "@/lib/auth/roles";
import { listMedia } from "@/lib/newsroom/media";

// The fields of the author create and edit forms. The portrait is chosen from the newest images of
// the media library (plus the current portrait, wherever it is in the library).

export async function authorFields(
  staff: Staff,
  current?: { id: number; alt: string } | null,
): Promise<readonly FormField[]> {
  const recent = (await listMedia(staff, 1)).items;
  const images = current && !recent.some((m) => m.id === current.id) ? [current, ...recent] : recent;
  return [
    { name: "name", label: "Name", required: true, maxLength: 120 },
    {
      name: "slug",
      label: "Slug",
      required: true,
      maxLength: 120,
      code: true,
      hint: "The author page's address: lower-case letters, digits and hyphens.",
    },
    {
      name: "kind",
      label: "Kind",
      kind: "select",
      options: [
        { value: "PERSON", label: "Person" },
        { value: "ORGANISATION", label: "Organisation (agency)" },
      ],
    },
    { name: "bio", label: "Bio", kind: "textarea", maxLength: 2000 },
    {
      name: "portraitId",
      label: "Portrait",
      kind: "select",
      options: [
        { value: "", label: "No portrait" },
        ...images.map((m) => ({ value: String(m.id), label: `#${m.id} ${m.alt || "(no alt text)"}`.slice(0, 90) })),
      ],
      hint: "Images from the media library; upload a new one there first.",
    },
  ];
}
