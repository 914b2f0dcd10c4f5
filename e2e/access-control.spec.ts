import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { permissionForAdminPath } from "@/lib/auth/admin-paths";
import { can, type Role } from "@/lib/auth/roles";
import { E2E } from "./support/constants";
import { createStaff, e2eDb, signIn, type TestStaff } from "./support/staff";

// Every admin page, server action and route handler refuses signed-out and under-privileged
// callers (SPEC §7, SECURITY S10–S13, S19–S21). The lists come from the source tree and the
// build, not from a hand-kept list, so a new page or action is tested the day it appears.

const ROOT = process.cwd();
const DIST = process.env.NEXT_DIST_DIR || ".next";

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
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, disabled: true, name: true } }),
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

interface ActionEntry {
  id: string;
  filename: string;
  exportedName: string;
}

function serverActions(): ActionEntry[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node)
    .map(([id, entry]) => ({ id, filename: entry.filename ?? "", exportedName: entry.exportedName ?? "" }))
    .filter((entry) => entry.filename.startsWith("app/") && !entry.exportedName.startsWith("$$RSC_SERVER_CACHE"));
}

/** A server action call as React sends it: [previous state, FormData], fields prefixed "_1_". */
function actionBody(ids: Ids, victim: TestStaff): FormData {
  const form = new FormData();
  form.set("0", JSON.stringify([{ status: "idle", message: "", fieldErrors: {}, values: {} }, "$K1"]));
  const fields: Record<string, string> = {
    userId: victim.id,
    role: "ADMIN",
    disabled: "true",
    password: "violet-harbour-lantern-58",
    name: "Forged",
    email: `forged.${Date.now()}@newsroom.test`,
    id: String(ids.article.id),
    articleId: String(ids.article.id),
    version: "1",
    headline: "Forged headline",
    slug: `forged-${Date.now()}`,
    editionCode: "en",
    ed: "en",
    fromId: String(ids.tag),
    intoId: String(ids.tag),
    alt: "forged",
  };
  for (const [name, value] of Object.entries(fields)) form.set(`_1_${name}`, value);
  return form;
}

const REFUSAL = /sign in|refused|not allowed|do not have access|cannot|permission|session/i;

test.describe("server actions", () => {
  test("the enumeration finds the newsroom's actions in the build", () => {
    const names = serverActions().map((a) => a.exportedName);
    for (const expected of ["signIn", "signOut", "createUserAction", "changeRoleAction"])
      expect(names).toContain(expected);
  });

  // FIXME: the hand-made action request does not reach the action yet (the positive control in the
  // S10 test fails: setDisabledAction never runs), so these would prove nothing; fixed, not skipped, next.
  test.fixme("S12, S13: every server action refuses signed-out callers and writers, and changes nothing", async ({
    request,
    browser,
  }) => {
    const ids = await realIds();
    const victim = await createStaff("EDITOR");
    const writer = await createStaff("WRITER");
    const asWriter = await signedInRequest(browser, writer);
    // Writers may do a few things themselves (create a draft, upload); those actions are proven
    // by the editor's own tests. Here: everything a writer must not reach.
    const writerMay = new Set(["signOut"]);
    for (const action of serverActions()) {
      if (action.exportedName === "signIn") continue; // public by design; Origin checked below
      await test.step(`${action.filename} ${action.exportedName}`, async () => {
        // Posted to the public sign-in page (which the proxy lets through) and to a reader page,
        // so the action's own check is what is tested, not the proxy's.
        for (const url of ["/admin/sign-in", "/en"]) {
          const before = await snapshot();
          const response = await request.post(url, {
            headers: { "Next-Action": action.id, Origin: E2E.baseURL, Accept: "text/x-component" },
            multipart: actionBody(ids, victim),
            maxRedirects: 0,
          });
          const body = await response.text();
          expect(await snapshot(), `${action.exportedName} signed out at ${url} changed data`).toEqual(before);
          // Signing out needs no privilege: for it "nothing changed" is the whole expectation.
          if (response.status() < 300 && action.exportedName !== "signOut") {
            expect(body, `${action.exportedName} signed out`).toMatch(REFUSAL);
          }
        }
        if (writerMay.has(action.exportedName)) return;
        const before = await snapshot();
        const response = await asWriter.post("/admin/articles", {
          headers: { "Next-Action": action.id, Origin: E2E.baseURL, Accept: "text/x-component" },
          multipart: actionBody(ids, victim),
          maxRedirects: 0,
        });
        const body = await response.text();
        const after = await snapshot();
        // A writer's own allowed change (a new draft of their own) would show as a new article;
        // anything touching users, other people's articles or taxonomy must not happen.
        expect(after.users, `${action.exportedName} as writer changed accounts`).toEqual(before.users);
        expect(after.counts.slice(2, 6), `${action.exportedName} as writer changed taxonomy or media`).toEqual(
          before.counts.slice(2, 6),
        );
        const othersNow = await e2eDb().article.findMany({
          where: { id: { lte: before.lastArticleId } },
          orderBy: { id: "asc" },
          select: { id: true, updatedAt: true, version: true, status: true },
        });
        expect(othersNow, `${action.exportedName} as writer changed an existing article`).toEqual(before.articles);
        const made = await e2eDb().article.findMany({
          where: { id: { gt: before.lastArticleId } },
          select: { createdById: true },
        });
        for (const article of made) expect(article.createdById).toBe(writer.id);
        if (response.status() < 300 && made.length === 0) expect(body).toMatch(REFUSAL);
      });
    }
  });

  // FIXME: the hand-made action request does not reach the action yet (the positive control in the
  // S10 test fails: setDisabledAction never runs), so these would prove nothing; fixed, not skipped, next.
  test.fixme("S10: a server action with a foreign, missing or null Origin is refused", async ({ browser }) => {
    const admin = await createStaff("ADMIN");
    const victim = await createStaff("WRITER");
    const asAdmin = await signedInRequest(browser, admin);
    const action = serverActions().find((a) => a.exportedName === "setDisabledAction");
    expect(action).toBeDefined();
    const ids = await realIds();
    for (const origin of ["https://evil.example", "null", undefined]) {
      const before = await snapshot();
      const headers: Record<string, string> = { "Next-Action": action!.id, Accept: "text/x-component" };
      if (origin) headers.Origin = origin;
      const response = await asAdmin.post("/admin/users", {
        headers,
        multipart: actionBody(ids, victim),
        maxRedirects: 0,
      });
      expect(await snapshot(), `Origin ${origin ?? "missing"}`).toEqual(before);
      if (response.status() < 300) expect(await response.text()).toMatch(/refused|this site/i);
    }
    // The same call from the site itself works, so the refusals above were about the Origin.
    const ok = await asAdmin.post("/admin/users", {
      headers: { "Next-Action": action!.id, Accept: "text/x-component", Origin: E2E.baseURL },
      multipart: actionBody(ids, victim),
    });
    expect(ok.status()).toBe(200);
    expect((await e2eDb().user.findUniqueOrThrow({ where: { id: victim.id } })).disabled).toBe(true);
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
