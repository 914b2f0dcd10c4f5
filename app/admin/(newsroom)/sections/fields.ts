import type { FormField } from "@/components/admin/ActionForm.client";

// The fields of the section create and edit forms (one list, so both ask the same).
export const SECTION_FIELDS: readonly FormField[] = [
  { name: "name", label: "Name", required: true, maxLength: 60 },
  {
    name: "slug",
    label: "Slug",
    required: true,
    maxLength: 120,
    code: true,
    hint: "The section's address: lower-case letters, digits and hyphens. Words the site uses itself (tag, author, search…) are reserved.",
  },
  { name: "description", label: "Description", kind: "textarea", maxLength: 500 },
];
