"use client";

import { useActionState } from "react";
import { signIn, type SignInState } from "@/app/admin/actions";
import { FieldError } from "./FieldError";

// The sign-in form. A server action with useActionState: without JavaScript the browser posts
// the form and the page comes back with the message; with it, the same happens in place.
export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, { email: "" });
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
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-ink px-4 py-2 font-semibold text-paper disabled:opacity-60"
      >
        Sign in
      </button>
    </form>
  );
}
