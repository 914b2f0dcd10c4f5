import "server-only";
import { refresh } from "next/cache";
import { headers } from "next/headers";
import type { Permission, Staff } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { refreshTags } from "@/lib/cache/invalidate";
import { assertSameOrigin } from "@/lib/security/origin";
import type { FormState } from "./form-state";
import type { ChangeResult } from "./taxonomy";

// What every section, tag, author and media server action does around its lib/newsroom call: the
// session and the request's origin first (SECURITY S10, S12), then the cache refresh of a change
// that worked, and a form state the page shows (field errors, the values typed, a message).

export type Guarded = { ok: true; staff: Staff } | { ok: false; state: FormState };

const refusedState = (message: string, values: Record<string, string> = {}): FormState => ({
  status: "error",
  message,
  fieldErrors: {},
  values,
});

/** The signed-in member of staff holding `permission`, on a request from this site's own pages. */
export async function guardAction(permission: Permission, values: Record<string, string> = {}): Promise<Guarded> {
  try {
    const staff = await requireStaff(permission);
    assertSameOrigin(await headers());
    return { ok: true, staff };
  } catch (error) {
    const status = (error as { status?: unknown } | null)?.status;
    if (status === 401)
      return { ok: false, state: refusedState("Your session has ended: sign in again, then retry.", values) };
    if (status === 403)
      return { ok: false, state: refusedState("This request was refused: your role cannot do this.", values) };
    throw error;
  }
}

/** The text fields of a form, by name (files and repeated names are ignored). */
export function textValues(formData: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = formData.get(name);
    values[name] = typeof value === "string" ? value : "";
  }
  return values;
}

/**
 * Refreshes what a change touched and turns its result into the form's state. After a create, the
 * form starts empty again (`clear`); otherwise it keeps the values as saved or as typed.
 */
export function finish(result: ChangeResult, values: Record<string, string>, clear = false): FormState {
  if (!result.ok) {
    return { status: "error", message: result.message, fieldErrors: result.fieldErrors, values };
  }
  refreshTags(result.tags, "server-action");
  refresh();
  return { status: "ok", message: result.message, fieldErrors: {}, values: clear ? {} : values, id: result.id };
}
