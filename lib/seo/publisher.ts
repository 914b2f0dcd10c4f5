// Who publishes Dateline, as crawlers and feed readers are told. The images are files in public/,
// drawn once by scripts/make-logo.ts (rasters: Google does not take an SVG publisher logo).

export const PUBLISHER_NAME = "Dateline";

export interface PublicImage {
  path: string;
  width: number;
  height: number;
  alt: string;
}

/** The square logo for structured data (Google asks for at least 112×112). */
export const LOGO: PublicImage = { path: "/logo.png", width: 512, height: 512, alt: "Dateline" };

/** The channel image of RSS feeds (RSS 2.0 allows at most 144 pixels wide). */
export const FEED_LOGO: PublicImage = { path: "/logo-feed.png", width: 144, height: 144, alt: "Dateline" };

/** The picture shared for pages without one of their own (front page, listings). */
export const DEFAULT_SHARE_IMAGE: PublicImage = {
  path: "/share-default.png",
  width: 1200,
  height: 630,
  alt: "Dateline — independent news, every day",
};
