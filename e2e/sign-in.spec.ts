import crypto from "node:crypto";
import { expect, test, type BrowserContext } from "@playwright/test";
import { E2E } from "./support/constants";
import { createStaff, e2eDb, signIn, type TestStaff } from "./support/staff";

// Signing in and out of the newsroom as a person does it, and what happens to sessions when an
// admin changes an account. SITE_URL here is plain http, so the cookie has no Secure flag and no
// __Host- prefix; test/unit/auth-policy.test.ts proves the https policy.

const COOKIE = "dateline.session_token";

async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((c) => c.name === COOKIE);
}

/** Pretends `ms` passed since the account's last failed sign-in (the wait is measured from it). */
async function ageFailures(email: string, ms: number) {
  const key = `signin:account:${crypto.createHash("sha256").update(email.toLowerCase()).digest("hex").slice(0, 32)}`;
  const row = await e2eDb().rateLimit.findUniqueOrThrow({ where: { key } });
  await e2eDb().rateLimit.update({ where: { key }, data: { lastRequest: row.lastRequest - BigInt(ms) } });
}

test("the sign-in form has labelled fields and says when the password is wrong", async ({ page }) => {
  const writer = await createStaff("WRITER");
  await page.goto("/admin/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in to the newsroom" })).toBeVisible();
  await page.getByLabel("Email").fill(writer.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
  await expect(page.getByLabel("Email")).toHaveValue(writer.email);
  expect(await sessionCookie(page.context())).toBeUndefined();
});

test("S1: after 4 failed sign-ins the account must wait, and the wait escalates", async ({ page, request }) => {
  const writer = await createStaff("WRITER");
  await page.goto("/admin/sign-in");
  const button = page.getByRole("button", { name: "Sign in" });
  const password = page.getByLabel("Password");
  const alert = page.getByRole("main").getByRole("alert");
  // One submission, finished: the form's POST answered and the form is ready again. A failed
  // attempt shows the same message as the one before, so the message alone proves nothing, and
  // React resets the form when the action ends: fields filled before then are emptied.
  const attempt = async (attemptPassword: string) => {
    await expect(button).toBeEnabled();
    await page.getByLabel("Email").fill(writer.email);
    await password.fill(attemptPassword);
    const answered = page.waitForResponse(
      (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/admin/sign-in",
    );
    await button.click();
    await answered;
  };
  const refusedWith = async (message: string) => {
    await expect(alert).toHaveText(message);
    await expect(button).toBeEnabled();
    await expect(password).toHaveValue("");
  };
  for (let i = 1; i <= 4; i++) {
    await attempt(`wrong-${i}`);
    await refusedWith("Email or password is incorrect.");
  }
  // Even the right password is refused while the account waits.
  await attempt(writer.password);
  await refusedWith("Too many attempts: wait 1 minute before trying again.");
  const api = await request.post("/api/auth/sign-in/email", {
    headers: { Origin: E2E.baseURL },
    data: { email: writer.email, password: writer.password },
  });
  expect(api.status()).toBe(429);
  expect(Number(api.headers()["retry-after"])).toBeGreaterThan(0);

  // A minute later one more failure doubles the wait.
  await ageFailures(writer.email, 61_000);
  await attempt("wrong-5");
  await refusedWith("Email or password is incorrect.");
  await attempt(writer.password);
  await refusedWith("Too many attempts: wait 2 minutes before trying again.");

  // Once the wait is over the right password works, and the counter starts again.
  await ageFailures(writer.email, 121_000);
  await attempt(writer.password);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("S5: the session cookie is HttpOnly, SameSite=Lax, host-only, path /", async ({ page }) => {
  const writer = await createStaff("WRITER");
  await signIn(page, writer);
  const cookie = await sessionCookie(page.context());
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/", domain: "127.0.0.1" });
  // Not readable by the page's scripts.
  expect(await page.evaluate(() => document.cookie)).not.toContain(COOKIE);
});

test("S6: signing in makes a new session id with at least 128 bits, never a planted one", async ({ page, context }) => {
  const writer = await createStaff("WRITER");
  await context.addCookies([{ name: COOKIE, value: "planted-by-attacker", url: E2E.baseURL }]);
  await signIn(page, writer);
  const first = (await sessionCookie(context))?.value ?? "";
  expect(first).not.toContain("planted");
  const token = decodeURIComponent(first).split(".")[0] ?? "";
  expect(token).toMatch(/^[A-Za-z0-9]{32}$/); // 32 of 62 symbols ≈ 190 bits
  await page.getByRole("button", { name: "Sign out" }).click();
  // Signed out first: a sign-in page opened while the old session still exists sends it onwards.
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await signIn(page, writer);
  const second = (await sessionCookie(context))?.value ?? "";
  expect(second).not.toBe(first);
  expect(await e2eDb().session.count({ where: { userId: writer.id } })).toBe(1);
});

test("S7: after sign-out the old cookie is refused", async ({ page, browser }) => {
  const writer = await createStaff("WRITER");
  await signIn(page, writer);
  const old = await sessionCookie(page.context());
  expect(old).toBeDefined();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  expect(await e2eDb().session.count({ where: { userId: writer.id } })).toBe(0);

  const replay = await browser.newContext();
  await replay.addCookies([{ ...old!, expires: -1 }]);
  const response = await replay.request.get("/admin/articles", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toContain("/admin/sign-in");
  const session = await replay.request.get("/api/auth/get-session");
  expect(await session.json()).toBeNull();
  await replay.close();
});

async function adminChanges(browserPage: import("@playwright/test").Page, admin: TestStaff, target: TestStaff) {
  await signIn(browserPage, admin, "/admin/users");
  return browserPage.getByRole("region", { name: `Manage ${target.name}` });
}

test("S8: disabling a user ends their sessions at once", async ({ page, browser }) => {
  const writer = await createStaff("WRITER");
  const admin = await createStaff("ADMIN");
  await signIn(page, writer);

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  const manage = await adminChanges(adminPage, admin, writer);
  await manage.getByRole("button", { name: "Disable" }).click();
  await expect(manage.getByRole("status")).toHaveText(`${writer.name} is disabled and signed out everywhere.`);

  await page.goto("/admin/articles");
  await expect(page).toHaveURL(/\/admin\/sign-in$/); // the article list is where sign-in goes anyway
  // And the right password no longer opens a session.
  await page.getByLabel("Email").fill(writer.email);
  await page.getByLabel("Password").fill(writer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
  await adminContext.close();
});

test("S8: a new password set by an admin ends the user's sessions; the new one works", async ({ page, browser }) => {
  const writer = await createStaff("WRITER");
  const admin = await createStaff("ADMIN");
  await signIn(page, writer);

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  const manage = await adminChanges(adminPage, admin, writer);
  await manage.getByLabel("New password", { exact: true }).fill("password");
  await manage.getByRole("button", { name: "Set password" }).click();
  await expect(manage.getByRole("alert")).toContainText("too common");
  await manage.getByLabel("New password", { exact: true }).fill("violet-harbour-lantern-58");
  await manage.getByRole("button", { name: "Set password" }).click();
  await expect(manage.getByRole("status")).toHaveText(
    `${writer.name} has a new password and is signed out everywhere.`,
  );

  await page.goto("/admin/articles");
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await signIn(page, { email: writer.email, password: "violet-harbour-lantern-58" });
  await adminContext.close();
});

test("S8: an admin can end a user's sessions", async ({ page, browser }) => {
  const editor = await createStaff("EDITOR");
  const admin = await createStaff("ADMIN");
  await signIn(page, editor);
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  const manage = await adminChanges(adminPage, admin, editor);
  await manage.getByRole("button", { name: "End sessions" }).click();
  await expect(manage.getByRole("status")).toHaveText(`Ended 1 session of ${editor.name}.`);
  await page.goto("/admin/articles");
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await adminContext.close();
});

test("signed-out visits to /admin/… get a 307 to sign-in and come back after signing in", async ({ page, request }) => {
  const editor = await createStaff("EDITOR");
  const response = await request.get("/admin/audit?subject=user", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toBe("/admin/sign-in?next=%2Fadmin%2Faudit%3Fsubject%3Duser");
  await page.goto("/admin/audit?subject=user");
  await expect(page).toHaveURL(/\/admin\/sign-in\?next=/);
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?subject=user$/);
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
});

test("S25: a failed sign-in answers 401 without a stack trace", async ({ request }) => {
  const response = await request.post("/api/auth/sign-in/email", {
    headers: { Origin: E2E.baseURL },
    data: { email: "nobody@newsroom.test", password: "x".repeat(10) },
  });
  expect(response.status()).toBe(401);
  expect(await response.text()).not.toMatch(/at \w+ \(|node_modules/);
});
