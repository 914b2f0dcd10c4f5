import "server-only";
import { isAPIError } from "better-auth/api";
import QRCode from "qrcode";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { audit } from "@/lib/newsroom/audit";
import { getAuth } from "./auth";
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

function refused(error: unknown): { ok: false; message: string; field?: "password" | "code" } {
  if (!isAPIError(error)) throw error;
  const code = (error.body as { code?: string } | undefined)?.code ?? "";
  return { ok: false, ...(refusals[code] ?? { message: "That did not work: reload the page and try again." }) };
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
export async function startTwoStepSetup(password: string, headers: Headers): Promise<TwoStepResult<TwoStepSetup>> {
  if (!password) return { ok: false, message: "Enter your password to set up two-step sign-in.", field: "password" };
  try {
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
  } catch (error) {
    return refused(error);
  }
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
  try {
    await getAuth().api.disableTwoFactor({ body: { password }, headers });
  } catch (error) {
    return refused(error);
  }
  await recordChange(staff, "off");
  return { ok: true, message: "Two-step sign-in is off.", value: undefined };
}
