// Renditions of every stored image: one WebP per width, named after the original
// ("2026/11/harbour-3f9a.jpg" → "2026/11/harbour-3f9a-w640.webp"). Pure, shared by the
// image loader (browser and server), the media pipeline and the seed.

import widths from "./widths.json";

// The widths live in JSON so next.config.js (plain Node) reads the same list.
export const RENDITION_WIDTHS: readonly number[] = widths.RENDITION_WIDTHS_FOR_CONFIG;
export const MEDIA_URL_PREFIX = "/media/";

export function renditionFile(file: string, width: number): string {
  return `${file.replace(/\.[a-z0-9]+$/i, "")}-w${width}.webp`;
}

/** The smallest rendition at least `width` wide, or the largest one. */
export function renditionWidthFor(width: number): number {
  return RENDITION_WIDTHS.find((w) => w >= width) ?? RENDITION_WIDTHS[RENDITION_WIDTHS.length - 1] ?? width;
}

export function mediaUrl(file: string): string {
  return `${MEDIA_URL_PREFIX}${file}`;
}
