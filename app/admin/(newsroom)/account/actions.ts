"use server";

import { refresh } from "next/cache";
import { authRequestHeaders } from "@/lib/auth/session";
import { confirmTwoStepSetup, startTwoStepSetup, turnOffTwoStep, type TwoStepResult } from "@/lib/auth/two-step";
import { guardAction } from "@/lib/newsroom/form-action";
import type { FormState } from "@/lib/newsroom/form-state";
import type { TwoStepSetupState } from "@/lib/auth/two-step-state";

// Server actions of the Account page: each member of staff manages their own two-step sign-in
// (SECURITY S3). None takes a user id: the session says whose account it is.

const password = (formData: FormData) => String(formData.get("password") ?? "").slice(0, 200);

function stateOf(result: TwoStepResult): FormState {
  if (!result.ok) {
    const fieldErrors = result.field ? { [result.field]: [result.message] } : {};
    return { status: "error", message: result.message, fieldErrors, values: {} };
  }
  refresh();
  return { status: "ok", message: result.message, fieldErrors: {}, values: {} };
}

export async function startTwoStepSetupAction(
  _state: TwoStepSetupState,
  formData: FormData,
): Promise<TwoStepSetupState> {
  const guard = await guardAction("newsroom:enter");
  if (!guard.ok) return guard.state;
  const result = await startTwoStepSetup(guard.staff, password(formData), await authRequestHeaders());
  if (!result.ok) return stateOf(result);
  return { status: "ok", message: result.message, fieldErrors: {}, values: {}, setup: result.value };
}

export async function confirmTwoStepSetupAction(_state: FormState, formData: FormData): Promise<FormState> {
  const guard = await guardAction("newsroom:enter");
  if (!guard.ok) return guard.state;
  const code = String(formData.get("code") ?? "").slice(0, 40);
  return stateOf(await confirmTwoStepSetup(guard.staff, code, await authRequestHeaders()));
}

export async function turnOffTwoStepAction(_state: FormState, formData: FormData): Promise<FormState> {
  const guard = await guardAction("newsroom:enter");
  if (!guard.ok) return guard.state;
  return stateOf(await turnOffTwoStep(guard.staff, password(formData), await authRequestHeaders()));
}
