"use server";

import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { codeStepPath, safeNextPath, SIGN_IN_PATH } from "@/lib/auth/admin-paths";
import { getAuth } from "@/lib/auth/auth";
import { clientAddress } from "@/lib/auth/client-ip";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { authRequestHeaders, getStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { waitInWords } from "@/lib/auth/throttle";
import { log } from "@/lib/log";
import { assertSameOrigin, ForeignOriginError } from "@/lib/security/origin";

// Signing in and out of the newsroom: server actions, so both forms work without JavaScript.

export interface SignInState {
  email: string;
  /** "code": the password was right and the account asks for its second step (SECURITY S3). */
  step?: "password" | "code";
  error?: string;
  fieldErrors?: { email?: string; password?: string; code?: string };
}

const INCORRECT = "Email or password is incorrect.";

const signInForm = z.object({
  email: z.string().trim().min(1, "Enter your email address.").max(320, INCORRECT),
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH, INCORRECT),
  next: z.string().optional(),
});

export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "").slice(0, 320);
  try {
    assertSameOrigin(await headers());
  } catch (error) {
    if (error instanceof ForeignOriginError)
      return { email, error: "This form must be sent from this site. Reload the page and try again." };
    throw error;
  }
  if (form.get("step") === "code") return signInWithCode(email, form);
  const parsed = signInForm.safeParse({
    email: form.get("email"),
    password: form.get("password"),
    next: form.get("next") ?? undefined,
  });
  if (!parsed.success) {
    const fieldErrors: SignInState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "email" || field === "password") fieldErrors[field] ??= issue.message;
    }
    return { email, error: "Enter your email address and password.", fieldErrors };
  }
  const requestHeaders = await authRequestHeaders();
  // A session this browser already had is ended once the new one exists (no session fixation).
  const previous = await getAuth().api.getSession({ headers: requestHeaders, query: { disableRefresh: true } });
  let needsCode = false;
  try {
    const result = await getAuth().api.signInEmail({
      body: { email: parsed.data.email, password: parsed.data.password, rememberMe: true },
      headers: requestHeaders,
    });
    // The twoFactor plugin has set a short-lived challenge cookie instead of a session.
    needsCode = "twoFactorRedirect" in result && result.twoFactorRedirect === true;
  } catch (error) {
    if (!isAPIError(error)) throw error;
    if (error.statusCode === 429) {
      const seconds = Number((error.body as { retryAfter?: number } | undefined)?.retryAfter ?? 60);
      return { email, error: `Too many attempts: wait ${waitInWords(seconds * 1000)} before trying again.` };
    }
    return { email, error: INCORRECT };
  }
  // The code step has an address of its own, so it works without JavaScript and survives a reload.
  if (needsCode) redirect(codeStepPath(parsed.data.next));
  if (previous) await db().session.deleteMany({ where: { id: previous.session.id } });
  redirect(safeNextPath(parsed.data.next));
}

const CODE_HINT = "Enter the 6-digit code from your authenticator app, or one of your backup codes.";

/** What each refusal of a sign-in code means to the person signing in, and which step follows. */
function codeRefusal(email: string, code: string | undefined): SignInState {
  switch (code) {
    case "CODE_ALREADY_USED":
      return { email, step: "code", error: "This code has been used already: wait for your app to show the next one." };
    case "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE":
      return { email, step: "password", error: "Too many wrong codes: enter your password again to start over." };
    case "ACCOUNT_TEMPORARILY_LOCKED":
      return {
        email,
        step: "password",
        error: "Too many wrong codes for this account: wait 15 minutes, then sign in again.",
      };
    case "INVALID_TWO_FACTOR_COOKIE":
      return { email, step: "password", error: "This sign-in has expired: enter your password again." };
    case "INVALID_CODE":
    case "INVALID_BACKUP_CODE":
      return { email, step: "code", error: "That code is not right. Try again with the code your app shows now." };
    default:
      return { email, step: "password", error: INCORRECT };
  }
}

// The second step (SECURITY S3): an authenticator code, or a backup code (five characters, a
// dash, five more; each works once). The challenge cookie from the first step says whose it is.
async function signInWithCode(email: string, form: FormData): Promise<SignInState> {
  const typed = String(form.get("code") ?? "")
    .slice(0, 40)
    .replace(/\s+/g, "");
  const totp = /^\d{6}$/.test(typed);
  const backup = /^([A-Za-z0-9]{5})-?([A-Za-z0-9]{5})$/.exec(typed);
  if (!totp && !backup) return { email, step: "code", error: CODE_HINT, fieldErrors: { code: CODE_HINT } };
  const requestHeaders = await authRequestHeaders();
  const previous = await getAuth().api.getSession({ headers: requestHeaders, query: { disableRefresh: true } });
  try {
    if (totp) await getAuth().api.verifyTOTP({ body: { code: typed }, headers: requestHeaders });
    else
      await getAuth().api.verifyBackupCode({ body: { code: `${backup![1]}-${backup![2]}` }, headers: requestHeaders });
  } catch (error) {
    if (!isAPIError(error)) throw error;
    return codeRefusal(email, (error.body as { code?: string } | undefined)?.code);
  }
  if (previous) await db().session.deleteMany({ where: { id: previous.session.id } });
  redirect(safeNextPath(form.get("next")));
}

export async function signOut(): Promise<void> {
  try {
    assertSameOrigin(await headers());
  } catch (error) {
    // A forged sign-out changes nothing and gets no error page: back to where sessions start.
    if (error instanceof ForeignOriginError) redirect(SIGN_IN_PATH);
    throw error;
  }
  const staff = await getStaff();
  // Deletes the session row, so the old cookie is refused from now on (SECURITY S7).
  if (staff) await getAuth().api.signOut({ headers: await headers() });
  if (staff) log.info({ event: "signout", userId: staff.id, address: clientAddress(await headers()) }, "Signed out");
  redirect(SIGN_IN_PATH);
}
