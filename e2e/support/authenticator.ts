// An authenticator app, as the tests' phone: RFC 6238 codes (HMAC-SHA1, 30-second steps, six
// digits) from the base32 key the Account page shows. Written from the RFC with node:crypto, not
// with the server's library, so the tests prove the key works in any standard app.
import crypto from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=]/g, "").toUpperCase();
  let bits = "";
  for (const char of clean) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) throw new Error(`not base32: ${char}`);
    bits += value.toString(2).padStart(5, "0");
  }
  const bytes = bits.match(/.{8}/g) ?? [];
  return Buffer.from(bytes.map((b) => parseInt(b, 2)));
}

/** The code for the 30-second step `offset` steps from now (0: the one an app shows now). */
export function totpCode(secret: string, offset = 0, now = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(now / 30_000) + offset));
  const mac = crypto.createHmac("sha1", base32Decode(secret)).update(counter).digest();
  const at = mac[mac.length - 1]! & 0xf;
  const value = (mac.readUInt32BE(at) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, "0");
}

/** A six-digit code that is wrong for every step the server accepts now. */
export function wrongCode(secret: string): string {
  const valid = new Set([-1, 0, 1].map((offset) => totpCode(secret, offset)));
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, "0");
    if (!valid.has(code)) return code;
  }
}

/** Waits until the current step has at least `ms` left, so a code read now is still fresh when used. */
export async function freshStep(ms = 8_000): Promise<void> {
  const left = 30_000 - (Date.now() % 30_000);
  if (left < ms) await new Promise((resolve) => setTimeout(resolve, left + 200));
}
