// Draws Dateline's publisher images into public/ (run once: `npx tsx scripts/make-logo.ts`; the PNGs
// are committed). Crawlers want rasters: Google takes no SVG publisher logo, RSS channel images
// are GIF, JPEG or PNG. The mark is drawn from shapes, so it needs no font; the share card's
// wordmark uses whatever serif fontconfig finds.
import path from "node:path";
import sharp from "sharp";
import { DEFAULT_SHARE_IMAGE, FEED_LOGO, LOGO, type PublicImage } from "@/lib/seo/publisher";

const BRAND = "#b3122e";
const PAPER = "#ffffff";
const INK = "#16181d";

/** A bold "D" with a dateline rule under it, in a 512 × 512 box. */
function mark(fill: string): string {
  return `
    <path fill-rule="evenodd" fill="${fill}"
      d="M117 84 H243 A152 152 0 0 1 243 388 H117 Z M185 148 H239 A88 88 0 0 1 239 324 H185 Z" />
    <rect x="117" y="412" width="278" height="16" fill="${fill}" />`;
}

function logoSvg(size: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 512 512">
    <rect width="512" height="512" fill="${BRAND}" />
    ${mark(PAPER)}
  </svg>`;
}

function shareCardSvg({ width, height }: PublicImage): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="${width}" height="${height}" fill="${PAPER}" />
    <rect width="${width}" height="24" fill="${BRAND}" />
    <g transform="translate(96 155) scale(0.625)">
      <rect width="512" height="512" fill="${BRAND}" />
      ${mark(PAPER)}
    </g>
    <text x="470" y="340" font-family="Source Serif 4, DejaVu Serif, serif" font-weight="700" font-size="150"
      fill="${INK}">Dateline</text>
    <text x="476" y="410" font-family="Inter, DejaVu Sans, sans-serif" font-size="38" fill="#4a4f5a">Independent news, every day</text>
  </svg>`;
}

async function write(image: PublicImage, svg: string): Promise<void> {
  const out = path.join("public", image.path);
  const info = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toFile(out);
  if (info.width !== image.width || info.height !== image.height) {
    throw new Error(`${out} is ${info.width}×${info.height}, expected ${image.width}×${image.height}`);
  }
  console.log(`wrote ${out} (${info.width}×${info.height}, ${info.size} bytes)`);
}

await write(LOGO, logoSvg(LOGO.width));
await write(FEED_LOGO, logoSvg(FEED_LOGO.width));
await write(DEFAULT_SHARE_IMAGE, shareCardSvg(DEFAULT_SHARE_IMAGE));
