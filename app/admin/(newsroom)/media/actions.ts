"use server";

import { z } from "zod";
import { finish, guardAction, textValues } from "@/lib/newsroom/form-action";
import type { FormState } from "@/lib/newsroom/form-state";
import { updateMedia } from "@/lib/newsroom/media";

// Editing an image's alt text, caption and credit (uploads go through ./upload/route.ts: files are
// larger than a server action's body limit, and an oversize one must be refused before it is read).

const FIELDS = ["alt", "caption", "credit"] as const;

export async function updateMediaAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = textValues(formData, FIELDS);
  const guard = await guardAction("media:edit", values);
  if (!guard.ok) return guard.state;
  const id = z.coerce.number().int().positive().safeParse(formData.get("id"));
  if (!id.success)
    return {
      status: "error",
      message: "The form sent something unexpected. Reload the page.",
      fieldErrors: {},
      values,
    };
  return finish(await updateMedia(guard.staff, id.data, values), values);
}
