// Newsroom accounts for browser tests: made through the data layer in the e2e server's database
// (lib/auth/users.ts, the same code the Users page runs), then signed in through the real form.
import crypto from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { createAccount } from "@/lib/auth/users";
import type { Role } from "@/lib/auth/roles";
import { createDb, type Db } from "@/lib/db";
import { E2E } from "./constants";

export interface TestStaff {
  id: string;
  name: string;
  email: string;
  password: string;
  role: Role;
}

let client: Db | undefined;
function db(): Db {
  client ??= createDb(E2E.databaseUrl);
  return client;
}

/** A new account with a unique email, so tests never share (or lock out) each other's users. */
export async function createStaff(
  role: Role,
  name = `${role.toLowerCase()} ${crypto.randomBytes(3).toString("hex")}`,
): Promise<TestStaff> {
  const email = `${name.replace(/\W+/g, ".").toLowerCase()}.${crypto.randomBytes(4).toString("hex")}@newsroom.test`;
  const password = `Tide-${crypto.randomBytes(12).toString("base64url")}`;
  const result = await createAccount(db(), "system", { name, email, role, password });
  if (!result.ok) throw new Error(`could not create ${role}: ${JSON.stringify(result)}`);
  return { id: result.id, name, email, password, role };
}

/** Signs `staff` in through the sign-in page, as a person would, and waits for the newsroom. */
export async function signIn(page: Page, staff: Pick<TestStaff, "email" | "password">, next?: string): Promise<void> {
  await page.goto(next ? `/admin/sign-in?next=${encodeURIComponent(next)}` : "/admin/sign-in");
  await page.getByLabel("Email").fill(staff.email);
  await page.getByLabel("Password").fill(staff.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** The e2e database, for tests that check what a change wrote. */
export const e2eDb = db;
