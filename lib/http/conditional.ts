import { createHash } from "node:crypto";

// Responses for crawler files (sitemaps, feeds): a strong ETag from the body, Last-Modified from
// the newest change they list, and 304 Not Modified when the client already has this version.

/** Crawlers and feed readers may keep a copy for a minute, a CDN for five (SPEC §5). */
export const CRAWLER_CACHE_CONTROL = "public, max-age=60, s-maxage=300";

export const XML_TYPE = "application/xml; charset=utf-8";
export const RSS_TYPE = "application/rss+xml; charset=utf-8";

export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/**
 * RFC 9110 §13.1: If-None-Match wins when present (weak comparison, `*` matches anything);
 * otherwise If-Modified-Since, compared to the second because HTTP dates have no more.
 */
export function isNotModified(request: Headers, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = request.get("if-none-match");
  if (ifNoneMatch !== null) {
    return ifNoneMatch.split(",").some((tag) => {
      const t = tag.trim();
      return t === "*" || t.replace(/^W\//, "") === etag;
    });
  }
  const ifModifiedSince = request.get("if-modified-since");
  if (ifModifiedSince === null || lastModified === null) return false;
  const since = Date.parse(ifModifiedSince);
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000);
}

export interface CrawlerDocument {
  body: string;
  contentType: string;
  /** The newest change among what the document lists; null when it lists nothing dated. */
  lastModified: Date | null;
}

/** 200 with the document, or 304 when the request's validators match it. */
export function crawlerResponse(requestHeaders: Headers, doc: CrawlerDocument): Response {
  const etag = etagOf(doc.body);
  const headers = new Headers({ ETag: etag, "Cache-Control": CRAWLER_CACHE_CONTROL });
  if (doc.lastModified) headers.set("Last-Modified", doc.lastModified.toUTCString());
  if (isNotModified(requestHeaders, etag, doc.lastModified)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", doc.contentType);
  return new Response(doc.body, { status: 200, headers });
}

/**
 * A route handler's answer: the document `load` builds (or a 404 when it returns null), as
 * `crawlerResponse`. The request's headers are read before anything else so that `next build`
 * stops prerendering here: these documents come from the database, which the build never opens.
 */
export async function serveCrawlerDocument(
  request: Request,
  load: () => Promise<CrawlerDocument | null>,
): Promise<Response> {
  const validators = request.headers;
  const doc = await load();
  return doc ? crawlerResponse(validators, doc) : crawlerNotFound();
}

/** A plain 404 for a feed or sitemap that does not exist (briefly cacheable, like the others). */
export function crawlerNotFound(): Response {
  return new Response("Not found\n", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}

/** The newest of some ISO dates, or null when there are none. */
export function newestOf(isoDates: (string | null)[]): Date | null {
  const newest = Math.max(...isoDates.map((d) => (d ? Date.parse(d) : Number.NaN)).filter(Number.isFinite));
  return Number.isFinite(newest) ? new Date(newest) : null;
}
