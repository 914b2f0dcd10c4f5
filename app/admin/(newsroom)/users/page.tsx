import type { Metadata } from "next";
import { ActionForm } from "@/components/admin/ActionForm.client";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requireStaffPage } from "@/lib/auth/session";
import { listAccounts, ROLES } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import {
  changeRoleAction,
  createUserAction,
  endSessionsAction,
  resetTwoStepAction,
  setDisabledAction,
  setPasswordAction,
} from "./actions";

// Staff accounts (admins only): who has which role, who is signed in, and the changes an admin
// makes. There is no self-service sign-up or password reset: an admin sets passwords here.
export const instant = false;

export const metadata: Metadata = { title: "Users" };

const roleOptions = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const passwordHint = `At least ${PASSWORD_MIN_LENGTH} characters, 15 or more is better; common passwords are refused. Shown as you type so you can pass it on.`;

export default async function UsersPage() {
  const staff = await requireStaffPage("users:manage");
  const accounts = await listAccounts(db(), staff);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="font-serif text-3xl font-bold">Users</h1>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Staff accounts</caption>
        <thead>
          <tr className="border-b border-rule text-left">
            <th scope="col" className="py-2 pr-4">
              Name
            </th>
            <th scope="col" className="py-2 pr-4">
              Email
            </th>
            <th scope="col" className="py-2 pr-4">
              Role
            </th>
            <th scope="col" className="py-2 pr-4">
              Status
            </th>
            <th scope="col" className="py-2 pr-4">
              Two-step sign-in
            </th>
            <th scope="col" className="py-2 pr-4">
              Active sessions
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id} className="border-b border-rule">
              <td className="py-2 pr-4 font-semibold">{account.name}</td>
              <td className="py-2 pr-4">{account.email}</td>
              <td className="py-2 pr-4">{ROLE_LABELS[account.role]}</td>
              <td className="py-2 pr-4">{account.disabled ? "Disabled" : "Active"}</td>
              <td className="py-2 pr-4">{account.twoStep ? "On" : "Off"}</td>
              <td className="py-2 pr-4">{account.activeSessions}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <section aria-labelledby="new-user" className="max-w-md rounded border border-rule bg-paper p-4">
        <h2 id="new-user" className="mb-4 font-serif text-xl font-bold">
          New user
        </h2>
        <ActionForm
          title="New user"
          action={createUserAction}
          submitLabel="Create user"
          initial={{ role: "WRITER" }}
          fields={[
            { name: "name", label: "Name", required: true, maxLength: 100 },
            { name: "email", label: "Email", required: true, maxLength: 254 },
            { name: "role", label: "Role", kind: "select", options: roleOptions },
            { name: "password", label: "Initial password", required: true, maxLength: 128, hint: passwordHint },
          ]}
        />
      </section>

      {accounts.map((account) => (
        <section
          key={account.id}
          aria-label={`Manage ${account.name}`}
          className="rounded border border-rule bg-paper p-4"
        >
          <h2 className="mb-4 font-serif text-lg font-bold">
            {account.name} <span className="text-sm font-normal text-muted">{account.email}</span>
          </h2>
          <div className="grid gap-6 md:grid-cols-4">
            <ActionForm
              title={`Role of ${account.name}`}
              action={changeRoleAction}
              hidden={{ userId: account.id }}
              initial={{ role: account.role }}
              submitLabel="Change role"
              fields={[{ name: "role", label: "Role", kind: "select", options: roleOptions }]}
            />
            <ActionForm
              title={`New password for ${account.name}`}
              action={setPasswordAction}
              hidden={{ userId: account.id }}
              submitLabel="Set password"
              fields={[{ name: "password", label: "New password", required: true, maxLength: 128 }]}
            />
            <ActionForm
              title={`${account.disabled ? "Enable" : "Disable"} ${account.name}`}
              action={setDisabledAction}
              hidden={{ userId: account.id, disabled: account.disabled ? "false" : "true" }}
              submitLabel={account.disabled ? "Enable" : "Disable"}
              fields={[]}
            />
            <ActionForm
              title={`Sessions of ${account.name}`}
              action={endSessionsAction}
              hidden={{ userId: account.id }}
              submitLabel="End sessions"
              fields={[]}
            />
            {account.twoStep && (
              <ActionForm
                title={`Two-step sign-in of ${account.name}`}
                action={resetTwoStepAction}
                hidden={{ userId: account.id }}
                submitLabel="Turn off two-step sign-in"
                fields={[]}
              />
            )}
          </div>
        </section>
      ))}
    </div>
  );
}
