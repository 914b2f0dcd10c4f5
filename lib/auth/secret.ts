import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

// The secret that signs session cookies. AUTH_SECRET when it is set (and strong); otherwise 32
// random bytes generated once into data/auth-secret (git-ignored, mode 0600) and reused, so a
// demo needs no configuration and a restart keeps everyone signed in. Several servers behind
// one site must share AUTH_SECRET instead.

export const SECRET_FILE = path.join("data", "auth-secret");
export const SECRET_MIN_LENGTH = 32;

// Words that show a secret was typed by a person rather than generated.
const GIVEAWAY_WORDS = [
  "secret",
  "password",
  "passwd",
  "changeme",
  "change-me",
  "dateline",
  "example",
  "default",
  "letmein",
  "qwerty",
  "123456",
  "abcdef",
  "admin",
  "token",
];

/** Shannon entropy of the secret's own characters, in bits, times its length: a rough floor. */
function estimatedBits(secret: string): number {
  const counts = new Map<string, number>();
  for (const char of secret) counts.set(char, (counts.get(char) ?? 0) + 1);
  let perChar = 0;
  for (const count of counts.values()) {
    const p = count / secret.length;
    perChar -= p * Math.log2(p);
  }
  return perChar * secret.length;
}

/** Why a secret is too weak to sign sessions with, or null when it will do. */
export function secretProblem(secret: string): string | null {
  if (secret.length < SECRET_MIN_LENGTH) {
    return `AUTH_SECRET must be at least ${SECRET_MIN_LENGTH} characters long (it has ${secret.length}).`;
  }
  if (new Set(secret).size < 10) return "AUTH_SECRET repeats too few characters to be random.";
  const lower = secret.toLowerCase();
  const word = GIVEAWAY_WORDS.find((w) => lower.includes(w));
  if (word) return `AUTH_SECRET contains the word "${word}": use a generated value.`;
  if (estimatedBits(secret) < 96) return "AUTH_SECRET is too predictable (low entropy).";
  return null;
}

const HOW_TO = "Generate one with: openssl rand -base64 32";

function readSecretFile(file: string): string | null {
  try {
    const stat = fs.statSync(file);
    if ((stat.mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
    return fs.readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Reads the secret file, creating it first when missing (racing processes agree on one). */
export function fileSecret(file: string = SECRET_FILE): string {
  const existing = readSecretFile(file);
  if (existing !== null) {
    const problem = secretProblem(existing);
    if (problem)
      throw new Error(
        `Dateline cannot start: ${file} holds a weak secret. ${problem} Delete the file to regenerate it.`,
      );
    return existing;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const generated = crypto.randomBytes(32).toString("base64url");
  try {
    fs.writeFileSync(file, `${generated}\n`, { mode: 0o600, flag: "wx" });
    return generated;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return fileSecret(file); // another process wrote it first
  }
}

let cached: string | undefined;

/** The session-signing secret; throws with a clear message when AUTH_SECRET is weak. */
export function authSecret(): string {
  if (cached) return cached;
  if (env.AUTH_SECRET !== undefined) {
    const problem = secretProblem(env.AUTH_SECRET);
    if (problem) throw new Error(`Dateline cannot start: ${problem} ${HOW_TO}`);
    cached = env.AUTH_SECRET;
  } else {
    cached = fileSecret();
  }
  return cached;
}
