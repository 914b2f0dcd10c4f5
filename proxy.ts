import { NextResponse, type NextRequest } from "next/server";

import { CLIENT_ADDRESS_HEADER, clientAddress } from "@/lib/auth/client-ip";
import { can } from "@/lib/auth/roles";
import { PATHNAME_HEADER, permissionForAdminPath, signInPath } from "@/lib/auth/admin-paths";
import { staffFromHeaders } from "@/lib/auth/staff";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { publicPathExistence } from "@/lib/routing/existence";
import { decideRoute } from "@/lib/routing/route-table";
import { absoluteUrl } from "@/lib/seo/urls";
import { newsroomCsp, newNonce } from "@/lib/security/headers";
import { isEditionCode } from "@/lib/urls";

// Three jobs, each only on the URLs the matcher names (running the proxy at all costs cached
// pages throughput, notes/caching.md; `npm run bench` measures it):
// 1. reader pages: 301 for an article's old address and 410 for a withdrawn story (an app page
//    cannot), and the site's 404 page for an address that names nothing (lib/routing/existence.ts);
// 2. /admin/* and draft previews: a per-request nonce CSP (notes/csp.md), `private, no-store`,
//    and real 307/403 statuses for signed-out and under-privileged visits. Defence in depth only:
//    every page, action and data function checks authorisation itself (SECURITY S12);
// 3. any request carrying `x-middleware-subrequest` is refused (CVE-2025-29927).

// The bodies of the 410 and 404 answers, rendered by the edition's own pages (gone/, missing/) and
// kept a minute per edition, so the message is in the HTML with the site's chrome.
const errorBodies = new Map<string, { html: string; at: number }>();
const FALLBACK_HTML = {
  gone: "<!doctype html><title>Story withdrawn</title><h1>This story has been withdrawn</h1>",
  missing: "<!doctype html><title>Page not found</title><h1>We could not find that page</h1>",
} as const;

async function errorBody(request: NextRequest, ed: string, page: "gone" | "missing"): Promise<string> {
  const key = `${ed}/${page}`;
  const cached = errorBodies.get(key);
  if (cached && Date.now() - cached.at < 60_000) return cached.html;
  const origin = process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : request.nextUrl.origin;
  try {
    const response = await fetch(`${origin}/${ed}/${page}`, { cache: "no-store" });
    const html = await response.text();
    if (response.ok) errorBodies.set(key, { html, at: Date.now() });
    return response.ok ? html : FALLBACK_HTML[page];
  } catch {
    return FALLBACK_HTML[page];
  }
}

/** The edition a path belongs to, or the default one when it names none that exists. */
async function chromeEdition(path: string): Promise<string> {
  const ed = path.split("/")[1] ?? "";
  return isEditionCode(ed) && (await publicPathExistence(`/${ed}`)) !== "missing" ? ed : env.DEFAULT_EDITION;
}

function htmlResponse(html: string, status: 404 | 410): NextResponse {
  return new NextResponse(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}

async function readerRoute(request: NextRequest): Promise<NextResponse> {
  const path = request.nextUrl.pathname;
  const decision = decideRoute(path);
  if (!decision) {
    // A page's own notFound() leaves the body empty in Next 16 (lib/routing/existence.ts), so a
    // reader address that names nothing is answered here, with the message in the HTML.
    const page = request.nextUrl.searchParams.get("page");
    if ((await publicPathExistence(path, page)) !== "missing") return NextResponse.next();
    return htmlResponse(await errorBody(request, await chromeEdition(path), "missing"), 404);
  }
  if (decision.kind === "moved") {
    const response = NextResponse.redirect(absoluteUrl(decision.to) + request.nextUrl.search, 301);
    response.headers.set("Cache-Control", "public, max-age=3600");
    return response;
  }
  return htmlResponse(await errorBody(request, await chromeEdition(path), "gone"), 410);
}

const HTTPS = env.SITE_URL.startsWith("https://");

/** Headers every newsroom and preview response carries, whatever its status (SECURITY S19–S21). */
function harden(response: NextResponse, csp: string): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Cache-Control", "private, no-store");
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("X-Frame-Options", "DENY");
  if (HTTPS) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

function refusal(status: 400 | 401 | 403 | 404, text: string): NextResponse {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>${text}</title><h1>${text}</h1><p><a href="/admin">Back to the newsroom</a></p></html>`;
  return new NextResponse(html, { status, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

/** Next's own internal shapes of a page (flight data, segment prefetches) asked for by URL. */
function isInternalVariant(pathname: string): boolean {
  return /\.rsc$|\.segments(?:\/|$)|\.prefetch\.|\/_next\//i.test(pathname);
}

async function newsroomRoute(request: NextRequest, preview: boolean): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  const nonce = newNonce();
  const csp = newsroomCsp(nonce, { frameAncestors: preview ? "'self'" : "'none'", https: HTTPS });
  const where = { path: pathname, method: request.method, address: clientAddress(request.headers) };

  // Flight/segment URLs of admin pages are refused outright: the app never asks for them by URL,
  // and they are how the 2026 variants slipped past path-based checks (SECURITY S12).
  if (isInternalVariant(pathname)) {
    log.warn(
      { event: "request.refused", reason: "rsc-variant", ...where },
      "Refused: internal variant of a newsroom URL",
    );
    return harden(refusal(404, "Not found"), csp);
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp); // Next stamps its scripts with this nonce
  requestHeaders.set(PATHNAME_HEADER, `${pathname}${search}`);
  requestHeaders.delete(CLIENT_ADDRESS_HEADER); // only lib/auth sets it, never a client

  const permission = preview ? "newsroom:enter" : permissionForAdminPath(pathname);
  if (permission) {
    const staff = await staffFromHeaders(requestHeaders);
    const isPage = request.method === "GET" || request.method === "HEAD";
    if (!staff) {
      log.warn({ event: "authz.refused", status: 401, permission, userId: null, ...where }, "Refused: not signed in");
      if (!isPage) return harden(refusal(401, "Sign in to continue"), csp);
      const response = NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), request.nextUrl), 307);
      return harden(response, csp);
    }
    if (!can(staff.role, permission)) {
      log.warn(
        { event: "authz.refused", status: 403, permission, userId: staff.id, role: staff.role, ...where },
        "Refused: role too low",
      );
      return harden(refusal(403, "You do not have access to this page"), csp);
    }
  }
  return harden(NextResponse.next({ request: { headers: requestHeaders } }), csp);
}

export async function proxy(request: NextRequest) {
  if (request.headers.has("x-middleware-subrequest")) {
    log.warn(
      {
        event: "request.refused",
        reason: "middleware-subrequest",
        path: request.nextUrl.pathname,
        address: clientAddress(request.headers),
      },
      "Refused: x-middleware-subrequest from a client",
    );
    return new NextResponse("Bad request", {
      status: 400,
      headers: { "Cache-Control": "no-store", "Content-Type": "text/plain" },
    });
  }
  const path = request.nextUrl.pathname;
  if (path === "/admin" || path.startsWith("/admin/")) return newsroomRoute(request, false);
  if (/^\/[^/]+\/preview(?:\/|$)/.test(path)) return newsroomRoute(request, true);
  return readerRoute(request);
}

// A static literal (Next reads it at build). Static files, Next's own assets and the API never
// reach the proxy, except a request carrying x-middleware-subrequest, refused wherever it goes.
export const config = {
  matcher: [
    "/((?!_next/|api/|admin|media/|favicon\\.ico).+)",
    "/admin",
    "/admin/:path*",
    "/:ed/preview/:path*",
    { source: "/:path*", has: [{ type: "header", key: "x-middleware-subrequest" }] },
  ],
};
