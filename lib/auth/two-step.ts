import "server-only";
import { isAPIError } from "better-auth/api";
import QRCode from "qrcode";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { audit } from "@/lib/newsroom/audit";
import { getAuth } from "./auth";
import { CLIENT_ADDRESS_HEADER, UNKNOWN_ADDRESS } from "./client-ip";
import { recordSignInFailure, signInWait, waitInWords, type SignInSubject } from "./throttle";
import type { Staff } from "./roles";
import type { TwoStepSetup } from "./two-step-state";

// Two-step sign-in on a member of staff's own Account page (SECURITY S3): set up with the
// password, confirmed with a first code from the authenticator app, turned off with the password.
// better-auth's twoFactor plugin keeps the secret and backup codes (encrypted); this module turns
// its answers into what the page shows and records each change in the audit log.

export type TwoStepResult<T = undefined> =
  { ok: true; message: string; value: T } | { ok: false; message: string; field?: "password" | "code" };

/** Whether `userId` signs in with a second step. */
export async function isTwoStepOn(userId: string): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { twoFactorEnabled: true } });
  return user?.twoFactorEnabled ?? false;
}

const refusals: Record<string, { message: string; field?: "password" | "code" }> = {
  INVALID_PASSWORD: { message: "That is not your password.", field: "password" },
  TOTP_ALREADY_ENABLED: { message: "Two-step sign-in is already on." },
  TOTP_NOT_ENABLED: { message: "Start the set-up again: enter your password first." },
  INVALID_CODE: { message: "That code is not right: enter the code the app shows now.", field: "code" },
};

type Refusal = { ok: false; message: string; field?: "password" | "code" };

function refused(error: unknown): Refusal {
  if (!isAPIError(error)) throw error;
  const code = (error.body as { code?: string } | undefined)?.code ?? "";
  return { ok: false, ...(refusals[code] ?? { message: "That did not work: reload the page and try again." }) };
}

// The password asked for here counts with the sign-in's own throttle (SECURITY S1): a stolen
// session must not become a way to guess the account's password without limit.
const subjectOf = (staff: Staff, headers: Headers): SignInSubject => ({
  email: staff.email.toLowerCase(),
  address: headers.get(CLIENT_ADDRESS_HEADER) ?? UNKNOWN_ADDRESS,
});

/** Runs a password-checked change, refused while the account must wait, a wrong password counted. */
async function withPassword<T>(
  staff: Staff,
  headers: Headers,
  change: () => Promise<TwoStepResult<T>>,
): Promise<TwoStepResult<T>> {
  const subject = subjectOf(staff, headers);
  const waitMs = await signInWait(db(), subject);
  if (waitMs > 0) return { ok: false, message: `Too many attempts: wait ${waitInWords(waitMs)}.`, field: "password" };
  try {
    return await change();
  } catch (error) {
    const refusal = refused(error);
    if (refusal.field === "password") await recordSignInFailure(db(), subject);
    return refusal;
  }
}

/** The audit entry and log line of someone turning their own two-step sign-in on or off. */
async function recordChange(staff: Staff, state: "on" | "off"): Promise<void> {
  await audit(db(), {
    userId: staff.id,
    action: `user.two-step-${state}`,
    subjectType: "user",
    subjectId: staff.id,
    summary: `${staff.email} turned ${state} two-step sign-in`,
  });
  log.info({ event: `two-step.${state}`, userId: staff.id }, `Two-step sign-in turned ${state}`);
}

/** Step one: a new secret and backup codes, pending until a first code confirms them. */
export async function startTwoStepSetup(
  staff: Staff,
  password: string,
  headers: Headers,
): Promise<TwoStepResult<TwoStepSetup>> {
  if (!password) return { ok: false, message: "Enter your password to set up two-step sign-in.", field: "password" };
  return withPassword<TwoStepSetup>(staff, headers, async () => {
    const enabled = await getAuth().api.enableTwoFactor({ body: { password, method: "totp" }, headers });
    if (enabled.method !== "totp") return { ok: false, message: "Two-step sign-in could not be set up." };
    const { totpURI, backupCodes } = enabled;
    const svg = await QRCode.toString(totpURI, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
    return {
      ok: true,
      message: "Scan the code with your authenticator app, then enter the code it shows.",
      value: {
        qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
        secret: new URL(totpURI).searchParams.get("secret") ?? "",
        backupCodes,
      },
    };
  });
}

/** Step two: the first code from the app turns two-step sign-in on (and renews the session). */
export async function confirmTwoStepSetup(staff: Staff, code: string, headers: Headers): Promise<TwoStepResult> {
  const typed = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(typed)) return { ok: false, message: "Enter the 6-digit code your app shows.", field: "code" };
  try {
    await getAuth().api.verifyTOTP({ body: { code: typed }, headers });
  } catch (error) {
    return refused(error);
  }
  await recordChange(staff, "on");
  return {
    ok: true,
    message: "Two-step sign-in is on: you will be asked for a code after your password.",
    value: undefined,
  };
}

/** Turns two-step sign-in off; the password proves it is the account's owner at the keyboard. */
export async function turnOffTwoStep(staff: Staff, password: string, headers: Headers): Promise<TwoStepResult> {
  if (!password) return { ok: false, message: "Enter your password to turn two-step sign-in off.", field: "password" };
  return withPassword(staff, headers, async () => {
    await getAuth().api.disableTwoFactor({ body: { password }, headers });
    await recordChange(staff, "off");
    return { ok: true as const, message: "Two-step sign-in is off.", value: undefined };
  });
}
