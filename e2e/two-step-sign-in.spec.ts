import { expect, test, type Page } from "@playwright/test";
import { freshStep, totpCode, wrongCode } from "./support/authenticator";
import { E2E } from "./support/constants";
import { createStaff, e2eDb, signIn, type TestStaff } from "./support/staff";

// SECURITY S3: optional two-step sign-in for staff. A member of staff turns it on from their
// Account page with an authenticator app; from then on the password alone signs no one in. Each
// code works once, the step between password and code lasts at most 10 minutes, and wrong codes
// are throttled per sign-in and per account.

const SESSION = "dateline.session_token";
const CHALLENGE = "dateline.two_factor";

interface TwoStepKeys {
  secret: string;
  backupCodes: string[];
}

const hasSession = async (page: Page) => (await page.context().cookies()).some((c) => c.name === SESSION);

/** Turns two-step sign-in on from the Account page, as a person does with their phone. */
async function turnOnTwoStep(page: Page, staff: TestStaff): Promise<TwoStepKeys> {
  await page.goto("/admin/account");
  await expect(page.getByText("Off: your password alone signs you in.")).toBeVisible();
  await page.getByRole("form", { name: "Set up two-step sign-in" }).getByLabel("Password").fill(staff.password);
  await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await page.getByTestId("two-step-secret").textContent())!.trim();
  const backupCodes = await page.getByRole("list", { name: "Backup codes" }).getByRole("listitem").allTextContents();
  await freshStep();
  await page.getByLabel("Code from the app").fill(totpCode(secret));
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  // The page itself now says so, and offers to turn it off (the set-up form is gone).
  await expect(page.getByText("On: after your password, you enter a code")).toBeVisible();
  await expect(page.getByRole("form", { name: "Turn off two-step sign-in" })).toBeVisible();
  return { secret, backupCodes };
}

/** The first step: email and password, answered with the code step (no session yet). */
async function passwordStep(page: Page, staff: TestStaff): Promise<void> {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(staff.email);
  await page.getByLabel("Password").fill(staff.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Code", { exact: true })).toBeVisible();
  expect(await hasSession(page), "no session before the code").toBe(false);
}

/** One code submitted, its answer received and the form ready again. */
async function submitCode(page: Page, code: string): Promise<void> {
  const button = page.getByRole("button", { name: "Verify" });
  await expect(button).toBeEnabled();
  await page.getByLabel("Code", { exact: true }).fill(code);
  const answered = page.waitForResponse(
    (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/admin/sign-in",
  );
  await button.click();
  await answered;
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to the newsroom" })).toBeVisible();
}

const alert = (page: Page) => page.getByRole("main").getByRole("alert");

test("S3: a writer turns on two-step sign-in; then a code is needed after the password, and each code works once", async ({
  page,
}) => {
  const writer = await createStaff("WRITER");
  await signIn(page, writer);
  await page.getByRole("link", { name: new RegExp(writer.name) }).click();
  await expect(page.getByRole("heading", { name: "Account" })).toBeVisible();

  // The password is asked for first, and checked.
  await page.getByRole("form", { name: "Set up two-step sign-in" }).getByLabel("Password").fill("not-my-password");
  await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("That is not your password.");

  const keys = await turnOnTwoStep(page, writer);
  expect(keys.secret).toMatch(/^[A-Z2-7]{16,}$/);
  expect(keys.backupCodes).toHaveLength(10);
  const account = await e2eDb().user.findUniqueOrThrow({ where: { id: writer.id } });
  expect(account.twoFactorEnabled).toBe(true);
  expect(await e2eDb().auditLog.count({ where: { action: "user.two-step-on", subjectId: writer.id } })).toBe(1);
  await page.reload();
  await expect(page.getByText("On: after your password, you enter a code")).toBeVisible();

  // The password alone no longer signs in.
  await signOut(page);
  await passwordStep(page, writer);
  await submitCode(page, wrongCode(keys.secret));
  await expect(alert(page)).toHaveText("That code is not right. Try again with the code your app shows now.");
  expect(await hasSession(page)).toBe(false);
  await freshStep();
  const code = totpCode(keys.secret);
  await submitCode(page, code);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  expect(await hasSession(page)).toBe(true);

  // The same code, still inside its 30-second window, is refused the second time.
  await signOut(page);
  await passwordStep(page, writer);
  await submitCode(page, code);
  await expect(alert(page)).toHaveText("This code has been used already: wait for your app to show the next one.");
  expect(await hasSession(page)).toBe(false);

  // A backup code signs in once, and only once.
  const backup = keys.backupCodes[0]!;
  await submitCode(page, backup);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await signOut(page);
  await passwordStep(page, writer);
  await submitCode(page, backup);
  await expect(alert(page)).toHaveText("That code is not right. Try again with the code your app shows now.");
  await submitCode(page, keys.backupCodes[1]!);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  // Turning it off needs the password; then the password alone signs in again.
  await page.goto("/admin/account");
  const turnOff = page.getByRole("form", { name: "Turn off two-step sign-in" });
  await turnOff.getByLabel("Password").fill("not-my-password");
  await page.getByRole("button", { name: "Turn off two-step sign-in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("That is not your password.");
  await turnOff.getByLabel("Password").fill(writer.password);
  await page.getByRole("button", { name: "Turn off two-step sign-in" }).click();
  await expect(page.getByText("Off: your password alone signs you in.")).toBeVisible();
  await signOut(page);
  await signIn(page, writer);
});

test("S3: the code step lasts at most 10 minutes, allows 5 wrong codes, and 10 in a row lock the account", async ({
  page,
}) => {
  const editor = await createStaff("EDITOR");
  await signIn(page, editor);
  const { secret } = await turnOnTwoStep(page, editor);
  await signOut(page);

  // The challenge between the two steps is short-lived, in the cookie and on the server.
  await passwordStep(page, editor);
  const challenge = (await page.context().cookies()).find((c) => c.name === CHALLENGE);
  expect(challenge, "the challenge cookie").toBeDefined();
  expect(challenge!.httpOnly).toBe(true);
  expect(challenge!.expires * 1000 - Date.now()).toBeLessThanOrEqual(10 * 60 * 1000);
  const pending = await e2eDb().verification.findMany({
    where: { value: editor.id, identifier: { startsWith: "2fa-" } },
  });
  expect(pending.length).toBeGreaterThan(0);
  for (const row of pending) expect(row.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60 * 1000);

  // Once it has expired, even the right code is refused and the password is asked for again.
  await e2eDb().verification.updateMany({
    where: { value: editor.id, identifier: { startsWith: "2fa-" } },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  await freshStep();
  await submitCode(page, totpCode(secret));
  await expect(alert(page)).toHaveText("This sign-in has expired: enter your password again.");
  await expect(page.getByLabel("Password")).toBeVisible();
  expect(await hasSession(page)).toBe(false);

  // Five wrong codes use up a sign-in: the sixth try, even with the right code, starts over.
  await passwordStep(page, editor);
  for (let i = 0; i < 5; i++) {
    await submitCode(page, wrongCode(secret));
    await expect(alert(page)).toHaveText("That code is not right. Try again with the code your app shows now.");
  }
  await freshStep();
  await submitCode(page, totpCode(secret));
  await expect(alert(page)).toHaveText("Too many wrong codes: enter your password again to start over.");
  expect(await hasSession(page)).toBe(false);

  // Ten wrong codes in a row lock the account's second step, whatever the sign-in.
  await passwordStep(page, editor);
  for (let i = 0; i < 5; i++) await submitCode(page, wrongCode(secret));
  await freshStep();
  await submitCode(page, totpCode(secret));
  await expect(alert(page)).toHaveText("Too many wrong codes for this account: wait 15 minutes, then sign in again.");
  expect(await hasSession(page)).toBe(false);
  const locked = await e2eDb().twoFactor.findUniqueOrThrow({ where: { userId: editor.id } });
  expect(locked.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * 60 * 1000);
});

test("S3: the HTTP sign-in endpoint gives no session to a two-step account, and the code endpoints are not served", async ({
  page,
  request,
}) => {
  const writer = await createStaff("WRITER");
  await signIn(page, writer);
  await turnOnTwoStep(page, writer);

  const response = await request.post("/api/auth/sign-in/email", {
    headers: { Origin: E2E.baseURL },
    data: { email: writer.email, password: writer.password },
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ twoFactorRedirect: true });
  const cookies = response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie");
  expect(cookies.some((c) => c.value.startsWith(`${SESSION}=`) && !/Max-Age=0/i.test(c.value))).toBe(false);
  for (const path of ["verify-totp", "verify-backup-code", "enable", "disable", "get-totp-uri", "send-otp"]) {
    const r = await request.post(`/api/auth/two-factor/${path}`, { headers: { Origin: E2E.baseURL }, data: {} });
    expect(r.status(), path).toBe(404);
  }
});

test("S3: an admin turns off two-step sign-in for someone who lost their phone, and their sessions end", async ({
  browser,
}) => {
  const writerPage = await (await browser.newContext()).newPage();
  const writer = await createStaff("WRITER");
  await signIn(writerPage, writer);
  await turnOnTwoStep(writerPage, writer);

  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, await createStaff("ADMIN"));
  await adminPage.goto("/admin/users");
  const row = adminPage.getByRole("row").filter({ hasText: writer.email });
  await expect(row.getByRole("cell").nth(4)).toHaveText("On");
  const manage = adminPage.getByRole("region", { name: `Manage ${writer.name}` });
  await manage.getByRole("button", { name: "Turn off two-step sign-in" }).click();
  await expect(row.getByRole("cell").nth(4)).toHaveText("Off");
  await expect(manage.getByRole("button", { name: "Turn off two-step sign-in" })).toBeHidden();
  expect(await e2eDb().twoFactor.count({ where: { userId: writer.id } })).toBe(0);
  expect(await e2eDb().auditLog.count({ where: { action: "user.two-step-reset", subjectId: writer.id } })).toBe(1);

  await writerPage.goto("/admin/articles");
  await expect(writerPage.getByRole("heading", { name: "Sign in to the newsroom" })).toBeVisible();
  await signIn(writerPage, writer);
});

test("S3: both sign-in steps work without JavaScript", async ({ browser }) => {
  const setupPage = await (await browser.newContext()).newPage();
  const editor = await createStaff("EDITOR");
  await signIn(setupPage, editor);
  const { secret } = await turnOnTwoStep(setupPage, editor);

  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto("/admin/sign-in?next=%2Fadmin%2Faccount");
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Code", { exact: true })).toBeVisible();
  expect(await hasSession(page)).toBe(false);
  // The code step has its own address, so a reload keeps it; a wrong code signs no one in.
  expect(new URL(page.url()).searchParams.get("step")).toBe("code");
  await page.reload();
  await page.getByLabel("Code", { exact: true }).fill(wrongCode(secret));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByLabel("Code", { exact: true })).toBeVisible();
  expect(await hasSession(page)).toBe(false);
  await freshStep();
  await page.getByLabel("Code", { exact: true }).fill(totpCode(secret));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: "Account" })).toBeVisible();
  expect(await hasSession(page)).toBe(true);
});

test("S1, S3: the Account page's password counts with the sign-in throttle", async ({ page }) => {
  const writer = await createStaff("WRITER");
  await signIn(page, writer);
  await page.goto("/admin/account");
  const form = page.getByRole("form", { name: "Set up two-step sign-in" });
  const button = page.getByRole("button", { name: "Set up two-step sign-in" });
  const attempt = async (password: string) => {
    await expect(button).toBeEnabled();
    await form.getByLabel("Password").fill(password);
    const answered = page.waitForResponse(
      (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/admin/account",
    );
    await button.click();
    await answered;
  };
  for (let i = 1; i <= 4; i++) {
    await attempt(`wrong-${i}`);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("That is not your password.");
  }
  // After four wrong passwords the account must wait: even the right one is refused until then.
  await attempt(writer.password);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^Too many attempts: wait \d+ minutes?\.$/);
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toHaveCount(0);
});
