"use server";

import { z } from "zod";
import { createAuthor, updateAuthor } from "@/lib/newsroom/authors";
import { finish, guardAction, textValues } from "@/lib/newsroom/form-action";
import type { FormState } from "@/lib/newsroom/form-state";

// Server actions of the authors pages: session and origin first (guardAction), then lib/newsroom/authors.

const FIELDS = ["slug", "name", "kind", "bio", "portraitId"] as const;

export async function createAuthorAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = textValues(formData, FIELDS);
  const guard = await guardAction("taxonomy:manage", values);
  if (!guard.ok) return guard.state;
  return finish(await createAuthor(guard.staff, values), values, true);
}

export async function updateAuthorAction(_state: FormState, formData: FormData): Promise<FormState> {
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
  return finish(await updateAuthor(guard.staff, id.data, values), values);
}
