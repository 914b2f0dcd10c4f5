import type { FormState } from "@/lib/newsroom/form-state";

// What the Account page's two-step set-up shows (shared by the server action and the browser-side
// form, so plain data only).

export interface TwoStepSetup {
  /** The otpauth:// address as a QR code, an SVG data URL for an <img>. */
  qrCode: string;
  /** The same secret as text, for apps set up by typing it in. */
  secret: string;
  /** Ten single-use codes for when the phone is lost: shown once, never again. */
  backupCodes: string[];
}

/** The set-up form's state: a form state, plus the new secret once the password was accepted. */
export interface TwoStepSetupState extends FormState {
  setup?: TwoStepSetup;
}
