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

/** Aspect ratios of the crops written next to every original for crawlers (NewsArticle `image`). */
export const CROP_RATIOS = ["16x9", "4x3", "1x1"] as const;
export type CropRatio = (typeof CROP_RATIOS)[number];
export const CROP_WIDTH = 1200;

/** "2026/11/harbour-3f9a1c2d.jpg", "16x9" → "2026/11/harbour-3f9a1c2d-16x9.jpg" (always a JPEG). */
export function cropFile(file: string, ratio: CropRatio): string {
  return `${file.replace(/\.[a-z0-9]+$/i, "")}-${ratio}.jpg`;
}

/** Pixel size of a crop: the largest box of that ratio inside the image, at most CROP_WIDTH wide. */
export function cropSize(width: number, height: number, ratio: CropRatio): { width: number; height: number } {
  const [rw, rh] = ratio.split("x").map(Number) as [number, number];
  const boxWidth = Math.min(width, Math.floor((height * rw) / rh));
  const cropWidth = Math.max(1, Math.min(CROP_WIDTH, boxWidth));
  return { width: cropWidth, height: Math.max(1, Math.round((cropWidth * rh) / rw)) };
}
