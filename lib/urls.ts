// Public URL shapes (SPEC §1), built and parsed in one place. Pure: no I/O.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 120;

/** Words a section slug may not take: they are routes of their own under /{ed}/. */
export const RESERVED_SECTION_SLUGS = new Set([
  "tag",
  "author",
  "search",
  "rss.xml",
  "rss",
  "feed",
  "admin",
  "api",
  "sitemaps",
  "sitemap.xml",
  "robots.txt",
  "media",
  "p",
  "page",
  "gone",
  "missing",
  "about",
  "contact",
  "editorial-standards",
  "preview",
  "static",
  "_next",
  // Addresses crawlers, browsers and the newsroom expect at the top of a site or an edition.
  "sitemap",
  "feeds",
  "news-sitemap",
  "favicon.ico",
  "manifest.json",
  "sign-in",
  "login",
  "logout",
  "amp",
]);

export function isSlug(value: string): boolean {
  return value.length > 0 && value.length <= MAX_SLUG_LENGTH && SLUG.test(value);
}

export function isEditionCode(value: string): boolean {
  return /^[a-z]{2}$/.test(value);
}

/** Lower-case ASCII with hyphens, from any headline ("Über-Rhein: 5 Fragen!" → "uber-rhein-5-fragen"). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

/** yyyymmdd of an instant in a time zone: the date part of an article URL. */
export function datePathFor(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}${part("month")}${part("day")}`;
}

function isRealDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1990 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface ArticleSegment {
  datePath: string;
  slug: string;
}

/** Splits "20261125-harbour-reopens" into its date and slug, or null when it is not that shape. */
export function parseArticleSegment(segment: string): ArticleSegment | null {
  const match = /^(\d{8})-(.+)$/.exec(segment);
  if (!match) return null;
  const [, datePath = "", slug = ""] = match;
  if (!isRealDate(datePath) || !isSlug(slug)) return null;
  return { datePath, slug };
}

export interface ArticleAddress {
  editionCode: string;
  sectionSlug: string;
  datePath: string;
  slug: string;
}

export function articlePath(a: ArticleAddress): string {
  return `/${a.editionCode}/${a.sectionSlug}/${a.datePath}-${a.slug}`;
}

export const editionPath = (ed: string) => `/${ed}`;
export const sectionPath = (ed: string, section: string) => `/${ed}/${section}`;
export const tagPath = (ed: string, tag: string) => `/${ed}/tag/${tag}`;
export const authorPath = (ed: string, author: string) => `/${ed}/author/${author}`;
export const searchPath = (ed: string) => `/${ed}/search`;
export const feedPath = (listingPath: string) => `${listingPath}/rss.xml`;

// The publisher's own pages (linked from the footer and from structured data).
export const aboutPath = (ed: string) => `/${ed}/about`;
export const standardsPath = (ed: string) => `/${ed}/editorial-standards`;
export const contactPath = (ed: string) => `/${ed}/contact`;

// Crawler files: the sitemap index names every other sitemap.
export const sitemapIndexPath = "/sitemap.xml";
export const articleSitemapPath = (chunk: number) => `/sitemaps/articles-${chunk}.xml`;
export const listingSitemapPath = (kind: "sections" | "tags" | "authors") => `/sitemaps/${kind}.xml`;
export const newsSitemapPath = "/sitemaps/news.xml";

/** Reads "articles-3.xml" into 3, or null for any other name. */
export function parseArticleSitemapName(name: string): number | null {
  const match = /^articles-([1-9][0-9]{0,5})\.xml$/.exec(name);
  return match ? Number(match[1]) : null;
}

/** The public URL of page `page` of a listing: page 1 is the listing itself. */
export function listingPagePath(listingPath: string, page: number): string {
  return page <= 1 ? listingPath : `${listingPath}${listingPath.includes("?") ? "&" : "?"}page=${page}`;
}

export const MAX_PAGE = 100_000;

/**
 * Reads a `?page=` value. Missing → 1; anything but a plain positive integer (or an absurd one)
 * → null, which the caller answers with 400.
 */
export function parsePageParam(raw: string | null | undefined): number | null {
  if (raw === undefined || raw === null) return 1;
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) return null;
  const page = Number(raw);
  return page <= MAX_PAGE ? page : null;
}
