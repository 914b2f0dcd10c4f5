// The state a newsroom form shows after its server action ran (shared by the actions and the
// browser-side form component, so it holds plain data only).

export interface FormState {
  status: "idle" | "ok" | "error";
  message: string;
  fieldErrors: Record<string, string[] | undefined>;
  /** What the form should show: the values as typed (refused) or as saved; empty after a create. */
  values: Record<string, string>;
  /** The row the change made or changed. */
  id?: number;
}

export const IDLE_FORM: FormState = { status: "idle", message: "", fieldErrors: {}, values: {} };
