import { generateRandomString, hashPassword, verifyPassword } from "better-auth/crypto";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { audit } from "@/lib/newsroom/audit";
import { passwordProblem } from "./password-policy";
import { authSecret } from "./secret";

// The first administrator, made at start (scripts/prepare.ts), because nobody can sign up:
// - ADMIN_EMAIL and ADMIN_PASSWORD set: that account exists, is an active admin and has that
//   password. A changed ADMIN_PASSWORD is re-hashed and ends the account's sessions; an
//   unchanged one leaves them alone. A weak ADMIN_PASSWORD stops the start, in every environment.
// - neither set, and no active admin in the database: admin@dateline.local with a strong random
//   password, printed once to standard output.
// No "server-only": this runs in scripts, outside Next.js.

export const DEFAULT_ADMIN_EMAIL = "admin@dateline.local";

export interface AdminSettings {
  email?: string | undefined;
  password?: string | undefined;
  /** Where the generated password is shown (standard output by default). */
  print?: (text: string) => void;
}

export type EnsureAdminResult =
  | { action: "created" | "password-changed" | "updated" | "unchanged"; email: string }
  | { action: "generated"; email: string; password: string }
  | { action: "present" };

const newId = () => generateRandomString(32, "a-z", "A-Z", "0-9");

/** A password people can copy: 4 groups of 5 letters and digits (about 119 bits). */
export function generatePassword(): string {
  return Array.from({ length: 4 }, () => generateRandomString(5, "a-z", "A-Z", "0-9")).join("-");
}

async function upsertAdmin(
  db: Db,
  email: string,
  password: string,
): Promise<"created" | "password-changed" | "updated" | "unchanged"> {
  const existing = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      role: true,
      disabled: true,
      accounts: { where: { providerId: "credential" }, select: { password: true } },
    },
  });
  const stored = existing?.accounts[0]?.password;
  const samePassword = stored ? await verifyPassword({ hash: stored, password }) : false;
  if (existing && existing.role === "ADMIN" && !existing.disabled && samePassword) return "unchanged";
  const hash = samePassword ? null : await hashPassword(password);
  return db.$transaction(async (tx) => {
    if (!existing) {
      const id = newId();
      await tx.user.create({ data: { id, name: "Administrator", email, role: "ADMIN", emailVerified: true } });
      await tx.account.create({
        data: { id: newId(), accountId: id, providerId: "credential", userId: id, password: hash },
      });
      await audit(tx, {
        userId: null,
        action: "user.create",
        subjectType: "user",
        subjectId: id,
        summary: `Created ${email} as Admin at start`,
      });
      return "created" as const;
    }
    await tx.user.update({ where: { id: existing.id }, data: { role: "ADMIN", disabled: false } });
    if (hash) {
      const updated = await tx.account.updateMany({
        where: { userId: existing.id, providerId: "credential" },
        data: { password: hash },
      });
      if (updated.count === 0) {
        await tx.account.create({
          data: { id: newId(), accountId: existing.id, providerId: "credential", userId: existing.id, password: hash },
        });
      }
      await tx.session.deleteMany({ where: { userId: existing.id } });
    }
    await audit(tx, {
      userId: null,
      action: hash ? "user.password" : "user.role",
      subjectType: "user",
      subjectId: existing.id,
      summary: hash
        ? `New password for ${email} from ADMIN_PASSWORD; sessions ended`
        : `${email} made an active admin at start`,
    });
    return hash ? ("password-changed" as const) : ("updated" as const);
  });
}

/** Makes sure the newsroom has an administrator who can sign in (see the top of this file). */
export async function ensureAdmin(
  db: Db,
  settings: AdminSettings = { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD },
): Promise<EnsureAdminResult> {
  const print = settings.print ?? ((text: string) => console.log(text));
  const email = settings.email?.trim().toLowerCase();
  const { password } = settings;
  if (email && password !== undefined) {
    const weak = passwordProblem(password, { email });
    if (weak) throw new Error(`Dateline cannot start: ADMIN_PASSWORD is too weak. ${weak}`);
    const action = await upsertAdmin(db, email, password);
    if (action !== "unchanged") log.info({ event: "admin.bootstrap", email, action }, "Administrator from ADMIN_EMAIL");
    return { action, email };
  }
  if (email || password !== undefined)
    throw new Error("Dateline cannot start: set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither.");

  const activeAdmins = await db.user.count({ where: { role: "ADMIN", disabled: false } });
  if (activeAdmins > 0) return { action: "present" };
  const generated = generatePassword();
  await upsertAdmin(db, DEFAULT_ADMIN_EMAIL, generated);
  const rule = "=".repeat(72);
  print(
    [
      rule,
      "  Dateline has no administrator yet, so one was created:",
      "",
      `    email:    ${DEFAULT_ADMIN_EMAIL}`,
      `    password: ${generated}`,
      "",
      "  Sign in at /admin/sign-in. This password is shown once and not stored anywhere",
      "  readable. Set ADMIN_EMAIL and ADMIN_PASSWORD to choose your own instead.",
      rule,
    ].join("\n"),
  );
  log.info({ event: "admin.bootstrap", email: DEFAULT_ADMIN_EMAIL, action: "generated" }, "Administrator generated");
  return { action: "generated", email: DEFAULT_ADMIN_EMAIL, password: generated };
}

/** Start-up checks for sign-in: the session secret is strong (or made), and an admin exists. */
export async function prepareAuth(db: Db): Promise<void> {
  authSecret();
  await ensureAdmin(db);
}
