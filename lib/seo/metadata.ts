import type { Metadata } from "next";
import type { ArticlePage, EditionView, ImageView } from "@/lib/data/views";
import { cropFile, cropSize } from "@/lib/media/sizes";
import { authorPath, listingPagePath } from "@/lib/urls";
import { isoWithOffset } from "./dates";
import { DEFAULT_SHARE_IMAGE, type PublicImage } from "./publisher";
import { absoluteUrl } from "./urls";

// Page metadata through Next's metadata API: title, description, canonical, robots, Open Graph,
// Twitter card and the RSS alternate of a listing. Every reader page builds its metadata here.

interface PageMetadataInput {
  title: string;
  description: string;
  /** The page's canonical path (paginated pages are their own canonical). */
  path: string;
  page?: number;
  noindex?: boolean;
  /** Site name and language for Open Graph. */
  edition?: Pick<EditionView, "name" | "locale">;
  /** The listing's RSS feed, announced with `<link rel="alternate" type="application/rss+xml">`. */
  feed?: { path: string; title: string };
  /** The picture shared with the page (absolute or site path); the site's share card by default. */
  image?: PublicImage;
}

export const indexable: Metadata["robots"] = { index: true, follow: true, "max-image-preview": "large" };
export const notIndexable: Metadata["robots"] = { index: false, follow: true };

/** "en-GB" → "en_GB", the form Open Graph uses. */
export function ogLocale(locale: string): string {
  return locale.replace("-", "_");
}

export function pageMetadata(input: PageMetadataInput): Metadata {
  const { title, description, path, page = 1, noindex, edition, feed } = input;
  const canonical = absoluteUrl(listingPagePath(path, page));
  const image = input.image ?? DEFAULT_SHARE_IMAGE;
  const imageUrl = image.path.startsWith("http") ? image.path : absoluteUrl(image.path);
  const fullTitle = page > 1 ? `${title} – page ${page}` : title;
  return {
    title: fullTitle,
    description,
    alternates: {
      canonical,
      ...(feed ? { types: { "application/rss+xml": [{ url: absoluteUrl(feed.path), title: feed.title }] } } : {}),
    },
    robots: noindex ? notIndexable : indexable,
    openGraph: {
      type: "website",
      url: canonical,
      title: fullTitle,
      description,
      ...(edition ? { siteName: edition.name, locale: ogLocale(edition.locale) } : {}),
      images: [{ url: imageUrl, width: image.width, height: image.height, alt: image.alt }],
    },
    twitter: {
      card: "summary_large_image",
      title: fullTitle,
      description,
      images: [{ url: imageUrl, alt: image.alt }],
    },
  };
}

/** The 16:9 crop written next to every stored image: the picture shared with an article. */
export function shareImageOf(image: ImageView): PublicImage {
  const size = cropSize(image.width, image.height, "16x9");
  return { path: absoluteUrl(cropFile(image.src, "16x9")), ...size, alt: image.alt };
}

/** An article: `og:type=article` with its times, section, tags and authors. */
export function articleMetadata(
  edition: Pick<EditionView, "code" | "name" | "locale" | "timeZone">,
  page: Pick<
    ArticlePage,
    | "path"
    | "headline"
    | "standfirst"
    | "seoTitle"
    | "seoDescription"
    | "hero"
    | "firstPublishedAt"
    | "lastUpdatedAt"
    | "section"
    | "tags"
    | "authors"
  >,
): Metadata {
  const base = pageMetadata({
    title: page.seoTitle || page.headline,
    description: page.seoDescription || page.standfirst,
    path: page.path,
    edition,
    ...(page.hero ? { image: shareImageOf(page.hero.image) } : {}),
  });
  return {
    ...base,
    openGraph: {
      ...base.openGraph,
      type: "article",
      publishedTime: isoWithOffset(page.firstPublishedAt, edition.timeZone),
      modifiedTime: isoWithOffset(page.lastUpdatedAt, edition.timeZone),
      section: page.section.name,
      tags: page.tags.map((tag) => tag.name),
      authors: page.authors.map((author) => absoluteUrl(authorPath(edition.code, author.slug))),
    },
  };
}
