import { Feed, type Extension } from "feed";
import { RSS_TYPE, newestOf, type CrawlerDocument } from "@/lib/http/conditional";
import { FEED_LOGO, PUBLISHER_NAME } from "@/lib/seo/publisher";

// RSS 2.0 for an edition or one of its listings, with the `feed` library. Pure: what to list comes
// from lib/data/feeds.ts, the site's origin as `site`; every link in the output is absolute.

export interface FeedImage {
  /** Site path of the original file ("/media/2026/11/harbour-3f9a.jpg"). */
  src: string;
  mimeType: string;
  bytes: number;
  width: number;
  height: number;
}

export interface FeedItemInput {
  path: string;
  headline: string;
  standfirst: string;
  firstPublishedAt: string;
  lastUpdatedAt: string;
  authors: { name: string; path: string }[];
  section: { name: string; path: string };
  tags: { name: string; path: string }[];
  image: FeedImage | null;
}

export interface FeedInput {
  title: string;
  description: string;
  /** The listing the feed follows, and the feed's own address. */
  path: string;
  feedPath: string;
  /** BCP 47, e.g. "en-GB". */
  language: string;
  items: FeedItemInput[];
}

const DC = "http://purl.org/dc/elements/1.1/";
const MEDIA = "http://search.yahoo.com/mrss/";

/** Drops characters XML 1.0 cannot carry (control characters pasted into an editor field). */
function xmlText(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
}

function escapeHtml(text: string): string {
  return xmlText(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The newest change to anything the feed lists, or null for an empty feed. */
export function feedLastModified(items: Pick<FeedItemInput, "lastUpdatedAt">[]): Date | null {
  return newestOf(items.map((item) => item.lastUpdatedAt));
}

export function rssXml(site: string, input: FeedInput): string {
  const abs = (path: string) => `${site}${path}`;
  const updated = feedLastModified(input.items);
  const feed = new Feed({
    title: xmlText(input.title),
    // Read as HTML by feed readers, like an item's: a section's or tag's description is plain text.
    description: escapeHtml(input.description),
    id: abs(input.path),
    link: abs(input.path),
    feed: abs(input.feedPath),
    language: input.language,
    image: abs(FEED_LOGO.path),
    copyright: `© ${PUBLISHER_NAME}`,
    generator: PUBLISHER_NAME,
    // The library falls back to "now", which would change the body (and its ETag) on every request.
    updated: updated ?? new Date(0),
    ttl: 5,
  });
  for (const item of input.items) {
    const link = abs(item.path);
    feed.addItem({
      title: xmlText(item.headline),
      link, // no id or guid given: the library writes <guid isPermaLink="true"> with the link
      date: new Date(item.firstPublishedAt),
      // An RSS description is HTML: the standfirst is plain text, so its markup characters are escaped.
      description: escapeHtml(item.standfirst),
      category: [
        { name: xmlText(item.section.name), domain: abs(item.section.path) },
        ...item.tags.map((tag) => ({ name: xmlText(tag.name), domain: abs(tag.path) })),
      ],
      ...(item.image
        ? {
            enclosure: { url: abs(item.image.src), type: item.image.mimeType, length: item.image.bytes },
          }
        : {}),
      // <author> must hold an e-mail address in RSS 2.0; Dublin Core's creator takes a name.
      extensions: [
        // One extension per element name (the library keys them by name); an array repeats it.
        {
          name: "dc:creator",
          objects: item.authors.map((author) => ({ _text: xmlText(author.name) })) as unknown as Extension["objects"],
        },
        ...(item.image
          ? [
              {
                name: "media:content",
                objects: {
                  _attributes: {
                    url: abs(item.image.src),
                    type: item.image.mimeType,
                    medium: "image",
                    width: item.image.width,
                    height: item.image.height,
                  },
                },
              },
            ]
          : []),
      ],
    });
  }
  return withNamespaces(feed.rss2(), updated !== null);
}

/**
 * The library declares only the namespaces it uses itself: add Dublin Core and Media RSS for the
 * extensions above, and drop the placeholder build date of a feed with nothing in it yet.
 */
function withNamespaces(xml: string, hasItems: boolean): string {
  const declared = xml.replace('<rss version="2.0"', `<rss version="2.0" xmlns:dc="${DC}" xmlns:media="${MEDIA}"`);
  return hasItems ? declared : declared.replace(/\s*<lastBuildDate>[^<]*<\/lastBuildDate>/, "");
}

/** The HTTP document of a feed, or null for a listing that does not exist (a 404). */
export function rssDocument(site: string, input: FeedInput | null): CrawlerDocument | null {
  if (!input) return null;
  return { body: rssXml(site, input), contentType: RSS_TYPE, lastModified: feedLastModified(input.items) };
}
