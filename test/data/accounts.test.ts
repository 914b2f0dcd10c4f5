import { verifyPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureAdmin } from "@/lib/auth/bootstrap";
import type { Staff } from "@/lib/auth/roles";
import { claimCode, CODE_REUSE_WINDOW_MS, releaseCode } from "@/lib/auth/one-time-codes";
import {
  changeRole,
  createAccount,
  endSessions,
  listAccounts,
  resetTwoStep,
  setDisabled,
  setPassword,
} from "@/lib/auth/users";
import { databaseKinds, freshDatabase, type TestDatabase } from "../support/database";

// Staff accounts on real databases (lib/auth/users.ts, lib/auth/bootstrap.ts): the rules an admin
// runs into on the Users page, and that a refused change leaves nothing behind.

const PASSWORD = "orchard-lantern-copper-91";

describe.each(databaseKinds)("accounts on %s", (kind) => {
  let t: TestDatabase;
  let admin: Staff;
  let editor: Staff;
  let writer: Staff;

  const make = async (role: Staff["role"], name: string): Promise<Staff> => {
    const email = `${name.toLowerCase().replace(/\W+/g, ".")}@accounts.test`;
    const result = await createAccount(t.db, "system", { name, email, role, password: PASSWORD });
    if (!result.ok) throw new Error(result.message);
    return { id: result.id, name, email, role };
  };
  const sessionFor = async (userId: string) =>
    t.db.session.create({
      data: { id: crypto.randomUUID(), token: crypto.randomUUID(), userId, expiresAt: new Date(Date.now() + 3_600_000) },
    });
  const snapshot = async () => ({
    users: await t.db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, disabled: true } }),
    sessions: await t.db.session.count(),
    audit: await t.db.auditLog.count(),
  });

  beforeAll(async () => {
    t = await freshDatabase(kind);
    admin = await make("ADMIN", "Ada Admin");
    editor = await make("EDITOR", "Eddie Editor");
    writer = await make("WRITER", "Wanda Writer");
  }, 120_000);

  afterAll(async () => {
    await t?.drop();
  });

  it("S26: creates an account with a scrypt hash, never the password itself, and audits it", async () => {
    const result = await createAccount(t.db, admin, { name: "New Person", email: "New.Person@Accounts.test", role: "WRITER", password: PASSWORD });
    expect(result).toMatchObject({ ok: true, message: "New Person can now sign in as writer." });
    const account = await t.db.account.findFirstOrThrow({ where: { user: { email: "new.person@accounts.test" } } });
    expect(account.password).not.toContain(PASSWORD);
    expect(await verifyPassword({ hash: account.password ?? "", password: PASSWORD })).toBe(true);
    const entry = await t.db.auditLog.findFirstOrThrow({ where: { action: "user.create", subjectId: result.ok ? result.id : "" } });
    expect(entry.userId).toBe(admin.id);
  });

  it("S26: refuses a weak initial password with a message by the field, and saves nothing", async () => {
    const before = await snapshot();
    const result = await createAccount(t.db, admin, { name: "Weak", email: "weak@accounts.test", role: "WRITER", password: "password1" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { password: expect.stringMatching(/too common/) } });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a duplicate email and a bad address with field messages", async () => {
    const dup = await createAccount(t.db, admin, { name: "Twin", email: editor.email.toUpperCase(), role: "WRITER", password: PASSWORD });
    expect(dup).toMatchObject({ ok: false, fieldErrors: { email: "A user with this email already exists." } });
    const bad = await createAccount(t.db, admin, { name: "", email: "nope", role: "OWNER", password: PASSWORD });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { name: "Enter a name.", email: expect.any(String), role: "Choose a role." } });
  });

  it("S13: editors and writers cannot manage users, and nobody but an admin grants admin", async () => {
    const before = await snapshot();
    expect(await changeRole(t.db, editor, writer.id, "ADMIN")).toMatchObject({ ok: false });
    expect(await createAccount(t.db, editor, { name: "Sneaky", email: "sneaky@accounts.test", role: "ADMIN", password: PASSWORD })).toMatchObject({ ok: false });
    expect(await setDisabled(t.db, writer, admin.id, true)).toMatchObject({ ok: false });
    expect(await setPassword(t.db, writer, admin.id, PASSWORD + "x")).toMatchObject({ ok: false });
    await expect(listAccounts(t.db, writer)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });

  it("S3: a sign-in code is claimed once per account, concurrently too; released or stale claims free it", async () => {
    const claims = await Promise.all([1, 2, 3].map(() => claimCode(t.db, writer.id, "123456")));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimCode(t.db, editor.id, "123456"), "another account's code").toBe(true);
    const stored = await t.db.oneTimeCodeUse.findMany({ select: { key: true } });
    expect(stored.every((row) => !row.key.includes("123456")), "the code itself is not stored").toBe(true);
    await releaseCode(t.db, writer.id, "123456");
    expect(await claimCode(t.db, writer.id, "123456"), "released").toBe(true);
    const later = new Date(Date.now() + CODE_REUSE_WINDOW_MS + 1000);
    expect(await claimCode(t.db, writer.id, "123456", later), "after the window").toBe(true);
  });

  it("S3: only an admin turns off someone's two-step sign-in; it deletes the secret, ends sessions, audits", async () => {
    await t.db.user.update({ where: { id: writer.id }, data: { twoFactorEnabled: true } });
    await t.db.twoFactor.create({ data: { id: "tf-writer", userId: writer.id, secret: "s", backupCodes: "b" } });
    await sessionFor(writer.id);
    const before = await snapshot();
    expect(await resetTwoStep(t.db, editor, writer.id)).toMatchObject({ ok: false });
    expect(await snapshot()).toEqual(before);
    expect(await t.db.twoFactor.count({ where: { userId: writer.id } })).toBe(1);
    expect(await resetTwoStep(t.db, admin, writer.id)).toMatchObject({ ok: true });
    expect(await t.db.twoFactor.count({ where: { userId: writer.id } })).toBe(0);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: writer.id } })).twoFactorEnabled).toBe(false);
    expect(await t.db.session.count({ where: { userId: writer.id } })).toBe(0);
    expect(await t.db.auditLog.count({ where: { action: "user.two-step-reset", subjectId: writer.id } })).toBe(1);
    expect((await listAccounts(t.db, admin)).find((a) => a.id === writer.id)?.twoStep).toBe(false);
  });

  it("S13: the last active admin can be neither demoted nor disabled", async () => {
    const before = await snapshot();
    const demote = await changeRole(t.db, admin, admin.id, "EDITOR");
    expect(demote).toMatchObject({ ok: false, message: expect.stringMatching(/At least one active admin must remain/) });
    const other = await make("ADMIN", "Other Admin");
    const disable = await setDisabled(t.db, { ...other }, admin.id, true);
    expect(disable).toMatchObject({ ok: true });
    const last = await setDisabled(t.db, "system", other.id, true);
    expect(last).toMatchObject({ ok: false, message: expect.stringMatching(/At least one active admin/) });
    expect(await t.db.user.count({ where: { role: "ADMIN", disabled: false } })).toBe(1);
    await setDisabled(t.db, other, admin.id, false);
    expect(before.users.length + 1).toBe((await snapshot()).users.length);
  });

  it("S8: disabling a user ends all their sessions", async () => {
    await sessionFor(writer.id);
    await sessionFor(writer.id);
    expect(await t.db.session.count({ where: { userId: writer.id } })).toBe(2);
    expect(await setDisabled(t.db, admin, writer.id, true)).toMatchObject({ ok: true });
    expect(await t.db.session.count({ where: { userId: writer.id } })).toBe(0);
    await setDisabled(t.db, admin, writer.id, false);
  });

  it("S8: a new password ends all sessions; the old password stops working", async () => {
    await sessionFor(editor.id);
    const result = await setPassword(t.db, admin, editor.id, "meadow-falcon-violet-harbour");
    expect(result).toMatchObject({ ok: true });
    expect(await t.db.session.count({ where: { userId: editor.id } })).toBe(0);
    const account = await t.db.account.findFirstOrThrow({ where: { userId: editor.id, providerId: "credential" } });
    expect(await verifyPassword({ hash: account.password ?? "", password: PASSWORD })).toBe(false);
    expect(await verifyPassword({ hash: account.password ?? "", password: "meadow-falcon-violet-harbour" })).toBe(true);
  });

  it("S8: an admin can end someone's sessions, and it is audited", async () => {
    await sessionFor(writer.id);
    expect(await endSessions(t.db, admin, writer.id)).toMatchObject({ ok: true, message: expect.stringMatching(/Ended 1 session/) });
    expect(await t.db.session.count({ where: { userId: writer.id } })).toBe(0);
    expect(await t.db.auditLog.count({ where: { action: "session.end-all", subjectId: writer.id, userId: admin.id } })).toBe(1);
  });

  it("lists accounts with role, status and active sessions", async () => {
    await sessionFor(admin.id);
    const list = await listAccounts(t.db, admin);
    expect(list.find((a) => a.id === admin.id)).toMatchObject({ role: "ADMIN", disabled: false, activeSessions: 1 });
  });
});

describe.each(databaseKinds)("the first administrator on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(kind);
  }, 120_000);
  afterAll(async () => {
    await t?.drop();
  });

  it("is generated once, with a strong password shown once, when no admin exists", async () => {
    const shown: string[] = [];
    const first = await ensureAdmin(t.db, { print: (text) => shown.push(text) });
    expect(first).toMatchObject({ action: "generated", email: "admin@dateline.local" });
    if (first.action !== "generated") return;
    expect(first.password).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
    expect(shown.join("\n")).toContain(first.password);
    expect(await ensureAdmin(t.db, { print: (text) => shown.push(text) })).toEqual({ action: "present" });
    expect(shown).toHaveLength(1);
  });

  it("follows ADMIN_EMAIL and ADMIN_PASSWORD; a changed password ends that admin's sessions", async () => {
    const settings = { email: "chief@news.test", password: "harbour-violet-falcon-22" };
    expect(await ensureAdmin(t.db, settings)).toEqual({ action: "created", email: "chief@news.test" });
    expect(await ensureAdmin(t.db, settings)).toEqual({ action: "unchanged", email: "chief@news.test" });
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "chief@news.test" } });
    await t.db.session.create({ data: { id: "s-chief", token: "t-chief", userId: user.id, expiresAt: new Date(Date.now() + 60_000) } });
    expect(await ensureAdmin(t.db, { ...settings, password: "lantern-orchard-copper-33" })).toMatchObject({ action: "password-changed" });
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a weak ADMIN_PASSWORD and a half-set pair with a clear message", async () => {
    await expect(ensureAdmin(t.db, { email: "chief@news.test", password: "password" })).rejects.toThrow(/ADMIN_PASSWORD is too weak/);
    await expect(ensureAdmin(t.db, { email: "chief@news.test" })).rejects.toThrow(/set both ADMIN_EMAIL and ADMIN_PASSWORD/);
  });
});
