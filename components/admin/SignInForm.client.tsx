"use client";

import { useActionState } from "react";
import { signIn, type SignInState } from "@/app/admin/actions";
import { FieldError } from "./FieldError";

// The sign-in form. A server action with useActionState: messages show in place. Without
// JavaScript the form still posts and signs in (e2e/two-step-sign-in.spec.ts), but a refusal comes
// back as the empty form: this build's no-JS re-render does not carry the action's state. An
// account with two-step sign-in is sent to the code step, an address of its own (SECURITY S3).
export function SignInForm({ next, step }: { next: string; step: "password" | "code" }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, { email: "", step });
  const codeStep = state.step === "code";
  return (
    <form action={action} className="mt-6 space-y-5" noValidate>
      <input type="hidden" name="next" value={next} />
      {state.error && (
        <p
          role="alert"
          className="rounded border border-brand bg-white px-3 py-2 text-sm font-semibold text-brand-dark"
        >
          {state.error}
        </p>
      )}
      {codeStep ? (
        <div>
          {/* The password was right; whose sign-in this is, the challenge cookie says. */}
          <input type="hidden" name="step" value="code" />
          <p className="text-sm">
            Two-step sign-in is on for this account. Open your authenticator app and enter the code it shows for
            Dateline, or one of your backup codes.
          </p>
          <label htmlFor="sign-in-code" className="mt-4 block text-sm font-semibold">
            Code
          </label>
          <input
            id="sign-in-code"
            name="code"
            type="text"
            inputMode="text"
            autoComplete="one-time-code"
            autoCapitalize="off"
            spellCheck={false}
            maxLength={40}
            required
            aria-invalid={state.fieldErrors?.code ? true : undefined}
            aria-describedby={state.fieldErrors?.code ? "sign-in-code-error" : undefined}
            className="mt-1 w-full rounded border border-muted px-3 py-2 font-mono tracking-widest"
          />
          <FieldError id="sign-in-code-error" message={state.fieldErrors?.code} />
        </div>
      ) : (
        <>
          <div>
            <label htmlFor="sign-in-email" className="block text-sm font-semibold">
              Email
            </label>
            <input
              id="sign-in-email"
              name="email"
              type="email"
              autoComplete="username"
              required
              defaultValue={state.email}
              aria-invalid={state.fieldErrors?.email ? true : undefined}
              aria-describedby={state.fieldErrors?.email ? "sign-in-email-error" : undefined}
              className="mt-1 w-full rounded border border-muted px-3 py-2"
            />
            <FieldError id="sign-in-email-error" message={state.fieldErrors?.email} />
          </div>
          <div>
            <label htmlFor="sign-in-password" className="block text-sm font-semibold">
              Password
            </label>
            <input
              id="sign-in-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              aria-invalid={state.fieldErrors?.password ? true : undefined}
              aria-describedby={state.fieldErrors?.password ? "sign-in-password-error" : undefined}
              className="mt-1 w-full rounded border border-muted px-3 py-2"
            />
            <FieldError id="sign-in-password-error" message={state.fieldErrors?.password} />
          </div>
        </>
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-ink px-4 py-2 font-semibold text-paper disabled:opacity-60"
      >
        {codeStep ? "Verify" : "Sign in"}
      </button>
      {codeStep && (
        <p className="text-sm">
          {/* A full load on purpose: it clears this form's state (a Link to the same page keeps it). */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/admin/sign-in" className="underline">
            Start again with your password
          </a>
        </p>
      )}
    </form>
  );
}
