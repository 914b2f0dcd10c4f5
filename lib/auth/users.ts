import { generateRandomString, hashPassword } from "better-auth/crypto";
import { z } from "zod";
import { isPostgres } from "@/lib/env";
import type { Db, Tx } from "@/lib/db";
import { log } from "@/lib/log";
import { audit } from "@/lib/newsroom/audit";
import { passwordProblem } from "./password-policy";
import { can, ROLE_LABELS, type Role, type Staff } from "./roles";

// Staff accounts: create, change role, disable or enable, set a password, end sessions. Each is
// one transaction with its audit entry. The rules live here, not in the page (SECURITY S8, S13):
// only admins manage users, only admins grant admin, at least one active admin always remains,
// and disabling a user or changing their password ends every session they have.
//
// No "server-only": scripts/prepare.ts (the start-up admin) and the browser tests' fixtures call
// these functions outside Next.js, with the database they own. `actor` "system" is them.

export type Actor = Staff | "system";

export type FieldErrors = Partial<Record<"name" | "email" | "role" | "password", string>>;

export type AccountResult =
  { ok: true; id: string; message: string } | { ok: false; message: string; fieldErrors?: FieldErrors };

export interface AccountView {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  /** Two-step sign-in (SECURITY S3) is on. */
  twoStep: boolean;
  createdAt: Date;
  activeSessions: number;
  lastActiveAt: Date | null;
}

export const ROLES = ["ADMIN", "EDITOR", "WRITER"] as const satisfies readonly Role[];

const nameField = z.string().trim().min(1, "Enter a name.").max(100, "Use at most 100 characters.");
const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Use at most 254 characters.")
  .pipe(z.email("Enter an email address such as name@example.com."));
const roleField = z.enum(ROLES, { error: "Choose a role." });

export const newAccountSchema = z.object({ name: nameField, email: emailField, role: roleField, password: z.string() });
export type NewAccount = z.input<typeof newAccountSchema>;

class Refusal extends Error {
  constructor(readonly result: Extract<AccountResult, { ok: false }>) {
    super(result.message);
  }
}

function refuse(message: string, fieldErrors?: FieldErrors): never {
  throw new Refusal({ ok: false, message, ...(fieldErrors ? { fieldErrors } : {}) });
}

const actorId = (actor: Actor) => (actor === "system" ? null : actor.id);

function assertMayManage(actor: Actor, grantsRole?: Role): void {
  if (actor === "system") return;
  if (!can(actor.role, "users:manage")) refuse("You do not have access to user accounts.");
  if (grantsRole === "ADMIN" && actor.role !== "ADMIN") refuse("Only an admin can make someone an admin.");
}

const newId = () => generateRandomString(32, "a-z", "A-Z", "0-9");

/** Runs `work` as one transaction that PostgreSQL serialises (so two admins demoting each other
 * cannot both succeed), retrying a serialisation failure a few times. SQLite has one writer. */
async function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, isPostgres ? { isolationLevel: "Serializable" } : undefined);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== "P2034" || attempt >= 4) throw error;
    }
  }
}

async function run(work: () => Promise<AccountResult>): Promise<AccountResult> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    throw error;
  }
}

/** Refuses the change that would leave no active admin; call after the write, in its transaction. */
async function assertAnActiveAdminRemains(tx: Tx): Promise<void> {
  const admins = await tx.user.count({ where: { role: "ADMIN", disabled: false } });
  if (admins === 0) refuse("At least one active admin must remain: make someone else an admin first.");
}

async function findAccount(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true },
  });
  return user ?? refuse("That user does not exist (any more).");
}

export async function listAccounts(db: Db, actor: Actor, now: Date = new Date()): Promise<AccountView[]> {
  assertMayManage(actor);
  const users = await db.user.findMany({
    orderBy: [{ disabled: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      disabled: true,
      twoFactorEnabled: true,
      createdAt: true,
      sessions: { where: { expiresAt: { gt: now } }, select: { updatedAt: true } },
    },
  });
  return users.map(({ sessions, twoFactorEnabled, ...user }) => ({
    ...user,
    twoStep: twoFactorEnabled,
    activeSessions: sessions.length,
    lastActiveAt: sessions.reduce<Date | null>((last, s) => (!last || s.updatedAt > last ? s.updatedAt : last), null),
  }));
}

/** A new account with an initial password (the person should change it... by asking an admin). */
export async function createAccount(db: Db, actor: Actor, input: unknown): Promise<AccountResult> {
  return run(async () => {
    assertMayManage(actor);
    const parsed = newAccountSchema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof FieldErrors;
        fieldErrors[field] ??= issue.message;
      }
      refuse("Check the highlighted fields.", fieldErrors);
    }
    const { name, email, role, password } = parsed.data;
    assertMayManage(actor, role);
    const weak = passwordProblem(password, { email, name });
    if (weak) refuse("Check the highlighted fields.", { password: weak });
    const hash = await hashPassword(password);
    const id = newId();
    try {
      await inTransaction(db, async (tx) => {
        await tx.user.create({ data: { id, name, email, role, emailVerified: true } });
        await tx.account.create({
          data: { id: newId(), accountId: id, providerId: "credential", userId: id, password: hash },
        });
        await audit(tx, {
          userId: actorId(actor),
          action: "user.create",
          subjectType: "user",
          subjectId: id,
          summary: `Created ${email} as ${ROLE_LABELS[role]}`,
        });
      });
    } catch (error) {
      if ((error as { code?: string }).code === "P2002")
        refuse("Check the highlighted fields.", { email: "A user with this email already exists." });
      throw error;
    }
    log.info({ event: "user.created", by: actorId(actor), userId: id, role }, "User created");
    return { ok: true, id, message: `${name} can now sign in as ${ROLE_LABELS[role].toLowerCase()}.` };
  });
}

export async function changeRole(db: Db, actor: Actor, userId: string, role: unknown): Promise<AccountResult> {
  return run(async () => {
    assertMayManage(actor);
    const parsed = roleField.safeParse(role);
    if (!parsed.success) refuse("Choose a role.", { role: "Choose a role." });
    const newRole = parsed.data;
    assertMayManage(actor, newRole);
    const user = await inTransaction(db, async (tx) => {
      const user = await findAccount(tx, userId);
      if (user.role === newRole) return user;
      await tx.user.update({ where: { id: userId }, data: { role: newRole } });
      await assertAnActiveAdminRemains(tx);
      await audit(tx, {
        userId: actorId(actor),
        action: "user.role",
        subjectType: "user",
        subjectId: userId,
        summary: `${user.email}: ${ROLE_LABELS[user.role]} → ${ROLE_LABELS[newRole]}`,
      });
      return user;
    });
    log.info({ event: "user.role-changed", by: actorId(actor), userId, role: newRole }, "Role changed");
    return { ok: true, id: userId, message: `${user.name} is now ${ROLE_LABELS[newRole].toLowerCase()}.` };
  });
}

/** Disables (ending every session) or enables an account. */
export async function setDisabled(db: Db, actor: Actor, userId: string, disabled: boolean): Promise<AccountResult> {
  return run(async () => {
    assertMayManage(actor);
    if (disabled && actor !== "system" && actor.id === userId) refuse("You cannot disable your own account.");
    const user = await inTransaction(db, async (tx) => {
      const user = await findAccount(tx, userId);
      await tx.user.update({ where: { id: userId }, data: { disabled } });
      if (disabled) {
        await tx.session.deleteMany({ where: { userId } });
        await assertAnActiveAdminRemains(tx);
      }
      await audit(tx, {
        userId: actorId(actor),
        action: disabled ? "user.disable" : "user.enable",
        subjectType: "user",
        subjectId: userId,
        summary: `${disabled ? "Disabled" : "Enabled"} ${user.email}${disabled ? " and ended their sessions" : ""}`,
      });
      return user;
    });
    log.info(
      { event: disabled ? "user.disabled" : "user.enabled", by: actorId(actor), userId },
      "Account status changed",
    );
    return {
      ok: true,
      id: userId,
      message: disabled ? `${user.name} is disabled and signed out everywhere.` : `${user.name} can sign in again.`,
    };
  });
}

/** Sets a new password (hashed with better-auth's scrypt) and ends every session of the account. */
export async function setPassword(db: Db, actor: Actor, userId: string, password: string): Promise<AccountResult> {
  return run(async () => {
    assertMayManage(actor);
    const target = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true } });
    if (!target) refuse("That user does not exist (any more).");
    const weak = passwordProblem(password, target);
    if (weak) refuse(weak, { password: weak });
    const hash = await hashPassword(password);
    const user = await inTransaction(db, async (tx) => {
      const user = await findAccount(tx, userId);
      const updated = await tx.account.updateMany({
        where: { userId, providerId: "credential" },
        data: { password: hash },
      });
      if (updated.count === 0) {
        await tx.account.create({
          data: { id: newId(), accountId: userId, providerId: "credential", userId, password: hash },
        });
      }
      await tx.session.deleteMany({ where: { userId } });
      await audit(tx, {
        userId: actorId(actor),
        action: "user.password",
        subjectType: "user",
        subjectId: userId,
        summary: `New password for ${user.email}; sessions ended`,
      });
      return user;
    });
    log.info({ event: "user.password-set", by: actorId(actor), userId }, "Password set; sessions ended");
    return { ok: true, id: userId, message: `${user.name} has a new password and is signed out everywhere.` };
  });
}

/** Ends every session of the account (SECURITY S8). */
export async function endSessions(db: Db, actor: Actor, userId: string): Promise<AccountResult> {
  return run(async () => {
    assertMayManage(actor);
    const { user, ended } = await inTransaction(db, async (tx) => {
      const user = await findAccount(tx, userId);
      const { count } = await tx.session.deleteMany({ where: { userId } });
      await audit(tx, {
        userId: actorId(actor),
        action: "session.end-all",
        subjectType: "session",
        subjectId: userId,
        summary: `Ended ${count} session(s) of ${user.email}`,
      });
      return { user, ended: count };
    });
    log.info({ event: "sessions.ended", by: actorId(actor), userId, count: ended }, "Sessions ended");
    return { ok: true, id: userId, message: `Ended ${ended} ${ended === 1 ? "session" : "sessions"} of ${user.name}.` };
  });
}

/**
 * Turns two-step sign-in off for someone who lost their authenticator and backup codes: the
 * secret and codes are deleted and their sessions end; they sign in with the password and can set
 * it up again on their Account page (SECURITY S3, S8).
 */
export async function resetTwoStep(db: Db, actor: Actor, userId: string): Promise<AccountResult> {
  return run(async () => {
    assertMayManage(actor);
    const user = await inTransaction(db, async (tx) => {
      const user = await findAccount(tx, userId);
      await tx.twoFactor.deleteMany({ where: { userId } });
      await tx.user.update({ where: { id: userId }, data: { twoFactorEnabled: false } });
      await tx.session.deleteMany({ where: { userId } });
      await audit(tx, {
        userId: actorId(actor),
        action: "user.two-step-reset",
        subjectType: "user",
        subjectId: userId,
        summary: `Turned off two-step sign-in for ${user.email}`,
      });
      return user;
    });
    log.info({ event: "two-step.reset", by: actorId(actor), userId }, "Two-step sign-in turned off by an admin");
    return { ok: true, id: userId, message: `Two-step sign-in is off for ${user.name}; their sessions have ended.` };
  });
}
