import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { log } from "@/lib/log";
import { PATHNAME_HEADER, SIGN_IN_PATH, signInPath } from "./admin-paths";
import { CLIENT_ADDRESS_HEADER, clientAddress, UNKNOWN_ADDRESS } from "./client-ip";
import { can, type Permission, type Staff } from "./roles";
import { staffFromHeaders } from "./staff";

// The session as pages, server actions, route handlers and data functions see it. Authorisation
// is checked here, in every one of them, never only in proxy.ts (SECURITY S12).

export { PATHNAME_HEADER };

export class AuthError extends Error {
  constructor(
    /** 401: not signed in (or the session ended); 403: signed in, but the role may not. */
    readonly status: 401 | 403,
    readonly permission: Permission,
  ) {
    super(status === 401 ? "Sign in to continue." : "You do not have access to this.");
    this.name = "AuthError";
  }
}

/** The request's headers as better-auth should see them: with our resolved client address only. */
export async function authRequestHeaders(): Promise<Headers> {
  const incoming = await headers();
  const forwarded = new Headers(incoming);
  forwarded.delete(CLIENT_ADDRESS_HEADER);
  const address = clientAddress(incoming);
  if (address !== UNKNOWN_ADDRESS) forwarded.set(CLIENT_ADDRESS_HEADER, address);
  return forwarded;
}

/**
 * The signed-in member of staff, or null. Read once per request. The cookies come from
 * cookies(), not the request's headers: after a server action renewed the session (turning on
 * two-step sign-in does), the page it re-renders must see the new cookie, not the ended one.
 */
export const getStaff = cache(async (): Promise<Staff | null> => {
  const current = new Headers(await headers());
  current.set("cookie", (await cookies()).toString());
  return staffFromHeaders(current);
});

async function logRefusal(status: 401 | 403, permission: Permission, staff: Staff | null): Promise<void> {
  const h = await headers();
  log.warn(
    {
      event: "authz.refused",
      status,
      permission,
      userId: staff?.id ?? null,
      role: staff?.role ?? null,
      path: h.get(PATHNAME_HEADER) ?? null,
      address: clientAddress(h),
    },
    status === 401 ? "Refused: not signed in" : "Refused: role too low",
  );
}

/**
 * For server actions, route handlers and data functions: the signed-in member of staff holding
 * `permission`, or a thrown AuthError (status 401 or 403), logged.
 */
export async function requireStaff(permission: Permission): Promise<Staff> {
  const staff = await getStaff();
  if (staff && can(staff.role, permission)) return staff;
  const status = staff ? 403 : 401;
  await logRefusal(status, permission, staff);
  throw new AuthError(status, permission);
}

/**
 * For pages: the signed-in member of staff holding `permission`. Signed out: a redirect to the
 * sign-in page, which returns here afterwards. Role too low: a redirect to /admin, which says so.
 *
 * proxy.ts answers both cases first with a real status (307, 403), because once a page renders
 * under Cache Components the response has started as 200 and a redirect() here only works in
 * the browser's JavaScript. This check is what protects the page all the same.
 */
export async function requireStaffPage(permission: Permission): Promise<Staff> {
  const staff = await getStaff();
  if (staff && can(staff.role, permission)) return staff;
  await logRefusal(staff ? 403 : 401, permission, staff);
  const path = (await headers()).get(PATHNAME_HEADER) ?? undefined;
  if (!staff) redirect(path ? signInPath(path) : SIGN_IN_PATH);
  redirect(`/admin?denied=${encodeURIComponent(path ?? "")}`);
}

/** The JSON response for an AuthError in a route handler, or null for any other error. */
export function refusalResponse(error: unknown): Response | null {
  if (!(error instanceof AuthError)) return null;
  return Response.json(
    { error: error.message },
    { status: error.status, headers: { "Cache-Control": "private, no-store" } },
  );
}
