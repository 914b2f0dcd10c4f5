import { isEditionCode, isSlug, parseArticleSegment, RESERVED_SECTION_SLUGS } from "@/lib/urls";

// What a reader URL names, read from its shape alone. Pure: proxy.ts asks it which addresses to
// check for existence (lib/routing/existence.ts) before the page renders.

export type PublicPath =
  | { kind: "edition"; ed: string }
  | { kind: "section"; ed: string; slug: string }
  | { kind: "tag"; ed: string; slug: string }
  | { kind: "author"; ed: string; slug: string }
  | { kind: "article"; ed: string; section: string; datePath: string; slug: string }
  /** A reader-page shape that can never exist (bad edition code, capitals, impossible date…). */
  | { kind: "malformed" };

/** Routes of their own at the top of the site. */
const TOP_LEVEL_ROUTES = new Set(["admin", "api", "media", "sitemaps"]);

/** Routes of their own under /{ed}/: they exist when the edition does. */
const OTHER_ROUTES = new Set(["search", "about", "contact", "editorial-standards", "gone", "missing", "preview", "p"]);

/**
 * The page a path would show, or null when it is not a reader page this check covers (the admin,
 * feeds, search, publisher pages, files). `/{ed}/{section}/p/{n}` never reaches here: pagination
 * arrives as `?page=N` on the listing's own path.
 */
export function classifyPublicPath(path: string): PublicPath | null {
  if (path.length > 512) return { kind: "malformed" };
  const parts = path.split("/").slice(1);
  if (parts.at(-1) === "") parts.pop(); // a trailing slash
  const [ed, second, third, ...rest] = parts;
  if (ed === undefined || ed === "" || TOP_LEVEL_ROUTES.has(ed) || ed.startsWith("_")) return null;
  if (ed.includes(".")) return null; // /favicon.ico, /robots.txt, /sitemap.xml
  if (!isEditionCode(ed)) return { kind: "malformed" };
  if (second === undefined) return { kind: "edition", ed };
  if (rest.length > 0) return null; // deeper than any reader page: Next's own 404 answers
  if (third !== undefined && third.endsWith(".xml")) return null; // feeds
  if (second === "tag" || second === "author") {
    if (third === undefined) return { kind: "malformed" };
    return isSlug(third) ? { kind: second, ed, slug: third } : { kind: "malformed" };
  }
  if (second.includes(".")) return null;
  // The edition's other pages (search, about…) exist exactly when the edition does.
  if (OTHER_ROUTES.has(second)) return third === undefined ? { kind: "edition", ed } : null;
  if (!isSlug(second) || RESERVED_SECTION_SLUGS.has(second)) return { kind: "malformed" };
  if (third === undefined) return { kind: "section", ed, slug: second };
  const segment = parseArticleSegment(third);
  if (!segment) return { kind: "malformed" };
  return { kind: "article", ed, section: second, ...segment };
}
