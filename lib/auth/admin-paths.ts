import type { Permission } from "./roles";

// Addresses of the newsroom that the sign-in flow and proxy.ts need to know. Pure.

export const SIGN_IN_PATH = "/admin/sign-in";
export const ADMIN_HOME = "/admin/articles";

/** Set by proxy.ts on newsroom requests (never taken from the client): the path asked for, so
 * sign-in can return to it and refusals can be logged with it. */
export const PATHNAME_HEADER = "x-dateline-pathname";

/**
 * The permission a newsroom address needs before its page even starts to render. proxy.ts uses
 * it to answer 403 with a real status (a page cannot: Cache Components has sent 200 by the time
 * it renders). Every page still checks for itself (requireStaffPage), usually more finely: this
 * is the coarse gate, by top-level section.
 */
const SECTION_PERMISSIONS: Record<string, Permission> = {
  users: "users:manage",
  audit: "audit:read",
  sections: "taxonomy:manage",
  tags: "taxonomy:manage",
  authors: "taxonomy:manage",
  media: "media:upload",
};

/** What `pathname` needs: null for the sign-in page, else a permission (at least newsroom:enter). */
export function permissionForAdminPath(pathname: string): Permission | null {
  const [, root, section] = pathname.split("/");
  if (root !== "admin") return null;
  if (section === "sign-in") return null;
  return (section && SECTION_PERMISSIONS[section]) || "newsroom:enter";
}

/**
 * Where to go after signing in: a newsroom path on this site, or the article list. Anything else
 * ("//evil.example", "https://…", "/\\evil", "/en/…") is ignored, so `next` is no open redirect.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || next.length > 2000) return ADMIN_HOME;
  if (!/^\/admin(?:[/?#]|$)/.test(next)) return ADMIN_HOME;
  if (/[\\\u0000-\u001f\u007f]/.test(next) || next.includes("//")) return ADMIN_HOME;
  let parsed: URL;
  try {
    parsed = new URL(next, "http://dateline.invalid");
  } catch {
    return ADMIN_HOME;
  }
  if (parsed.origin !== "http://dateline.invalid" || parsed.pathname.startsWith(SIGN_IN_PATH)) return ADMIN_HOME;
  return parsed.pathname === "/admin" ? ADMIN_HOME : `${parsed.pathname}${parsed.search}`;
}

/** The sign-in page's second step (SECURITY S3), returning to `next` afterwards. */
export function codeStepPath(next?: string): string {
  const target = safeNextPath(next);
  return `${SIGN_IN_PATH}?step=code${target === ADMIN_HOME ? "" : `&next=${encodeURIComponent(target)}`}`;
}

/** The sign-in page, returning to `next` afterwards. */
export function signInPath(next?: string): string {
  const target = next === undefined ? ADMIN_HOME : safeNextPath(next);
  return target === ADMIN_HOME ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(target)}`;
}
