import { clientAddress } from "@/lib/auth/client-ip";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

// Cross-site request forgery: every state-changing route handler and server action calls
// assertSameOrigin first (SECURITY S10). Browsers send Origin on every POST (also same-origin
// ones), so a missing Origin means a hand-made request or an old browser, and "null" means a
// sandboxed frame, a data: URL or a cross-origin redirect: all three are refused.
//
// What Next.js 16 already does for server actions (server/app-render/action-handler.js): it
// compares the Origin's host with X-Forwarded-Host or Host and aborts the action on a mismatch
// (also for "null", which never matches), unless `serverActions.allowedOrigins` lists the origin.
// A request *without* Origin is let through with only a logged warning ("Missing `origin`
// header"). Route handlers get no check at all. Hence this function, in both.

export type OriginVerdict = { ok: true } | { ok: false; reason: "missing" | "null" | "foreign" };

export interface OriginInput {
  origin: string | null;
  host: string | null;
  siteUrl: string;
}

/** Whether a state-changing request comes from this site's own pages. */
export function judgeOrigin({ origin, host, siteUrl }: OriginInput): OriginVerdict {
  if (origin === null || origin.trim() === "") return { ok: false, reason: "missing" };
  if (origin.trim() === "null") return { ok: false, reason: "null" };
  let claimed: URL;
  try {
    claimed = new URL(origin.trim());
  } catch {
    return { ok: false, reason: "foreign" };
  }
  const site = new URL(siteUrl);
  if (claimed.origin === site.origin) return { ok: true };
  // The same server reached under another name (localhost vs 127.0.0.1 in development): the
  // browser sets both Origin and Host, so a forged cross-site form cannot make them agree.
  if (host && claimed.host === host.trim().toLowerCase() && claimed.protocol === site.protocol) return { ok: true };
  return { ok: false, reason: "foreign" };
}

export class ForeignOriginError extends Error {
  readonly status = 403;
  constructor(readonly reason: "missing" | "null" | "foreign") {
    super("This request did not come from this site's own pages.");
    this.name = "ForeignOriginError";
  }
}

/** Throws ForeignOriginError (status 403) unless the request's Origin is this site's. */
export function assertSameOrigin(headers: Pick<Headers, "get">): void {
  const verdict = judgeOrigin({ origin: headers.get("origin"), host: headers.get("host"), siteUrl: env.SITE_URL });
  if (verdict.ok) return;
  log.warn(
    {
      event: "request.refused",
      reason: `origin-${verdict.reason}`,
      origin: headers.get("origin")?.slice(0, 200) ?? null,
      address: clientAddress(headers),
    },
    "State-changing request refused: foreign or missing Origin",
  );
  throw new ForeignOriginError(verdict.reason);
}
