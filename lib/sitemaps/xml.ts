// Sitemap documents (sitemaps.org 0.9, Google's news and image extensions) and robots.txt. Pure:
// entries come from lib/data/sitemaps.ts with site paths, `site` makes them absolute.

/** The sitemaps protocol's limit per file, for URLs and for index entries alike. */
export const MAX_SITEMAP_URLS = 50_000;

export interface SitemapIndexEntry {
  path: string;
  /** ISO 8601; omitted when the sitemap is empty or its pages carry no date. */
  lastmod: string | null;
}

export interface SitemapUrl {
  path: string;
  lastmod: string | null;
  /** Site paths of the page's main pictures (image sitemap extension). */
  images?: string[];
}

export interface NewsSitemapEntry {
  path: string;
  /** Publication name and ISO 639 language, e.g. { name: "Dateline", language: "en" }. */
  publication: { name: string; language: string };
  /** First publication, ISO 8601. */
  publishedAt: string;
  title: string;
}

const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';
const NEWS_NS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"';
const IMAGE_NS = 'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** Escapes text for XML content and attribute values; drops characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const element = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;

export function sitemapIndexXml(site: string, entries: SitemapIndexEntry[]): string {
  const body = entries.map(
    (e) => `<sitemap>${element("loc", site + e.path)}${e.lastmod ? element("lastmod", e.lastmod) : ""}</sitemap>`,
  );
  return `${DECLARATION}\n<sitemapindex ${NS}>\n${body.join("\n")}\n</sitemapindex>\n`;
}

export function urlsetXml(site: string, urls: SitemapUrl[]): string {
  const withImages = urls.some((u) => u.images && u.images.length > 0);
  const body = urls.map((u) => {
    const images = (u.images ?? []).map((src) => `<image:image>${element("image:loc", site + src)}</image:image>`);
    return `<url>${element("loc", site + u.path)}${u.lastmod ? element("lastmod", u.lastmod) : ""}${images.join("")}</url>`;
  });
  return `${DECLARATION}\n<urlset ${NS}${withImages ? ` ${IMAGE_NS}` : ""}>\n${body.join("\n")}\n</urlset>\n`;
}

/** Google News sitemap: https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap */
export function newsSitemapXml(site: string, entries: NewsSitemapEntry[]): string {
  const body = entries.map(
    (e) =>
      `<url>${element("loc", site + e.path)}<news:news><news:publication>${element("news:name", e.publication.name)}${element(
        "news:language",
        e.publication.language,
      )}</news:publication>${element("news:publication_date", e.publishedAt)}${element("news:title", e.title)}</news:news></url>`,
  );
  return `${DECLARATION}\n<urlset ${NS} ${NEWS_NS}>\n${body.join("\n")}\n</urlset>\n`;
}

/**
 * The language of a Google News publication: ISO 639 (two or three letters), except Chinese, which
 * Google wants as zh-cn or zh-tw. "en-GB" → "en", "zh-Hant-TW" → "zh-tw".
 */
export function newsLanguage(locale: string): string {
  const [language = "", ...rest] = locale.toLowerCase().split(/[-_]/);
  if (language !== "zh") return language;
  return rest.includes("tw") || rest.includes("hk") || rest.includes("hant") ? "zh-tw" : "zh-cn";
}

/**
 * Crawlers keep out of the newsroom, the API and search results. Search is matched exactly (`$`)
 * or with its query: a plain prefix would also hide tags such as /en/tag/search-and-rescue.
 */
export function robotsTxt(site: string, sitemapPath: string): string {
  return [
    "User-agent: *",
    "Allow: /",
    "Disallow: /admin",
    "Disallow: /api/",
    "Disallow: /*/search$",
    "Disallow: /*/search?",
    "",
    `Sitemap: ${site}${sitemapPath}`,
    "",
  ].join("\n");
}
