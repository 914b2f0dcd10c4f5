import type { FormField } from "@/components/admin/ActionForm.client";

// The fields of the tag create and edit forms.
export const TAG_FIELDS: readonly FormField[] = [
  { name: "name", label: "Name", required: true, maxLength: 80 },
  {
    name: "slug",
    label: "Slug",
    required: true,
    maxLength: 120,
    code: true,
    hint: "The tag page's address: lower-case letters, digits and hyphens. A changed slug redirects the old address.",
  },
  { name: "description", label: "Description", kind: "textarea", maxLength: 500 },
];
