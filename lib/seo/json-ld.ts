import type {
  BreadcrumbList,
  ListItem,
  NewsMediaOrganization,
  Organization,
  Person,
  ProfilePage,
  SearchAction,
  Thing,
  WebSite,
  WithActionConstraints,
  WithContext,
} from "schema-dts";
import type { ArticleKind, ArticlePage, AuthorLink, AuthorPage, EditionView } from "@/lib/data/views";
import { CROP_RATIOS, cropFile } from "@/lib/media/sizes";
import { aboutPath, authorPath, contactPath, editionPath, searchPath, standardsPath } from "@/lib/urls";
import { isoWithOffset } from "./dates";
import { LOGO, PUBLISHER_NAME } from "./publisher";

// Structured data (schema.org JSON-LD) for crawlers, built from view models. Pure: the site's
// origin comes in as `site`; components/seo/JsonLd.tsx puts the result on the page.

export type SeoEdition = Pick<EditionView, "code" | "name" | "locale" | "timeZone">;

/** Google shows at most 110 characters of a headline. */
export const MAX_HEADLINE = 110;

/** Shortens text to `max` characters at a word boundary, marking the cut with "…". */
export function truncateOnWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max); // leaves one character for the ellipsis after trimming the word
  const lastSpace = room.lastIndexOf(" ");
  const cut = lastSpace > max / 2 ? room.slice(0, lastSpace) : room.slice(0, max - 1);
  return `${cut.replace(/[\s,.;:–—-]+$/u, "")}…`;
}

const at = (site: string, path: string) => `${site}${path}`;

/** The organisation behind every edition, with the pages that explain how it works. */
export function publisherJsonLd(site: string, ed: string): Exclude<NewsMediaOrganization, string> {
  const standards = at(site, standardsPath(ed));
  return {
    "@type": "NewsMediaOrganization",
    "@id": `${site}/#publisher`,
    name: PUBLISHER_NAME,
    url: at(site, editionPath(ed)),
    logo: { "@type": "ImageObject", url: at(site, LOGO.path), width: `${LOGO.width}`, height: `${LOGO.height}` },
    publishingPrinciples: standards,
    ethicsPolicy: `${standards}#ethics`,
    correctionsPolicy: `${standards}#corrections`,
    verificationFactCheckingPolicy: `${standards}#verification`,
    masthead: at(site, aboutPath(ed)),
    contactPoint: { "@type": "ContactPoint", contactType: "newsroom", url: at(site, contactPath(ed)) },
  };
}

function authorJsonLd(site: string, ed: string, author: AuthorLink): Person | Organization {
  const common = { name: author.name, url: at(site, authorPath(ed, author.slug)) };
  return author.kind === "organisation" ? { "@type": "Organization", ...common } : { "@type": "Person", ...common };
}

/** The schema.org type for each kind of article. */
export const ARTICLE_TYPES = {
  story: "NewsArticle",
  video: "NewsArticle",
  analysis: "AnalysisNewsArticle",
  opinion: "OpinionNewsArticle",
  live: "LiveBlogPosting",
} as const satisfies Record<ArticleKind, string>;

/** Absolute URLs of the hero's crawler crops, widest ratio first (16:9, 4:3, 1:1). */
export function heroCropUrls(site: string, heroSrc: string): string[] {
  return CROP_RATIOS.map((ratio) => at(site, cropFile(heroSrc, ratio)));
}

type ArticleInput = Pick<
  ArticlePage,
  | "path"
  | "headline"
  | "standfirst"
  | "seoDescription"
  | "kind"
  | "hero"
  | "authors"
  | "firstPublishedAt"
  | "lastUpdatedAt"
  | "section"
  | "tags"
>;

/** NewsArticle (or its analysis/opinion kinds, or LiveBlogPosting) for an article page. */
export function articleJsonLd(site: string, edition: SeoEdition, page: ArticleInput): WithContext<Thing> {
  const url = at(site, page.path);
  const datePublished = isoWithOffset(page.firstPublishedAt, edition.timeZone);
  const common = {
    "@id": `${url}#article`,
    headline: truncateOnWord(page.headline, MAX_HEADLINE),
    description: page.seoDescription || page.standfirst,
    ...(page.hero ? { image: heroCropUrls(site, page.hero.image.src) } : {}),
    datePublished,
    dateModified: isoWithOffset(page.lastUpdatedAt, edition.timeZone),
    author: page.authors.map((author) => authorJsonLd(site, edition.code, author)),
    publisher: publisherJsonLd(site, edition.code),
    articleSection: page.section.name,
    keywords: page.tags.map((tag) => tag.name),
    inLanguage: edition.locale,
    isAccessibleForFree: true,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
  };
  const type = ARTICLE_TYPES[page.kind];
  if (type === "LiveBlogPosting") {
    return { "@context": "https://schema.org", "@type": type, ...common, coverageStartTime: datePublished };
  }
  return { "@context": "https://schema.org", "@type": type, ...common };
}

export interface BreadcrumbInput {
  name: string;
  /** Omitted for the current page, which takes `currentPath`. */
  path?: string;
}

/** BreadcrumbList mirroring the visible breadcrumbs (components/site/Breadcrumbs.tsx). */
export function breadcrumbJsonLd(
  site: string,
  crumbs: BreadcrumbInput[],
  currentPath: string,
): WithContext<BreadcrumbList> {
  const itemListElement: ListItem[] = crumbs.map((crumb, i) => ({
    "@type": "ListItem",
    position: i + 1,
    name: crumb.name,
    item: at(site, crumb.path ?? currentPath),
  }));
  return { "@context": "https://schema.org", "@type": "BreadcrumbList", itemListElement };
}

/** WebSite with a search box (the front page of an edition). */
export function webSiteJsonLd(site: string, edition: SeoEdition): WithContext<WebSite> {
  const search: WithActionConstraints<SearchAction> = {
    "@type": "SearchAction",
    target: { "@type": "EntryPoint", urlTemplate: `${at(site, searchPath(edition.code))}?q={search_term_string}` },
    "query-input": "required name=search_term_string",
  };
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    "@id": `${at(site, editionPath(edition.code))}#website`,
    name: edition.name,
    url: at(site, editionPath(edition.code)),
    inLanguage: edition.locale,
    publisher: publisherJsonLd(site, edition.code),
    potentialAction: search,
  };
}

/** ProfilePage whose main entity is the Person (or the Organization, for agencies) of an author page. */
export function authorProfileJsonLd(
  site: string,
  ed: string,
  author: Pick<AuthorPage["author"], "slug" | "name" | "kind" | "bio" | "portrait">,
): WithContext<ProfilePage> {
  const url = at(site, authorPath(ed, author.slug));
  const shared = { "@id": `${url}#author`, name: author.name, url, ...(author.bio ? { description: author.bio } : {}) };
  const portrait = author.portrait ? at(site, author.portrait.src) : null;
  const mainEntity: Person | Organization =
    author.kind === "organisation"
      ? { "@type": "Organization", ...shared, ...(portrait ? { logo: portrait } : {}) }
      : { "@type": "Person", ...shared, ...(portrait ? { image: portrait } : {}) };
  return { "@context": "https://schema.org", "@type": "ProfilePage", url, mainEntity };
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` (and the two line
 * separators JavaScript once choked on) become \u escapes, which JSON reads back unchanged: text an
 * editor typed, such as "</script>", can never end the element early.
 */
export function serializeJsonLd(data: WithContext<Thing> | WithContext<Thing>[]): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
