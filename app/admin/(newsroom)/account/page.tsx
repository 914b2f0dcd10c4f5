import type { Metadata } from "next";
import { ActionForm } from "@/components/admin/ActionForm.client";
import { TwoStepSetupForm } from "@/components/admin/TwoStepSetupForm.client";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requireStaffPage } from "@/lib/auth/session";
import { isTwoStepOn } from "@/lib/auth/two-step";
import { turnOffTwoStepAction } from "./actions";

// Each member of staff's own account: who they are signed in as, and their two-step sign-in
// (SECURITY S3). Passwords are set by an admin on the Users page.
export const instant = false;

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const staff = await requireStaffPage("newsroom:enter");
  const twoStep = await isTwoStepOn(staff.id);
  return (
    <div className="flex max-w-3xl flex-col gap-8">
      <h1 className="font-serif text-3xl font-bold">Account</h1>
      <p>
        Signed in as <strong>{staff.name}</strong> ({staff.email}), {ROLE_LABELS[staff.role].toLowerCase()}.
      </p>
      <section aria-labelledby="two-step" className="flex flex-col gap-4 rounded border border-rule bg-paper p-4">
        <h2 id="two-step" className="font-serif text-xl font-bold">
          Two-step sign-in
        </h2>
        <p>
          {twoStep
            ? "On: after your password, you enter a code from your authenticator app (or a backup code)."
            : "Off: your password alone signs you in. With two-step sign-in, a stolen password is not enough."}
        </p>
        {twoStep ? (
          <ActionForm
            title="Turn off two-step sign-in"
            action={turnOffTwoStepAction}
            submitLabel="Turn off two-step sign-in"
            fields={[{ name: "password", label: "Password", kind: "password", required: true, maxLength: 200 }]}
          />
        ) : (
          <TwoStepSetupForm />
        )}
      </section>
    </div>
  );
}
