import crypto from "node:crypto";

// The newsroom's Content-Security-Policy (notes/csp.md, policy 2): scripts only with this
// request's nonce (and what they load, 'strict-dynamic'), no inline handlers, no plugins, no
// <base>, forms only to this site, and no framing of the admin. Pure apart from the nonce.

/** 128 random bits, base64: a fresh one for every newsroom response. */
export function newNonce(): string {
  return crypto.randomBytes(16).toString("base64");
}

export interface NewsroomCspOptions {
  /** 'none' for the admin; previews may be framed by the site itself. */
  frameAncestors: "'none'" | "'self'";
  https: boolean;
  /** Next's development mode evaluates code; production never does. */
  development?: boolean;
}

export function newsroomCsp(
  nonce: string,
  { frameAncestors, https, development = process.env.NODE_ENV === "development" }: NewsroomCspOptions,
): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "script-src-attr 'none'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}
