"use client";

import { useActionState, useId } from "react";
import { IDLE_FORM, type FormState } from "@/lib/newsroom/form-state";
import { FieldError } from "./FieldError";
import { FormMessage } from "./FormMessage";

// A newsroom form posting to a server action: the post works without JavaScript (though only
// with it is the outcome shown: see SignInForm), and with it the outcome shows in place. Browser code because useActionState keeps what was typed
// when the server refuses it, with each message beside its field.

export interface FormField {
  name: string;
  label: string;
  /** "password": the account's current password (hidden as typed, never sent back). */
  kind?: "text" | "textarea" | "select" | "number" | "password";
  options?: readonly { value: string; label: string }[];
  hint?: string;
  required?: boolean;
  maxLength?: number;
  /** Monospace, lower-case hint for slugs. */
  code?: boolean;
}

interface ActionFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: readonly FormField[];
  /** The values the form starts with (an edit form: the saved ones). */
  initial?: Record<string, string>;
  /** Sent with every submission, never shown (the row's id, the edition). */
  hidden?: Record<string, string>;
  submitLabel: string;
  /** The form's accessible name. */
  title: string;
}

const labelClass = "text-sm font-semibold";
const inputClass = "w-full rounded border border-rule bg-paper px-2 py-1.5 aria-[invalid=true]:border-brand";
const buttonClass =
  "self-start rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper hover:bg-muted disabled:opacity-50";

export function ActionForm({ action, fields, initial = {}, hidden = {}, submitLabel, title }: ActionFormProps) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM);
  const uid = useId();
  const values = state.status === "idle" ? initial : { ...(state.status === "ok" ? initial : {}), ...state.values };

  return (
    <form action={formAction} aria-label={title} className="flex flex-col gap-4">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status !== "idle" && state.message && (
        <FormMessage tone={state.status === "ok" ? "ok" : "error"}>{state.message}</FormMessage>
      )}
      {fields.map((field) => {
        const id = `${uid}-${field.name}`;
        const errors = state.fieldErrors[field.name];
        const described = [errors?.length ? `${id}-error` : null, field.hint ? `${id}-hint` : null].filter(Boolean);
        const common = {
          id,
          name: field.name,
          defaultValue: values[field.name] ?? "",
          required: field.required,
          "aria-invalid": errors?.length ? true : undefined,
          "aria-describedby": described.length ? described.join(" ") : undefined,
        };
        return (
          <div key={field.name} className="flex flex-col gap-1">
            <label htmlFor={id} className={labelClass}>
              {field.label}
            </label>
            {field.kind === "textarea" ? (
              <textarea {...common} rows={4} maxLength={field.maxLength} className={inputClass} />
            ) : field.kind === "select" ? (
              <select {...common} className={inputClass}>
                {(field.options ?? []).map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                {...common}
                type={field.kind === "number" || field.kind === "password" ? field.kind : "text"}
                inputMode={field.kind === "number" ? "numeric" : undefined}
                autoComplete={field.kind === "password" ? "current-password" : undefined}
                maxLength={field.maxLength}
                spellCheck={field.code ? false : undefined}
                autoCapitalize={field.code ? "none" : undefined}
                className={`${inputClass} ${field.code ? "font-mono text-sm" : ""}`}
              />
            )}
            {field.hint && (
              <p id={`${id}-hint`} className="text-xs text-muted">
                {field.hint}
              </p>
            )}
            <FieldError id={`${id}-error`} message={errors?.[0]} />
          </div>
        );
      })}
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
