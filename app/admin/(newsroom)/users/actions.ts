"use server";

import { refresh } from "next/cache";
import {
  changeRole,
  createAccount,
  endSessions,
  resetTwoStep,
  setDisabled,
  setPassword,
  type AccountResult,
} from "@/lib/auth/users";
import { db } from "@/lib/db";
import { guardAction, textValues } from "@/lib/newsroom/form-action";
import type { FormState } from "@/lib/newsroom/form-state";

// Server actions of the Users page. Each checks the session and the role (users:manage) and the
// request's Origin first (guardAction: SECURITY S10, S12), then makes one change through
// lib/auth/users.ts, which holds the rules (last admin, who may grant admin, sessions ended) and
// writes the change and its audit entry in one transaction.

function stateOf(result: AccountResult, values: Record<string, string>, clear = false): FormState {
  if (!result.ok) {
    const fieldErrors = Object.fromEntries(
      Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k, v ? [v] : undefined]),
    );
    return { status: "error", message: result.message, fieldErrors, values };
  }
  refresh();
  return { status: "ok", message: result.message, fieldErrors: {}, values: clear ? {} : values };
}

const userIdOf = (formData: FormData) => String(formData.get("userId") ?? "").slice(0, 100);

export async function createUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = textValues(formData, ["name", "email", "role", "password"]);
  const guard = await guardAction("users:manage", { ...values, password: "" });
  if (!guard.ok) return guard.state;
  const result = await createAccount(db(), guard.staff, values);
  // The password is never sent back into the page.
  return stateOf(result, { ...values, password: "" }, true);
}

export async function changeRoleAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = textValues(formData, ["role"]);
  const guard = await guardAction("users:manage", values);
  if (!guard.ok) return guard.state;
  return stateOf(await changeRole(db(), guard.staff, userIdOf(formData), values.role), values);
}

export async function setDisabledAction(_state: FormState, formData: FormData): Promise<FormState> {
  const guard = await guardAction("users:manage");
  if (!guard.ok) return guard.state;
  const disabled = formData.get("disabled") === "true";
  return stateOf(await setDisabled(db(), guard.staff, userIdOf(formData), disabled), {});
}

export async function setPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const guard = await guardAction("users:manage");
  if (!guard.ok) return guard.state;
  const password = formData.get("password");
  return stateOf(
    await setPassword(db(), guard.staff, userIdOf(formData), typeof password === "string" ? password : ""),
    {},
  );
}

export async function endSessionsAction(_state: FormState, formData: FormData): Promise<FormState> {
  const guard = await guardAction("users:manage");
  if (!guard.ok) return guard.state;
  return stateOf(await endSessions(db(), guard.staff, userIdOf(formData)), {});
}

export async function resetTwoStepAction(_state: FormState, formData: FormData): Promise<FormState> {
  const guard = await guardAction("users:manage");
  if (!guard.ok) return guard.state;
  return stateOf(await resetTwoStep(db(), guard.staff, userIdOf(formData)), {});
}
