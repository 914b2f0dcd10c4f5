import type { BodyDocument } from "@/lib/richtext/document";

// View models: what pages and components show, nothing more. Database rows never leave lib/data;
// the converters in lib/data/convert.ts turn them into these. Dates are ISO-8601 strings.

export interface EditionView {
  code: string;
  name: string;
  locale: string;
  direction: "ltr" | "rtl";
  timeZone: string;
}

export interface SectionLink {
  slug: string;
  name: string;
}

export interface TagLink {
  slug: string;
  name: string;
}

export interface AuthorLink {
  slug: string;
  name: string;
  kind: "person" | "organisation";
}

export interface ImageView {
  /** Public URL of the original file; next/image picks renditions through lib/media/image-loader.ts. */
  src: string;
  width: number;
  height: number;
  alt: string;
}

export type ArticleKind = "story" | "video" | "analysis" | "opinion" | "live";

export interface Teaser {
  id: number;
  path: string;
  headline: string;
  standfirst: string;
  rubric: string;
  section: SectionLink;
  kind: ArticleKind;
  image: ImageView | null;
  firstPublishedAt: string;
}

export interface HeroView {
  image: ImageView;
  caption: string;
  credit: string;
}

export interface ArticlePage {
  id: number;
  editionCode: string;
  path: string;
  section: SectionLink;
  headline: string;
  standfirst: string;
  rubric: string;
  kind: ArticleKind;
  hero: HeroView | null;
  authors: AuthorLink[];
  agencyCredit: string;
  firstPublishedAt: string;
  lastUpdatedAt: string;
  body: BodyDocument;
  /** Images the body refers to by media id. */
  bodyImages: Record<number, ImageView>;
  tags: TagLink[];
  seoTitle: string;
  seoDescription: string;
  excludeFromNews: boolean;
}

export interface TagGroup {
  /** One tag, or the article's first two tags together. */
  tags: TagLink[];
  teasers: Teaser[];
}

export interface Paged<T> {
  items: T[];
  page: number;
  totalPages: number;
}

export interface SectionPage {
  section: SectionLink & { description: string };
  teasers: Paged<Teaser>;
}

export interface TagPage {
  tag: TagLink & { description: string };
  teasers: Paged<Teaser>;
}

export interface AuthorPage {
  author: AuthorLink & { bio: string; portrait: ImageView | null };
  teasers: Paged<Teaser>;
}

export interface SectionBlock {
  section: SectionLink;
  teasers: Teaser[];
}

export interface FrontPage {
  lead: Teaser | null;
  topStories: Teaser[];
  sectionBlocks: SectionBlock[];
  latest: Teaser[];
}
