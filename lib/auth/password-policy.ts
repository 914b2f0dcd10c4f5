import { COMMON_PASSWORDS } from "./common-passwords";

// What a staff password must be (SECURITY S26, ASVS 6.2): long enough, not absurdly long (the
// hash would turn it into CPU work), and not one an attacker tries first. No composition rules
// ("one digit, one symbol"): they make passwords harder to remember, not to guess.

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

const SEQUENCES = [
  "abcdefghijklmnopqrstuvwxyz",
  "01234567890123456789",
  "qwertyuiopasdfghjklzxcvbnm",
  "qwertzuiopasdfghjklyxcvbnm",
  "azertyuiopqsdfghjklmwxcvbn",
  "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
  "qazwsxedcrfvtgbyhnujmikolp",
];
const REVERSED = SEQUENCES.map((s) => [...s].reverse().join(""));

const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
  "!": "i",
};

/** Lower-cased, with look-alike digits and symbols read as the letters they stand for. */
function unLeet(text: string): string {
  return [...text.toLowerCase()].map((c) => LEET[c] ?? c).join("");
}

/** The word inside digits and symbols: "Monkey2024!" → "monkey". */
function core(text: string): string {
  return text.toLowerCase().replace(/^[^a-z]+|[^a-z]+$/g, "");
}

function isRepetition(text: string): boolean {
  return /^(.{1,4}?)\1+$/su.test(text);
}

function isSequence(text: string): boolean {
  const lower = text.toLowerCase();
  return [...SEQUENCES, ...REVERSED].some((s) => s.includes(lower));
}

/** Words a password must not be built from: the account's email and name, the site's name. */
function contextWords(context: PasswordContext): string[] {
  const local = context.email?.split("@")[0] ?? "";
  const names = (context.name ?? "").toLowerCase().split(/\s+/);
  return [local.toLowerCase(), ...names, "dateline"].filter((w) => w.length >= 3);
}

export interface PasswordContext {
  email?: string;
  name?: string;
}

/** Why a password is refused, as the person choosing it should read it, or null when it will do. */
export function passwordProblem(password: string, context: PasswordContext = {}): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters (15 or more is better).`;
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const lower = password.toLowerCase();
  const tooCommon = "This password is too common: choose a longer, less predictable one.";
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(unLeet(password))) return tooCommon;
  if (isRepetition(lower) || isSequence(lower)) return tooCommon;
  const withoutEnding = password.replace(/[^\p{L}]+$/u, "");
  const candidates = new Set([core(password), unLeet(core(password)), core(unLeet(withoutEnding))]);
  for (const candidate of candidates) {
    if (candidate.length >= 3 && (COMMON_PASSWORDS.has(candidate) || isSequence(candidate))) return tooCommon;
  }
  const words = contextWords(context);
  const rest = words.reduce((text, word) => text.split(word).join(""), lower);
  if (rest.length < lower.length && !/[a-z]{4,}/.test(rest)) {
    return "Don't build the password from your email, your name or the site's name.";
  }
  return null;
}
