"use server";

import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { safeNextPath, SIGN_IN_PATH } from "@/lib/auth/admin-paths";
import { getAuth } from "@/lib/auth/auth";
import { CLIENT_ADDRESS_HEADER, clientAddress, UNKNOWN_ADDRESS } from "@/lib/auth/client-ip";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { getStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { waitInWords } from "@/lib/auth/throttle";
import { log } from "@/lib/log";
import { assertSameOrigin, ForeignOriginError } from "@/lib/security/origin";

// Signing in and out of the newsroom: server actions, so both forms work without JavaScript.

export interface SignInState {
  email: string;
  error?: string;
  fieldErrors?: { email?: string; password?: string };
}

const INCORRECT = "Email or password is incorrect.";

const signInForm = z.object({
  email: z.string().trim().min(1, "Enter your email address.").max(320, INCORRECT),
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH, INCORRECT),
  next: z.string().optional(),
});

/** The request's headers as better-auth should see them: with our resolved client address only. */
async function authHeaders(): Promise<Headers> {
  const incoming = await headers();
  const forwarded = new Headers(incoming);
  forwarded.delete(CLIENT_ADDRESS_HEADER);
  const address = clientAddress(incoming);
  if (address !== UNKNOWN_ADDRESS) forwarded.set(CLIENT_ADDRESS_HEADER, address);
  return forwarded;
}

export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "").slice(0, 320);
  try {
    assertSameOrigin(await headers());
  } catch (error) {
    if (error instanceof ForeignOriginError)
      return { email, error: "This form must be sent from this site. Reload the page and try again." };
    throw error;
  }
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
  const requestHeaders = await authHeaders();
  // A session this browser already had is ended once the new one exists (no session fixation).
  const previous = await getAuth().api.getSession({ headers: requestHeaders, query: { disableRefresh: true } });
  try {
    await getAuth().api.signInEmail({
      body: { email: parsed.data.email, password: parsed.data.password, rememberMe: true },
      headers: requestHeaders,
    });
  } catch (error) {
    if (!isAPIError(error)) throw error;
    if (error.statusCode === 429) {
      const seconds = Number((error.body as { retryAfter?: number } | undefined)?.retryAfter ?? 60);
      return { email, error: `Too many attempts: wait ${waitInWords(seconds * 1000)} before trying again.` };
    }
    return { email, error: INCORRECT };
  }
  if (previous) await db().session.deleteMany({ where: { id: previous.session.id } });
  redirect(safeNextPath(parsed.data.next));
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
