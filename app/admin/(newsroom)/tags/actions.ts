"use server";

import { z } from "zod";
import { finish, guardAction, textValues } from "@/lib/newsroom/form-action";
import type { FormState } from "@/lib/newsroom/form-state";
import { createTag, mergeTags, updateTag } from "@/lib/newsroom/tags";

// Server actions of the tags pages: session and origin first (guardAction), then lib/newsroom/tags.

const FIELDS = ["slug", "name", "description"] as const;

export async function createTagAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = textValues(formData, FIELDS);
  const guard = await guardAction("taxonomy:manage", values);
  if (!guard.ok) return guard.state;
  const ed = String(formData.get("editionCode") ?? "");
  return finish(await createTag(guard.staff, ed, values), values, true);
}

export async function updateTagAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = textValues(formData, FIELDS);
  const guard = await guardAction("taxonomy:manage", values);
  if (!guard.ok) return guard.state;
  const id = z.coerce.number().int().positive().safeParse(formData.get("id"));
  if (!id.success)
    return {
      status: "error",
      message: "The form sent something unexpected. Reload the page.",
      fieldErrors: {},
      values,
    };
  return finish(await updateTag(guard.staff, id.data, values), values);
}

export async function mergeTagsAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = textValues(formData, ["fromId", "intoId"]);
  const guard = await guardAction("taxonomy:manage", values);
  if (!guard.ok) return guard.state;
  return finish(await mergeTags(guard.staff, values), values, true);
}
