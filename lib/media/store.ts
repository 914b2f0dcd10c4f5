import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp, { type Sharp } from "sharp";
import { CROP_RATIOS, RENDITION_WIDTHS, cropFile, cropSize, renditionFile } from "@/lib/media/sizes";
import { slugify } from "@/lib/urls";

// Crop names and sizes live in sizes.ts, which the structured data reads too.
export { CROP_RATIOS, cropFile } from "@/lib/media/sizes";

// The image pipeline (server-only Node code, shared by the seed and the admin upload): checks what
// the bytes really are, bakes in the EXIF orientation, and writes the original, one WebP rendition
// per RENDITION_WIDTHS entry and three crops for structured data. It never touches the database.

/** The formats Dateline accepts, keyed by the media type sharp reads from the content. */
const ACCEPTED = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/avif": "avif",
} as const;
type AcceptedType = keyof typeof ACCEPTED;

export class UnsupportedImageError extends Error {
  override readonly name = "UnsupportedImageError";
}

export interface StoredSize {
  width: number;
  height: number;
  file: string;
}

export interface StoredImage {
  /** Relative to the media directory, always with forward slashes: "2026/11/harbour-3f9a1c2d.jpg". */
  file: string;
  mimeType: AcceptedType;
  width: number;
  height: number;
  bytes: number;
  /** Of the uploaded bytes, so the same upload twice is recognisable. */
  sha256: string;
  sizes: StoredSize[];
}

export interface StoreImageOptions {
  /** Human name the file is named after (a headline, the uploaded file name…). */
  name: string;
  mediaDir: string;
  /** Decides the yyyy/mm folder; defaults to the current time. */
  now?: Date;
}

/** A file-name slug of at most 48 characters, cut at a word boundary. */
function shortName(name: string): string {
  const slug = slugify(name);
  if (slug.length <= 48) return slug || "image";
  const cut = slug.slice(0, 49);
  return cut.slice(0, cut.lastIndexOf("-") > 0 ? cut.lastIndexOf("-") : 48);
}

/**
 * True when the first bytes are those of a JPEG, PNG, WebP or ISO media file (AVIF, or HEIC, which
 * sharp then names). Anything else, SVG and HTML included, is refused before any decoder reads it.
 */
function hasImageSignature(input: Buffer): boolean {
  const ascii = (from: number, to: number) => input.toString("latin1", from, to);
  return (
    (input[0] === 0xff && input[1] === 0xd8 && input[2] === 0xff) ||
    ascii(0, 8) === "\x89PNG\r\n\x1a\n" ||
    (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") ||
    ascii(4, 8) === "ftyp"
  );
}

async function readType(input: Buffer): Promise<AcceptedType> {
  if (!hasImageSignature(input)) {
    throw new UnsupportedImageError("This file is not a JPEG, PNG, WebP or AVIF image, whatever its name says.");
  }
  let mediaType: string | undefined;
  try {
    mediaType = (await sharp(input).metadata()).mediaType;
  } catch {
    throw new UnsupportedImageError(
      "This file is not an image Dateline can read. Upload a JPEG, PNG, WebP or AVIF image.",
    );
  }
  if (mediaType && mediaType in ACCEPTED) return mediaType as AcceptedType;
  const what = mediaType ? mediaType.replace(/^image\//, "").toUpperCase() : "an unknown format";
  throw new UnsupportedImageError(`This image is ${what}; upload a JPEG, PNG, WebP or AVIF image instead.`);
}

/** Re-encodes in the uploaded format: this also drops EXIF data such as the camera's location. */
function encodeOriginal(image: Sharp, type: AcceptedType): Sharp {
  switch (type) {
    case "image/jpeg":
      return image.jpeg({ quality: 90 });
    case "image/png":
      return image.png({ compressionLevel: 9 });
    case "image/webp":
      return image.webp({ quality: 90 });
    case "image/avif":
      return image.avif({ quality: 70 });
  }
}

export async function storeImage(input: Buffer, opts: StoreImageOptions): Promise<StoredImage> {
  const mimeType = await readType(input);
  const sha256 = createHash("sha256").update(input).digest("hex");
  const now = opts.now ?? new Date();
  const folder = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
  const base = `${shortName(opts.name)}-${sha256.slice(0, 8)}`;
  const file = `${folder}/${base}.${ACCEPTED[mimeType]}`;
  await mkdir(path.join(opts.mediaDir, folder), { recursive: true });

  // Decode and orient once; every output below starts from these pixels.
  const { data, info } = await sharp(input, { autoOrient: true })
    .toColourspace("srgb")
    .raw({ depth: "uchar" })
    .toBuffer({ resolveWithObject: true });
  const { width, height, channels } = info;
  const pixels = () => sharp(data, { raw: { width, height, channels } });
  const write = async (name: string, image: Sharp) => {
    const out = await image.toBuffer({ resolveWithObject: true });
    await writeFile(path.join(opts.mediaDir, name), out.data);
    return out.info;
  };

  const original = await write(file, encodeOriginal(pixels(), mimeType));

  // Sequential on purpose: libvips already uses every core for each image.
  const sizes: StoredSize[] = [];
  for (const target of RENDITION_WIDTHS) {
    const name = renditionFile(file, target);
    const out = await write(name, pixels().resize({ width: target, withoutEnlargement: true }).webp({ quality: 80 }));
    sizes.push({ width: out.width, height: out.height, file: name });
  }
  for (const ratio of CROP_RATIOS) {
    const size = cropSize(width, height, ratio);
    const crop = pixels()
      .resize({ ...size, fit: "cover", position: sharp.strategy.attention })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 85 });
    await write(cropFile(file, ratio), crop);
  }

  return { file, mimeType, width, height, bytes: original.size, sha256, sizes };
}
