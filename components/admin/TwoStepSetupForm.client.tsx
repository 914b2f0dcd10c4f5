"use client";

import { useActionState } from "react";
import { confirmTwoStepSetupAction, startTwoStepSetupAction } from "@/app/admin/(newsroom)/account/actions";
import type { TwoStepSetupState } from "@/lib/auth/two-step-state";
import { IDLE_FORM } from "@/lib/newsroom/form-state";
import { ActionForm } from "./ActionForm.client";
import { FormMessage } from "./FormMessage";

// Setting up two-step sign-in: the password first; then the QR code, the secret as text and the
// backup codes (shown this once), and the first code from the app, which turns it on.

export function TwoStepSetupForm() {
  const [state, action, pending] = useActionState<TwoStepSetupState, FormData>(startTwoStepSetupAction, IDLE_FORM);
  const setup = state.setup;
  if (!setup) {
    const error = state.fieldErrors.password?.[0];
    return (
      <form action={action} aria-label="Set up two-step sign-in" className="flex flex-col gap-4">
        {state.status === "error" && state.message && <FormMessage tone="error">{state.message}</FormMessage>}
        <div className="flex flex-col gap-1">
          <label htmlFor="two-step-password" className="text-sm font-semibold">
            Password
          </label>
          <input
            id="two-step-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={error ? true : undefined}
            className="w-full max-w-sm rounded border border-rule bg-paper px-2 py-1.5 aria-[invalid=true]:border-brand"
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="self-start rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper disabled:opacity-50"
        >
          Set up two-step sign-in
        </button>
      </form>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <FormMessage tone="ok">{state.message}</FormMessage>
      <div className="flex flex-wrap items-start gap-6">
        {/* A data URL: the admin's CSP allows data: images, and nothing leaves the site. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={setup.qrCode} alt="QR code for your authenticator app" width={200} height={200} />
        <div className="flex flex-col gap-2 text-sm">
          <p>Or type this key into the app:</p>
          <p className="font-mono text-base break-all" data-testid="two-step-secret">
            {setup.secret}
          </p>
        </div>
      </div>
      <section aria-labelledby="backup-codes">
        <h3 id="backup-codes" className="font-semibold">
          Backup codes
        </h3>
        <p className="text-sm">
          Keep these somewhere safe. Each signs you in once if your phone is lost; they are not shown again.
        </p>
        <ul className="mt-2 grid max-w-sm grid-cols-2 gap-1 font-mono text-sm" aria-label="Backup codes">
          {setup.backupCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
      </section>
      <ActionForm
        title="Confirm two-step sign-in"
        action={confirmTwoStepSetupAction}
        submitLabel="Turn on two-step sign-in"
        fields={[{ name: "code", label: "Code from the app", required: true, maxLength: 12, code: true }]}
      />
    </div>
  );
}
