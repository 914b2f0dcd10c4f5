import { describe, expect, it } from "vitest";
import { codeStepPath, permissionForAdminPath, safeNextPath, signInPath } from "@/lib/auth/admin-paths";
import { addressFrom, normaliseAddress, UNKNOWN_ADDRESS } from "@/lib/auth/client-ip";
import { passwordProblem, PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { can, canEditArticle, type Permission, type Role } from "@/lib/auth/roles";
import { secretProblem } from "@/lib/auth/secret";
import {
  ACCOUNT_RULE,
  afterFailure,
  retryAfterMs,
  SHARED_ADDRESS_RULE,
  waitAfter,
  waitInWords,
} from "@/lib/auth/throttle";
import { newsroomCsp } from "@/lib/security/headers";
import { judgeOrigin } from "@/lib/security/origin";

// The pure rules behind sign-in and access control.

describe("S26: password policy", () => {
  it.each(["short1", "1234567"])("refuses %s as too short", (password) => {
    expect(passwordProblem(password)).toMatch(/at least 8 characters/);
  });
  it.each([
    "password",
    "Password1",
    "P@ssw0rd",
    "qwertyuiop",
    "12345678",
    "aaaaaaaa",
    "abcabcabc",
    "Monkey2024!",
    "iloveyou",
  ])("refuses the common or predictable %s", (password) => {
    expect(passwordProblem(password)).toMatch(/too common/);
  });
  it("refuses a password built from the account's own email or name", () => {
    expect(passwordProblem("janedoe2024", { email: "janedoe@news.test", name: "Jane Doe" })).toMatch(
      /your email, your name/,
    );
  });
  it("accepts long passphrases, 64 characters and more, and unicode", () => {
    expect(passwordProblem("correct horse battery staple")).toBeNull();
    const long = "tide river orchard lantern copper meadow falcon violet harbour 2231";
    expect(long.length).toBeGreaterThanOrEqual(64);
    expect(passwordProblem(long)).toBeNull();
    expect(passwordProblem("Grüße aus Köln am Rhein")).toBeNull();
  });
  it("refuses a password over the maximum (the hash must not become CPU work)", () => {
    expect(passwordProblem("Tide-".repeat(30))).toMatch(new RegExp(`at most ${PASSWORD_MAX_LENGTH}`));
  });
});

describe("S1: escalating sign-in waits", () => {
  it("lets four failures through, then waits 1, 2, 4 … minutes, at most an hour", () => {
    expect([0, 1, 2, 3].map((n) => waitAfter(n, ACCOUNT_RULE))).toEqual([0, 0, 0, 0]);
    expect([4, 5, 6, 7].map((n) => waitAfter(n, ACCOUNT_RULE) / 60_000)).toEqual([1, 2, 4, 8]);
    expect(waitAfter(40, ACCOUNT_RULE)).toBe(60 * 60_000);
  });
  it("counts failures and measures the wait from the last one", () => {
    let record = null;
    for (let i = 0; i < 5; i++) record = afterFailure(record, 1_000 + i, ACCOUNT_RULE);
    expect(record).toEqual({ failures: 5, lastFailureAt: 1_004 });
    expect(retryAfterMs(record, 1_004 + 30_000, ACCOUNT_RULE)).toBe(2 * 60_000 - 30_000);
  });
  it("forgets a counter after 12 quiet hours", () => {
    const record = { failures: 9, lastFailureAt: 0 };
    expect(retryAfterMs(record, 12 * 3_600_000, ACCOUNT_RULE)).toBe(0);
    expect(afterFailure(record, 12 * 3_600_000, ACCOUNT_RULE)).toEqual({ failures: 1, lastFailureAt: 12 * 3_600_000 });
  });
  it("gives the shared unknown-address key a large allowance", () => {
    expect(waitAfter(50, SHARED_ADDRESS_RULE)).toBe(0);
    expect(waitAfter(100, SHARED_ADDRESS_RULE)).toBe(60_000);
  });
  it("says the wait in whole minutes", () => {
    expect(waitInWords(1)).toBe("1 minute");
    expect(waitInWords(61_000)).toBe("2 minutes");
  });
});

describe("S24: client address only from a trusted proxy", () => {
  it("ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(addressFrom("203.0.113.9", undefined)).toBe(UNKNOWN_ADDRESS);
    expect(addressFrom("203.0.113.9", "0")).toBe(UNKNOWN_ADDRESS);
  });
  it("with one trusted proxy takes the rightmost entry, not what the client prepended", () => {
    expect(addressFrom("1.2.3.4, 203.0.113.9", "1")).toBe("203.0.113.9");
  });
  it("with listed proxies skips them from the right", () => {
    expect(addressFrom("1.2.3.4, 203.0.113.9, 10.0.0.2", "10.0.0.2,10.0.0.3")).toBe("203.0.113.9");
    expect(addressFrom("10.0.0.3, 10.0.0.2", "10.0.0.2,10.0.0.3")).toBe(UNKNOWN_ADDRESS);
    expect(addressFrom("not-an-ip, 10.0.0.2", "10.0.0.2")).toBe(UNKNOWN_ADDRESS);
  });
  it("normalises ports, mapped IPv4 and IPv6 to its /64", () => {
    expect(normaliseAddress("203.0.113.9:5555")).toBe("203.0.113.9");
    expect(normaliseAddress("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(normaliseAddress("[2001:db8:1:2:3:4:5:6]:443")).toBe("2001:db8:1:2::");
    expect(normaliseAddress("2001:db8::1")).toBe("2001:db8:0:0::");
    expect(normaliseAddress("evil")).toBeNull();
  });
});

describe("sign-in returns only to newsroom paths (no open redirect)", () => {
  it.each([
    ["/admin/articles/5?x=1", "/admin/articles/5?x=1"],
    ["/admin", "/admin/articles"],
    ["//evil.example/admin", "/admin/articles"],
    ["https://evil.example/admin", "/admin/articles"],
    ["/admin/\\evil", "/admin/articles"],
    ["/admin//evil.example", "/admin/articles"],
    ["/en/world", "/admin/articles"],
    ["/admin/sign-in?next=/admin/users", "/admin/articles"],
    ["/administrator", "/admin/articles"],
    [42, "/admin/articles"],
  ])("safeNextPath(%j) is %s", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
  it("builds the sign-in address with the return path", () => {
    expect(signInPath("/admin/users")).toBe("/admin/sign-in?next=%2Fadmin%2Fusers");
    expect(signInPath("//evil.example")).toBe("/admin/sign-in");
  });
  it("builds the code step's address (S3) with the same return-path rules", () => {
    expect(codeStepPath("/admin/account")).toBe("/admin/sign-in?step=code&next=%2Fadmin%2Faccount");
    expect(codeStepPath(undefined)).toBe("/admin/sign-in?step=code");
    expect(codeStepPath("https://evil.example/admin")).toBe("/admin/sign-in?step=code");
  });
});

const ROLES: Role[] = ["ADMIN", "EDITOR", "WRITER"];
const MATRIX: Record<Permission, Role[]> = {
  "newsroom:enter": ["ADMIN", "EDITOR", "WRITER"],
  "article:create": ["ADMIN", "EDITOR", "WRITER"],
  "article:edit-any": ["ADMIN", "EDITOR"],
  "article:publish": ["ADMIN", "EDITOR"],
  "taxonomy:manage": ["ADMIN", "EDITOR"],
  "media:upload": ["ADMIN", "EDITOR", "WRITER"],
  "media:edit": ["ADMIN", "EDITOR"],
  "users:manage": ["ADMIN"],
  "audit:read": ["ADMIN", "EDITOR"],
};
const CASES = ROLES.flatMap((role) =>
  (Object.keys(MATRIX) as Permission[]).map(
    (permission) => [role, permission, MATRIX[permission].includes(role)] as const,
  ),
);

describe("S13: the role matrix", () => {
  it.each(CASES)("%s may %s: %s", (role, permission, allowed) => {
    expect(can(role, permission)).toBe(allowed);
  });
  it("writers edit only their own drafts; editors and admins anything", () => {
    const own = { createdById: "w1", status: "DRAFT" as const };
    expect(canEditArticle({ id: "w1", role: "WRITER" }, own)).toBe(true);
    expect(canEditArticle({ id: "w2", role: "WRITER" }, own)).toBe(false);
    expect(canEditArticle({ id: "w1", role: "WRITER" }, { ...own, status: "PUBLISHED" })).toBe(false);
    expect(canEditArticle({ id: "e1", role: "EDITOR" }, { ...own, status: "PUBLISHED" })).toBe(true);
  });
  it.each([
    ["/admin/users", "users:manage"],
    ["/admin/users/x", "users:manage"],
    ["/admin/audit", "audit:read"],
    ["/admin/tags/3", "taxonomy:manage"],
    ["/admin/articles/1", "newsroom:enter"],
    ["/admin", "newsroom:enter"],
    ["/admin/sign-in", null],
  ])("the proxy's coarse gate for %s is %s", (path, permission) => {
    expect(permissionForAdminPath(path)).toBe(permission);
  });
});

describe("S10: origin judgement", () => {
  const site = "https://news.example";
  it.each([
    [null, "missing"],
    ["", "missing"],
    ["null", "null"],
    ["https://evil.example", "foreign"],
    ["http://news.example", "foreign"],
    ["https://news.example.evil.example", "foreign"],
    ["not a url", "foreign"],
  ])("refuses Origin %j (%s)", (origin, reason) => {
    expect(judgeOrigin({ origin, host: "news.example", siteUrl: site })).toEqual({ ok: false, reason });
  });
  it("accepts the site's own origin, and the same host under the same scheme", () => {
    expect(judgeOrigin({ origin: site, host: "news.example", siteUrl: site })).toEqual({ ok: true });
    expect(
      judgeOrigin({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000", siteUrl: "http://localhost:3000" }),
    ).toEqual({ ok: true });
  });
});

describe("S5: cookie policy and the AUTH_SECRET check", async () => {
  // auth.ts reads the environment at import; only its pure cookie function is used here.
  const { cookiePolicy } = await import("@/lib/auth/auth");
  it("over https: Secure, HttpOnly, SameSite=Lax and the __Host- prefix", () => {
    const policy = cookiePolicy("https://news.example");
    expect(policy.sessionCookie).toBe("__Host-dateline.session_token");
    expect(policy.attributes).toEqual({ httpOnly: true, secure: true, sameSite: "lax", path: "/" });
    // Every cookie better-auth sets carries the prefix, the two-step challenge's too (S3).
    for (const { name } of Object.values(policy.names)) expect(name).toMatch(/^__Host-dateline\./);
    expect(policy.names.two_factor.name).toBe("__Host-dateline.two_factor");
  });
  it("over plain http (development): HttpOnly and Lax, no Secure, no prefix", () => {
    const policy = cookiePolicy("http://localhost:3000");
    expect(policy.sessionCookie).toBe("dateline.session_token");
    expect(policy.attributes.secure).toBe(false);
    expect(policy.attributes.httpOnly).toBe(true);
  });
  it.each([
    "short",
    "secretsecretsecretsecretsecretsecret",
    "a".repeat(40),
    "changeme-0123456789abcdefghijklmnopqrstuv",
  ])("refuses the weak secret %s", (secret) => {
    expect(secretProblem(secret)).not.toBeNull();
  });
  it("accepts a generated secret", () => {
    expect(secretProblem("q3V9bX2kL7mN0pR4sT8wY1zA5cE6fH+jK/uI=")).toBeNull();
  });
});

describe("S19: the newsroom's CSP", () => {
  it("carries the nonce, strict-dynamic and refuses framing, plugins and <base>", () => {
    const csp = newsroomCsp("abc123", { frameAncestors: "'none'", https: false, development: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    for (const part of [
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'none'",
      "script-src-attr 'none'",
      "form-action 'self'",
    ]) {
      expect(csp).toContain(part);
    }
    expect(csp).not.toContain("unsafe-eval");
  });
});
