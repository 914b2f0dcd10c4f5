import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse, type Browser } from "@playwright/test";
import { permissionForAdminPath } from "@/lib/auth/admin-paths";
import { can, type Role } from "@/lib/auth/roles";
import { E2E } from "./support/constants";
import {
  actionBody,
  actionHeaders,
  actionResult,
  FormFields,
  serverActions,
  type ServerAction,
} from "./support/server-actions";
import { createStaff, e2eDb, signIn, type TestStaff } from "./support/staff";

// Every admin page, server action and route handler refuses signed-out and under-privileged
// callers (SPEC §7, SECURITY S10–S13, S19–S21). The lists come from the source tree and the
// build, not from a hand-kept list, so a new page or action is tested the day it appears.

const ROOT = process.cwd();

function walk(dir: string, file: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full, file);
    return entry.name === file ? [path.relative(ROOT, full)] : [];
  });
}

/** app/admin/(newsroom)/tags/[id]/page.tsx → { pattern: "/admin/tags/[id]", parent of each dynamic segment } */
function routeOf(file: string): string[] {
  return path
    .dirname(file)
    .split(path.sep)
    .slice(1) // "app"
    .filter((segment) => !/^\(.*\)$/.test(segment));
}

const adminPageFiles = walk(path.join(ROOT, "app/admin"), "page.tsx");
const routeFiles = [...walk(path.join(ROOT, "app/api"), "route.ts"), ...walk(path.join(ROOT, "app/admin"), "route.ts")];

interface Ids {
  article: { id: number; headline: string; editionCode: string };
  media: number;
  section: number;
  tag: number;
  author: number;
}

async function realIds(): Promise<Ids> {
  const db = e2eDb();
  // Someone else's unpublished article: what a writer must not be able to open (IDOR).
  const article =
    (await db.article.findFirst({
      where: { status: "DRAFT" },
      select: { id: true, headline: true, editionCode: true },
    })) ?? (await db.article.findFirstOrThrow({ select: { id: true, headline: true, editionCode: true } }));
  const [media, section, tag, author] = await Promise.all([
    db.media.findFirstOrThrow({ select: { id: true } }),
    db.section.findFirstOrThrow({ select: { id: true } }),
    db.tag.findFirstOrThrow({ select: { id: true } }),
    db.author.findFirstOrThrow({ select: { id: true } }),
  ]);
  return { article, media: media.id, section: section.id, tag: tag.id, author: author.id };
}

function urlOf(file: string, ids: Ids): string {
  const segments = routeOf(file);
  const filled = segments.map((segment, i) => {
    if (segment.startsWith("[...")) return "no-such-page";
    if (!segment.startsWith("[")) return segment;
    const parent = segments[i - 1];
    if (parent === "articles") return String(ids.article.id);
    if (parent === "media") return String(ids.media);
    if (parent === "sections") return String(ids.section);
    if (parent === "tags") return String(ids.tag);
    if (parent === "authors") return String(ids.author);
    return "1";
  });
  const url = `/${filled.join("/")}`;
  return url.endsWith("/articles/new") ? `${url}?ed=en` : url;
}

/** Everything a forged or refused request could have changed. */
async function snapshot() {
  const db = e2eDb();
  const [users, counts, articles] = await Promise.all([
    db.user.findMany({
      orderBy: { id: "asc" },
      select: { id: true, role: true, disabled: true, name: true, twoFactorEnabled: true },
    }),
    Promise.all([
      db.article.count(),
      db.articleRevision.count(),
      db.section.count(),
      db.tag.count(),
      db.author.count(),
      db.media.count(),
      db.auditLog.count(),
      db.redirect.count(),
      db.account.count(),
      db.session.count(),
      db.twoFactor.count(),
    ]),
    db.article.findMany({ orderBy: { id: "asc" }, select: { id: true, updatedAt: true, version: true, status: true } }),
  ]);
  return { users, counts, articles, lastArticleId: articles.at(-1)?.id ?? 0 };
}

async function signedInRequest(browser: Browser, staff: TestStaff): Promise<APIRequestContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, staff);
  await page.close();
  return context.request;
}

const writerRefusedAt = (url: string) => {
  const permission = permissionForAdminPath(url.split("?")[0] ?? url);
  return permission !== null && !can("WRITER" as Role, permission);
};

test.describe("pages", () => {
  test("the enumeration finds the newsroom's pages", () => {
    const names = adminPageFiles.map((f) => routeOf(f).join("/"));
    for (const expected of ["admin/users", "admin/audit", "admin/articles", "admin/articles/[id]", "admin/sign-in"]) {
      expect(names).toContain(expected);
    }
  });

  test("S12, S13: every admin page refuses signed-out visitors with a 307 and writers where their role ends", async ({
    request,
    browser,
  }) => {
    const ids = await realIds();
    const writer = await createStaff("WRITER");
    const asWriter = await signedInRequest(browser, writer);
    for (const file of adminPageFiles) {
      const url = urlOf(file, ids);
      await test.step(url, async () => {
        const anonymous = await request.get(url, { maxRedirects: 0 });
        if (url === "/admin/sign-in") {
          expect(anonymous.status()).toBe(200);
          return;
        }
        expect(anonymous.status(), `${url} signed out`).toBe(307);
        expect(anonymous.headers().location).toMatch(/^\/admin\/sign-in(\?next=|$)/);

        const response = await asWriter.get(url, { maxRedirects: 0 });
        if (writerRefusedAt(url)) {
          expect(response.status(), `${url} as writer`).toBe(403);
        } else {
          expect(response.status(), `${url} as writer`).toBeLessThan(500);
        }
        const body = await response.text();
        if (url.startsWith("/admin/articles/") && url !== "/admin/articles/new?ed=en") {
          // Someone else's draft: nothing of it reaches the writer (IDOR).
          expect(body, `${url} leaks another user's draft`).not.toContain(ids.article.headline);
        }
      });
    }
  });

  test("S13: an editor is refused the Users page with a 403 and may read the audit log", async ({ browser }) => {
    const editor = await createStaff("EDITOR");
    const asEditor = await signedInRequest(browser, editor);
    expect((await asEditor.get("/admin/users", { maxRedirects: 0 })).status()).toBe(403);
    expect((await asEditor.get("/admin/audit", { maxRedirects: 0 })).status()).toBe(200);
  });

  test("S11: no GET changes anything, even for an admin opening every page", async ({ browser }) => {
    const ids = await realIds();
    const admin = await createStaff("ADMIN");
    const asAdmin = await signedInRequest(browser, admin);
    const before = await snapshot();
    for (const file of adminPageFiles) await asAdmin.get(urlOf(file, ids), { maxRedirects: 0 });
    for (const file of routeFiles) await asAdmin.get(`/${routeOf(file).join("/")}`, { maxRedirects: 0 });
    expect((await asAdmin.get("/api/auth/sign-out")).status()).toBeGreaterThanOrEqual(400);
    expect(await snapshot()).toEqual(before);
    expect((await asAdmin.get("/admin/users", { maxRedirects: 0 })).status()).toBe(200); // still signed in
  });
});

/** What an action call could be asked to change, with ids that exist: a victim account, someone
 * else's draft with a revision, two tags (for a merge), a section, an author and an image. */
interface Targets {
  ids: Ids;
  victim: TestStaff;
  article: { id: number; editionCode: string; version: number; revision: number; values: unknown };
  otherTag: number;
}

async function targets(victim: TestStaff): Promise<Targets> {
  const ids = await realIds();
  const db = e2eDb();
  const article = await db.article.findUniqueOrThrow({
    where: { id: ids.article.id },
    select: {
      id: true,
      editionCode: true,
      version: true,
      revisions: { select: { version: true, snapshot: true }, orderBy: { version: "asc" } },
    },
  });
  const otherTag = await db.tag.findFirstOrThrow({ where: { id: { not: ids.tag } }, select: { id: true } });
  return {
    ids,
    victim,
    article: {
      id: article.id,
      editionCode: article.editionCode,
      version: article.version,
      revision: article.revisions[0]?.version ?? 1,
      // The editor's form as last saved (a revision keeps the input's shape), so a forged save is
      // valid and only the caller's right to make it can stop it.
      values: { ...(article.revisions.at(-1)?.snapshot as object), headline: "Forged headline" },
    },
    otherTag: otherTag.id,
  };
}

/** The page an action belongs to, as the browser posts it: "app/admin/(newsroom)/tags/[id]/page" → "/admin/tags/12". */
function pageOf(action: ServerAction, ids: Ids): string {
  // Sign-in's form is on the sign-in page (its action is also imported by the newsroom layout).
  const worker = action.workers.find((w) => w === "app/admin/sign-in/page") ?? action.worker;
  return urlOf(`${worker}.tsx`, ids).split("?")[0] ?? "/admin";
}

/** The newsroom subject an action's page is about ("users", "tags" …). */
const subjectOf = (action: ServerAction) => routeOf(`${action.worker}.tsx`)[1] ?? "";

const IDLE = { status: "idle", message: "", fieldErrors: {}, values: {} };

const OWN_ACCOUNT_ACTIONS = new Set([
  "signOut",
  "startTwoStepSetupAction",
  "confirmTwoStepSetupAction",
  "turnOffTwoStepAction",
]);

/**
 * Arguments that would really change something if the action let the caller through: valid
 * values aimed at the victim, someone else's draft, an existing tag. `empty` sends the same shape
 * with nothing filled in (each action answers that with its own validation message).
 */
function argsFor(action: ServerAction, t: Targets, empty = false): unknown[] {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const ownId: Record<string, number> = {
    sections: t.ids.section,
    tags: t.ids.tag,
    authors: t.ids.author,
    media: t.ids.media,
  };
  const fields = new FormFields(
    empty
      ? {}
      : {
          userId: t.victim.id,
          role: "ADMIN",
          disabled: "true",
          password: "violet-harbour-lantern-58",
          name: `Forged ${stamp}`,
          email: `forged.${stamp}@newsroom.test`,
          id: String(ownId[subjectOf(action)] ?? t.article.id),
          articleId: String(t.article.id),
          revision: String(t.article.revision),
          expectedVersion: String(t.article.version),
          editionCode: t.article.editionCode,
          slug: `forged-${stamp}`,
          description: "Forged",
          bio: "Forged",
          alt: "Forged",
          caption: "Forged",
          credit: "Forged",
          fromId: String(t.ids.tag),
          intoId: String(t.otherTag),
          direction: "up",
        },
  );
  switch (action.exportedName) {
    case "saveArticle":
      return empty
        ? [{}]
        : [
            {
              id: t.article.id,
              editionCode: t.article.editionCode,
              expectedVersion: t.article.version,
              transition: "publish",
              values: t.article.values,
            },
          ];
    case "signIn":
      return [{ email: "" }, empty ? fields : new FormFields({ email: t.victim.email, password: t.victim.password })];
    // Plain form actions (no useActionState): the FormData is the only argument.
    case "signOut":
    case "moveSectionAction":
    case "restoreRevisionAction":
      return [fields];
    default:
      return [IDLE, fields];
  }
}

const REFUSAL = /sign in|refused|not allowed|do not have access|cannot|permission|session|this site/i;

/**
 * Why `response` counts as a refusal, or a failed expectation. A refusal is the proxy's 401/403,
 * an Origin refused by a thrown error (500 with no result, only when `badOrigin`), a redirect to
 * sign-in or to a "refused" page, or the action's own refusing result.
 */
async function expectRefused(response: APIResponse, label: string, badOrigin = false): Promise<void> {
  const status = response.status();
  if (status === 401 || status === 403) return;
  const text = await response.text();
  const result = actionResult(text) as Record<string, unknown> | undefined;
  if (badOrigin && status === 500) {
    // Next's "Invalid Server Actions request" (foreign, null), or the action's own thrown
    // ForeignOriginError (missing): in production an error row with a digest, and no result.
    expect(result, `${label}: aborted, no result`).toBeUndefined();
    expect(text, `${label}: aborted`).toMatch(/^1:E\{"digest":/m);
    return;
  }
  expect(status, `${label}: status`).toBe(200);
  // Posted to a page that does not import the action, Next forwards the call to one that does;
  // when the proxy refuses that page, Next answers an empty JSON object: the action never ran.
  if (text === "{}" && response.headers()["content-type"]?.startsWith("application/json")) return;
  expect(response.headers()["x-nextjs-action-not-found"], `${label}: the action exists`).toBeUndefined();
  const redirect = response.headers()["x-action-redirect"];
  if (redirect) {
    expect(redirect, `${label}: redirected`).toMatch(/^\/admin\/sign-in|[?&]refused=/);
    return;
  }
  expect(result, `${label}: a result (${text.slice(0, 200)})`).toBeDefined();
  if (result && "ok" in result) {
    // saveArticle: someone else's draft is not the caller's to publish (IDOR).
    expect(result.ok, label).toBe(false);
    expect(["signed-out", "forbidden", "not-found"], label).toContain(result.kind);
    return;
  }
  const message = String(result?.message ?? result?.error ?? "");
  if (result && "status" in result) expect(result.status, label).toBe("error");
  expect(message, `${label}: message`).toMatch(REFUSAL);
}

/** One action call with the given cookies and Origin (null: none sent); returns the response. */
function callAction(
  api: APIRequestContext,
  url: string,
  action: ServerAction,
  args: unknown[],
  origin: string | null = E2E.baseURL,
) {
  return api.post(url, { headers: actionHeaders(action.id, origin), multipart: actionBody(args), maxRedirects: 0 });
}

test.describe("server actions", () => {
  test("the enumeration finds the newsroom's actions in the build", () => {
    const names = serverActions().map((a) => a.exportedName);
    for (const expected of ["signIn", "signOut", "createUserAction", "changeRoleAction", "saveArticle"])
      expect(names).toContain(expected);
  });

  test("S10: every action id is reached by the browser's wire format, so the refusals below mean something", async ({
    browser,
    request,
  }) => {
    const admin = await createStaff("ADMIN");
    const victim = await createStaff("WRITER");
    const asAdmin = await signedInRequest(browser, admin);
    const t = await targets(victim);
    // With nothing filled in, every action runs and answers with its own validation (or redirect).
    for (const action of serverActions()) {
      if (action.exportedName === "signOut") continue; // proven below, with a session of its own
      await test.step(`${action.exportedName} is reached`, async () => {
        const before = await snapshot();
        const api = action.exportedName === "signIn" ? request : asAdmin;
        const response = await callAction(api, pageOf(action, t.ids), action, argsFor(action, t, true));
        expect(response.status(), action.exportedName).toBe(200);
        expect(response.headers()["x-nextjs-action-not-found"]).toBeUndefined();
        const reached = response.headers()["x-action-redirect"] ?? actionResult(await response.text());
        expect(reached, `${action.exportedName} answered`).toBeDefined();
        expect(await snapshot(), `${action.exportedName} with empty input changed data`).toEqual(before);
      });
    }
    // And a same-site call really changes things: the admin disables the victim…
    const setDisabled = serverActions().find((a) => a.exportedName === "setDisabledAction")!;
    const response = await callAction(asAdmin, "/admin/users", setDisabled, argsFor(setDisabled, t));
    expect(response.status()).toBe(200);
    expect((actionResult(await response.text()) as { status?: string }).status).toBe("ok");
    expect((await e2eDb().user.findUniqueOrThrow({ where: { id: victim.id } })).disabled).toBe(true);
    // …and a writer's sign-out ends their session.
    const writer = await createStaff("WRITER");
    const asWriter = await signedInRequest(browser, writer);
    expect(await e2eDb().session.count({ where: { userId: writer.id } })).toBe(1);
    const signOut = serverActions().find((a) => a.exportedName === "signOut")!;
    const out = await callAction(asWriter, "/admin/articles", signOut, argsFor(signOut, t));
    expect(out.headers()["x-action-redirect"]).toMatch(/^\/admin\/sign-in/);
    expect(await e2eDb().session.count({ where: { userId: writer.id } })).toBe(0);
  });

  test("S10: every server action refuses a foreign, missing or null Origin, even for an admin", async ({
    browser,
    request,
  }) => {
    const admin = await createStaff("ADMIN");
    const asAdmin = await signedInRequest(browser, admin);
    const t = await targets(await createStaff("EDITOR"));
    for (const action of serverActions()) {
      await test.step(`${action.filename} ${action.exportedName}`, async () => {
        const api = action.exportedName === "signIn" ? request : asAdmin;
        for (const origin of ["https://evil.example", "null", null]) {
          const label = `${action.exportedName} with Origin ${origin ?? "missing"}`;
          const before = await snapshot();
          const response = await callAction(api, pageOf(action, t.ids), action, argsFor(action, t), origin);
          expect(await snapshot(), `${label} changed data`).toEqual(before);
          await expectRefused(response, label, true);
        }
      });
    }
    // Still signed in: the forged sign-outs ended nothing.
    expect((await asAdmin.get("/admin/users", { maxRedirects: 0 })).status()).toBe(200);
  });

  test("S12, S13: every server action refuses signed-out callers and the role below it, and changes nothing", async ({
    request,
    browser,
  }) => {
    const t = await targets(await createStaff("EDITOR"));
    const callers: Partial<Record<Role, APIRequestContext>> = {
      WRITER: await signedInRequest(browser, await createStaff("WRITER")),
      EDITOR: await signedInRequest(browser, await createStaff("EDITOR")),
    };
    for (const action of serverActions()) {
      if (action.exportedName === "signIn") continue; // public by design; its Origin check is above
      await test.step(`${action.filename} ${action.exportedName}`, async () => {
        const own = pageOf(action, t.ids);
        // At the action's own page, and at the sign-in page, which the proxy lets through.
        for (const url of new Set([own, "/admin/sign-in"])) {
          const before = await snapshot();
          const response = await callAction(request, url, action, argsFor(action, t));
          expect(await snapshot(), `${action.exportedName} signed out at ${url} changed data`).toEqual(before);
          await expectRefused(response, `${action.exportedName} signed out at ${url}`);
        }
        // Anyone signed in may sign themselves out and manage their own two-step sign-in: those
        // actions take no user id, so there is no one else's account to aim them at.
        if (OWN_ACCOUNT_ACTIONS.has(action.exportedName)) return;
        // The role just below what the page needs: an editor for the Users page, else a writer,
        // who may enter the newsroom but not touch someone else's draft (IDOR).
        const permission = permissionForAdminPath(own) ?? "newsroom:enter";
        const role: Role = can("EDITOR", permission) ? "WRITER" : "EDITOR";
        const before = await snapshot();
        const response = await callAction(callers[role]!, own, action, argsFor(action, t));
        expect(await snapshot(), `${action.exportedName} as ${role} changed data`).toEqual(before);
        await expectRefused(response, `${action.exportedName} as ${role}`);
      });
    }
  });
});

test.describe("route handlers", () => {
  const PUBLIC = new Set(["api/health", "api/auth/[...all]", "api/bad-request"]);

  test("S12: every non-public route handler refuses signed-out callers and writers, and changes nothing", async ({
    request,
    browser,
  }) => {
    const writer = await createStaff("WRITER");
    const asWriter = await signedInRequest(browser, writer);
    const routes = routeFiles.map((f) => routeOf(f).join("/")).filter((r) => !PUBLIC.has(r));
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      await test.step(route, async () => {
        const url = `/${route}`;
        const before = await snapshot();
        for (const method of ["GET", "POST", "PUT", "DELETE"] as const) {
          const response = await request.fetch(url, {
            method,
            headers: { Origin: E2E.baseURL },
            data: "{}",
            maxRedirects: 0,
          });
          expect([307, 400, 401, 403, 404, 405], `${method} ${url} signed out`).toContain(response.status());
        }
        const permission = permissionForAdminPath(url);
        if (!route.startsWith("admin/") || (permission && !can("WRITER", permission))) {
          const response = await asWriter.fetch(url, {
            method: "POST",
            headers: { Origin: E2E.baseURL },
            data: "{}",
            maxRedirects: 0,
          });
          expect([400, 401, 403, 404, 405], `POST ${url} as writer`).toContain(response.status());
        }
        expect(await snapshot()).toEqual(before);
      });
    }
  });

  test("S2: no password-reset, sign-up or account endpoint of better-auth is reachable", async ({ request }) => {
    for (const endpoint of [
      "request-password-reset",
      "reset-password",
      "sign-up/email",
      "change-password",
      "update-user",
      "revoke-sessions",
      "list-sessions",
    ]) {
      const response = await request.post(`/api/auth/${endpoint}`, {
        headers: { Origin: E2E.baseURL },
        data: { email: "admin@dateline.local", password: "violet-harbour-lantern-58", newPassword: "x" },
      });
      expect(response.status(), endpoint).toBe(404);
    }
  });

  test("S10: /api/auth/sign-in/email refuses a foreign, missing or null Origin", async ({ request }) => {
    const staff = await createStaff("WRITER");
    for (const origin of ["https://evil.example", "null", undefined]) {
      const response = await request.post("/api/auth/sign-in/email", {
        headers: origin ? { Origin: origin } : {},
        data: { email: staff.email, password: staff.password },
      });
      expect(response.status(), `Origin ${origin ?? "missing"}`).toBe(403);
      expect(response.headers()["set-cookie"]).toBeUndefined();
    }
    const ok = await request.post("/api/auth/sign-in/email", {
      headers: { Origin: E2E.baseURL },
      data: { email: staff.email, password: staff.password },
    });
    expect(ok.status()).toBe(200);
    expect(ok.headers()["cache-control"]).toBe("private, no-store");
  });

  test("S23: an auth request body over 16 KB is refused", async ({ request }) => {
    const response = await request.post("/api/auth/sign-in/email", {
      headers: { Origin: E2E.baseURL },
      data: { email: "a@b.test", password: "x".repeat(20_000) },
    });
    expect(response.status()).toBe(413);
  });
});

test.describe("proxy hardening", () => {
  test("S12: requests carrying x-middleware-subrequest are refused, on admin and reader URLs", async ({ request }) => {
    for (const url of ["/admin/users", "/admin/sign-in", "/en", "/api/health"]) {
      const response = await request.get(url, {
        headers: {
          "x-middleware-subrequest":
            "proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware",
        },
        maxRedirects: 0,
      });
      expect(response.status(), url).toBe(400);
    }
  });

  test("S12: RSC and prefetch variants of admin URLs get the same refusals", async ({ request, browser }) => {
    const variants: Record<string, string>[] = [
      { RSC: "1" },
      { RSC: "1", "Next-Router-Prefetch": "1" },
      { Purpose: "prefetch" },
    ];
    for (const headers of variants) {
      const response = await request.get("/admin/users", { headers, maxRedirects: 0 });
      expect(response.status(), JSON.stringify(headers)).toBe(307);
    }
    for (const url of ["/admin/users.rsc", "/admin/users.segments/_tree.segment.rsc", "/admin/users?_rsc=abc"]) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect([307, 404], url).toContain(response.status());
      expect(await response.text()).not.toContain("Active sessions");
    }
    const asWriter = await signedInRequest(browser, await createStaff("WRITER"));
    for (const headers of variants) {
      const response = await asWriter.get("/admin/users", { headers, maxRedirects: 0 });
      expect(response.status(), JSON.stringify(headers)).toBe(403);
    }
  });

  test("S19, S20, S21: admin responses carry a per-request nonce CSP, frame-ancestors 'none' and private, no-store", async ({
    page,
    request,
  }) => {
    const editor = await createStaff("EDITOR");
    await signIn(page, editor);
    const response = await page.goto("/admin/audit");
    const headers = response!.headers();
    const csp = headers["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("'strict-dynamic'");
    for (const part of [
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'none'",
      "script-src-attr 'none'",
      "form-action 'self'",
    ]) {
      expect(csp).toContain(part);
    }
    expect(csp).not.toContain("'unsafe-inline' 'strict");
    expect(headers["cache-control"]).toBe("private, no-store");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    // Next stamped its own scripts with this response's nonce, so the page works under the policy.
    const scripts = await page.locator("script").evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((n) => n === nonce)).toBe(true);
    const again = await page.reload();
    expect(again!.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
    // Refusals carry the same headers.
    const signedOut = await request.get("/admin/users", { maxRedirects: 0 });
    expect(signedOut.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(signedOut.headers()["cache-control"]).toBe("private, no-store");
    const signInPage = await request.get("/admin/sign-in");
    expect(signInPage.headers()["content-security-policy"]).toMatch(/'nonce-[^']+'/);
  });

  test("S19, S21: a draft preview is nonce-protected and never cached", async ({ page }) => {
    const ids = await realIds();
    await signIn(page, await createStaff("EDITOR"));
    const response = await page.goto(`/${ids.article.editionCode}/preview/${ids.article.id}`);
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'self'");
    expect(headers["cache-control"]).toBe("private, no-store");
  });

  test("S19, S20: reader pages carry the static policy", async ({ request }) => {
    for (const url of ["/en", "/en/search?q=council", "/no-such-page"]) {
      const response = await request.get(url);
      const csp = response.headers()["content-security-policy"] ?? "";
      for (const part of ["object-src 'none'", "base-uri 'none'", "script-src-attr 'none'", "form-action 'self'"]) {
        expect(csp, url).toContain(part);
      }
      expect(csp, url).not.toContain("nonce-");
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
      expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    }
  });
});
