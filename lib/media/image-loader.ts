import { MEDIA_URL_PREFIX, renditionFile, renditionWidthFor } from "./sizes";

// next/image loader (next.config.js `images.loaderFile`): points each srcset entry at a rendition
// generated at upload time instead of resizing on request.
export default function mediaLoader({ src, width }: { src: string; width: number; quality?: number }): string {
  if (!src.startsWith(MEDIA_URL_PREFIX)) return src;
  return `${MEDIA_URL_PREFIX}${renditionFile(src.slice(MEDIA_URL_PREFIX.length), renditionWidthFor(width))}`;
}
