"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { finish, guardAction, textValues } from "@/lib/newsroom/form-action";
import type { FormState } from "@/lib/newsroom/form-state";
import { createSection, moveSection, updateSection } from "@/lib/newsroom/sections";
import { refreshTags } from "@/lib/cache/invalidate";

// Server actions of the sections pages. Each checks the session and the origin (guardAction), then
// lib/newsroom/sections validates, checks the role again and writes one transaction.

const FIELDS = ["slug", "name", "description"] as const;
const idOf = (formData: FormData) => z.coerce.number().int().positive().safeParse(formData.get("id"));

export async function createSectionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = textValues(formData, FIELDS);
  const guard = await guardAction("taxonomy:manage", values);
  if (!guard.ok) return guard.state;
  const ed = String(formData.get("editionCode") ?? "");
  return finish(await createSection(guard.staff, ed, values), values, true);
}

export async function updateSectionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = textValues(formData, FIELDS);
  const guard = await guardAction("taxonomy:manage", values);
  if (!guard.ok) return guard.state;
  const id = idOf(formData);
  if (!id.success)
    return {
      status: "error",
      message: "The form sent something unexpected. Reload the page.",
      fieldErrors: {},
      values,
    };
  return finish(await updateSection(guard.staff, id.data, values), values);
}

/** Up or down one place (a plain form post per button: works without JavaScript). */
export async function moveSectionAction(formData: FormData): Promise<void> {
  const guard = await guardAction("taxonomy:manage");
  if (!guard.ok) redirect(`/admin/sections?refused=1`);
  const id = idOf(formData);
  const direction = formData.get("direction") === "up" ? "up" : "down";
  const ed = String(formData.get("editionCode") ?? "");
  if (!id.success) redirect(`/admin/sections`);
  const result = await moveSection(guard.staff, id.data, direction);
  if (result.ok) refreshTags(result.tags, "server-action");
  const query = result.ok ? `moved=${id.data}&direction=${direction}` : "refused=1";
  redirect(`/admin/sections?${/^[a-z]{2}$/.test(ed) ? `ed=${ed}&` : ""}${query}`);
}
