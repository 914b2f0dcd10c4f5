import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { generateRandomString } from "better-auth/crypto";
import { nextCookies } from "better-auth/next-js";
import { twoFactor } from "better-auth/plugins";
import { db, dbProvider } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { CLIENT_ADDRESS_HEADER, UNKNOWN_ADDRESS } from "./client-ip";
import { claimCode, releaseCode } from "./one-time-codes";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-policy";
import { authSecret } from "./secret";
import { clearSignInFailures, recordSignInFailure, signInWait, waitInWords, type SignInSubject } from "./throttle";

// The better-auth instance: email and password, sessions in the database, no self sign-up.
// Accounts are made by admins (lib/auth/users.ts) and at start (lib/auth/bootstrap.ts).
//
// Session lifetimes (SECURITY S9):
// - absolute: 12 hours from sign-in. `expiresIn` sets the database row's expiry and the cookie's
//   Max-Age; `disableSessionRefresh` stops better-auth from sliding it forward, so it is final.
// - idle: 2 hours without a request. better-auth has no idle timeout; lib/auth/staff.ts records
//   activity in the session's updatedAt (at most once a minute) and ends a session left idle.
//
// Cookies (SECURITY S5): HttpOnly; over https also Secure and named with the __Host- prefix
// (Path=/, no Domain: no subdomain can set or read it). SameSite=Lax, deliberately: Strict would
// drop the cookie when an editor follows a link to /admin/… from mail or chat, sending them to
// the sign-in page although signed in; Lax sends it on such top-level GET navigations only, and
// no GET changes anything (S11) while every POST must carry our own Origin (S10).

// Two-step sign-in (SECURITY S3), optional per account: after the password, a 6-digit code from
// an authenticator app (TOTP, 30-second steps) or one of ten single-use backup codes. The
// challenge between the two steps lasts 5 minutes and allows 5 wrong codes; 10 wrong codes in a
// row lock the account's second step for 15 minutes; an authenticator code is accepted once
// (lib/auth/one-time-codes.ts).
export const TWO_STEP_CHALLENGE_SECONDS = 5 * 60;
export const TWO_STEP_LOCKOUT = { maxFailedAttempts: 10, durationSeconds: 15 * 60 } as const;
export const TOTP_PATH = "/two-factor/verify-totp";
export const BACKUP_CODE_PATH = "/two-factor/verify-backup-code";
const CODE_PATHS = new Set([TOTP_PATH, BACKUP_CODE_PATH]);

export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
export const SESSION_IDLE_SECONDS = 2 * 60 * 60;
export const COOKIE_PREFIX = "dateline";

/** Cookie names and attributes for a site served at `siteUrl`. */
export function cookiePolicy(siteUrl: string) {
  const secure = siteUrl.startsWith("https://");
  const name = (cookie: string) => `${secure ? "__Host-" : ""}${COOKIE_PREFIX}.${cookie}`;
  return {
    secure,
    sessionCookie: name("session_token"),
    names: {
      session_token: { name: name("session_token") },
      session_data: { name: name("session_data") },
      dont_remember: { name: name("dont_remember") },
      account_data: { name: name("account_data") },
      two_factor: { name: name("two_factor") },
      trust_device: { name: name("trust_device") },
    },
    attributes: { httpOnly: true, secure, sameSite: "lax" as const, path: "/" },
  };
}

/** The cookie that holds a pending two-step sign-in (set after the right password). */
export const challengeCookieName = () => cookiePolicy(env.SITE_URL).names.two_factor.name;

// Only these endpoints are served over HTTP; account changes and the second sign-in step go
// through the newsroom's own forms (server actions calling getAuth().api), which apply the
// password policy, the last-admin rule and the audit log.
export const OPEN_AUTH_PATHS = ["/sign-in/email", "/sign-out", "/get-session", "/ok"] as const;
const CLOSED_AUTH_PATHS = [
  "/sign-up/email",
  "/sign-in/social",
  "/update-user",
  "/change-email",
  "/change-password",
  "/set-password",
  "/delete-user",
  "/delete-user/callback",
  "/request-password-reset",
  "/reset-password",
  "/verify-email",
  "/send-verification-email",
  "/verify-password",
  "/link-social",
  "/unlink-account",
  "/list-accounts",
  "/account-info",
  "/refresh-token",
  "/get-access-token",
  "/list-sessions",
  "/revoke-session",
  "/revoke-sessions",
  "/revoke-other-sessions",
  "/update-session",
  // Two-step sign-in: only "trust this device" (never offered) and codes by mail or SMS (none).
  "/two-factor/send-otp",
  "/two-factor/verify-otp",
];

function subjectOf(body: unknown, headers: Headers | undefined): SignInSubject | null {
  const email = (body as { email?: unknown } | undefined)?.email;
  if (typeof email !== "string" || email.length === 0 || email.length > 320) return null;
  return { email: email.trim().toLowerCase(), address: headers?.get(CLIENT_ADDRESS_HEADER) ?? UNKNOWN_ADDRESS };
}

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

/** The account a pending two-step sign-in is for (from its signed cookie), or null. */
async function challengedUserId(ctx: HookContext): Promise<string | null> {
  const cookie = ctx.context.createAuthCookie("two_factor");
  const identifier = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
  if (!identifier) return null;
  const challenge = await ctx.context.internalAdapter.findVerificationValue(identifier);
  return challenge && challenge.expiresAt > new Date() ? challenge.value : null;
}

const codeOf = (body: unknown) => {
  const code = (body as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : "";
};

// This request's claim, for the after hook (the same headers object reaches both hooks).
const claims = new WeakMap<object, { userId: string; code: string }>();

// Claims an authenticator code before it is checked, so it can sign in only once (SECURITY S3).
async function claimSignInCode(ctx: HookContext): Promise<void> {
  const userId = await challengedUserId(ctx);
  if (!userId) return;
  const code = codeOf(ctx.body);
  if (await claimCode(db(), userId, code)) {
    if (ctx.headers) claims.set(ctx.headers, { userId, code });
    return;
  }
  const address = ctx.headers?.get(CLIENT_ADDRESS_HEADER) ?? UNKNOWN_ADDRESS;
  log.warn({ event: "signin.code-reused", userId, address }, "Sign-in refused: code already used");
  throw new APIError("UNAUTHORIZED", {
    code: "CODE_ALREADY_USED",
    message: "This code has been used already: wait for the next one.",
  });
}

// Logs the second step's outcome (S25) and gives back the claim of a code that signed no one in.
async function afterSignInCode(ctx: HookContext): Promise<void> {
  const address = ctx.headers?.get(CLIENT_ADDRESS_HEADER) ?? UNKNOWN_ADDRESS;
  const method = ctx.path === TOTP_PATH ? "authenticator" : "backup-code";
  // Confirming the set-up on the Account page comes with a session; the sign-in step has none.
  const signedIn = await ctx.getSignedCookie(ctx.context.authCookies.sessionToken.name, ctx.context.secret);
  if (signedIn) return;
  const session = ctx.context.newSession;
  if (session) {
    log.info({ event: "signin.success", userId: session.user.id, address, method }, "Signed in");
    return;
  }
  const claim = ctx.headers && claims.get(ctx.headers);
  if (claim) await releaseCode(db(), claim.userId, claim.code);
  const userId = claim?.userId ?? (await challengedUserId(ctx));
  const returned = ctx.context.returned;
  const code = isAPIError(returned) ? ((returned.body as { code?: string } | undefined)?.code ?? "UNAUTHORIZED") : null;
  if (code) log.warn({ event: "signin.code-failure", userId, address, method, code }, "Sign-in code refused");
}

// Refuse a throttled account or address before its password is even checked (SECURITY S1).
const beforeHook = createAuthMiddleware(async (ctx) => {
  if (ctx.path === TOTP_PATH && !ctx.context.session) return claimSignInCode(ctx);
  if (ctx.path !== "/sign-in/email") return;
  const subject = subjectOf(ctx.body, ctx.headers);
  if (!subject) return;
  const waitMs = await signInWait(db(), subject);
  if (waitMs <= 0) return;
  const seconds = Math.ceil(waitMs / 1000);
  log.warn(
    { event: "signin.throttled", email: subject.email, address: subject.address, waitSeconds: seconds },
    "Sign-in refused: too many failures",
  );
  throw new APIError(
    "TOO_MANY_REQUESTS",
    { code: "TOO_MANY_ATTEMPTS", message: `Too many attempts: wait ${waitInWords(waitMs)}.`, retryAfter: seconds },
    { "Retry-After": String(seconds) },
  );
});

// Count failures, clear the counters on success, and log both (SECURITY S1, S25).
const afterHook = createAuthMiddleware(async (ctx) => {
  if (CODE_PATHS.has(ctx.path)) return afterSignInCode(ctx);
  if (ctx.path !== "/sign-in/email") return;
  const subject = subjectOf(ctx.body, ctx.headers);
  if (!subject) return;
  const session = ctx.context.newSession;
  // This hook runs before the twoFactor plugin's, which then swaps this session for a challenge.
  if (session && (session.user as { twoFactorEnabled?: boolean }).twoFactorEnabled) {
    await clearSignInFailures(db(), subject);
    log.info(
      { event: "signin.code-required", userId: session.user.id, email: subject.email, address: subject.address },
      "Password accepted: waiting for the sign-in code",
    );
    return;
  }
  if (session) {
    await clearSignInFailures(db(), subject);
    log.info(
      { event: "signin.success", userId: session.user.id, email: subject.email, address: subject.address },
      "Signed in",
    );
    return;
  }
  const returned = ctx.context.returned;
  if (isAPIError(returned) && returned.statusCode === 401) {
    await recordSignInFailure(db(), subject);
    const code = (returned.body as { code?: string } | undefined)?.code ?? "UNAUTHORIZED";
    log.warn({ event: "signin.failure", email: subject.email, address: subject.address, code }, "Sign-in failed");
  }
});

function createAuth() {
  const cookies = cookiePolicy(env.SITE_URL);
  if (env.NODE_ENV === "production" && !cookies.secure) {
    log.warn(
      { event: "config.insecure", siteUrl: env.SITE_URL },
      "SITE_URL is not https: session cookies are sent without Secure",
    );
  }
  return betterAuth({
    appName: "Dateline",
    baseURL: env.SITE_URL,
    basePath: "/api/auth",
    secret: authSecret(),
    trustedOrigins: [new URL(env.SITE_URL).origin],
    database: prismaAdapter(db(), { provider: dbProvider }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      autoSignIn: false,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      revokeSessionsOnPasswordReset: true,
      // better-auth's default hash is scrypt (memory-hard, SECURITY S26): kept.
    },
    user: {
      additionalFields: {
        role: { type: "string", input: false, required: false, defaultValue: "WRITER" },
        disabled: { type: "boolean", input: false, required: false, defaultValue: false },
      },
    },
    session: {
      expiresIn: SESSION_ABSOLUTE_SECONDS,
      disableSessionRefresh: true,
      cookieCache: { enabled: false }, // every request reads the session row: revocation is immediate
    },
    rateLimit: {
      enabled: true,
      // In memory: a per-process flood guard only. The sign-in throttle that must hold across
      // processes is lib/auth/throttle.ts (its own rows in the RateLimit table). better-auth's
      // database storage would expect an `id` column there and refuse to start without it.
      storage: "memory",
      window: 60,
      max: 100,
      // A flood guard per address; the real sign-in throttle is lib/auth/throttle.ts.
      customRules: { "/sign-in/email": { window: 60, max: 30 } },
    },
    advanced: {
      // The cookie names below carry their own prefix (__Host- beats better-auth's __Secure-).
      useSecureCookies: false,
      cookiePrefix: COOKIE_PREFIX,
      cookies: cookies.names,
      defaultCookieAttributes: cookies.attributes,
      // Set by our route handler and sign-in action from lib/auth/client-ip.ts, never by clients.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      // Session tokens and ids: 32 characters of 62 symbols (about 190 bits, SECURITY S6).
      database: { generateId: () => generateRandomString(32, "a-z", "A-Z", "0-9") },
    },
    disabledPaths: CLOSED_AUTH_PATHS,
    hooks: { before: beforeHook, after: afterHook },
    databaseHooks: {
      session: {
        create: {
          // A disabled account never gets a session, even with the right password.
          before: async (session) => {
            const user = await db().user.findUnique({ where: { id: session.userId }, select: { disabled: true } });
            if (!user || user.disabled) {
              throw new APIError("UNAUTHORIZED", {
                code: "ACCOUNT_DISABLED",
                message: "Email or password is incorrect",
              });
            }
          },
        },
      },
    },
    telemetry: { enabled: false },
    logger: {
      level: "error",
      log: (level, message) => log[level]({ event: "better-auth" }, message),
    },
    plugins: [
      twoFactor({
        issuer: "Dateline newsroom",
        twoFactorCookieMaxAge: TWO_STEP_CHALLENGE_SECONDS,
        accountLockout: { enabled: true, ...TWO_STEP_LOCKOUT },
        totpOptions: { digits: 6, period: 30 },
        backupCodeOptions: { amount: 10, length: 10, storeBackupCodes: "encrypted" },
      }),
      nextCookies(), // last, so it sees every cookie the others set
    ],
  });
}

type Auth = ReturnType<typeof createAuth>;
// One per bundle, deliberately not shared through globalThis: proxy.ts is bundled apart from the
// app, and the nextCookies plugin must reach the `next/headers` of the bundle that calls it.
let instance: Auth | undefined;

/** The better-auth instance, made on first use (never at build time). */
export function getAuth(): Auth {
  instance ??= createAuth();
  return instance;
}
