import "server-only";
import { createHash } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { z } from "zod";
import { can, type Staff } from "@/lib/auth/roles";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { mediaUrl, renditionFile, renditionWidthFor } from "@/lib/media/sizes";
import { CROP_RATIOS, cropFile, storeImage, UnsupportedImageError, type StoredImage } from "@/lib/media/store";
import { audit } from "./audit";
import {
  attempt,
  pageOf,
  permit,
  recordInvalidation,
  Refusal,
  textField,
  validate,
  type AdminPage,
  type ChangeResult,
} from "./taxonomy";

// The media library (SPEC §4, SECURITY S16): uploads checked by their content — never by their name
// or declared type — size-limited, stored once per distinct file, and their alt text, caption and
// credit edited. The image pipeline itself is lib/media/store.ts.

// Below the 10 MB a request through proxy.ts may carry (Next's proxyClientMaxBodySize), form overhead included.
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = "8 MB";
/** Decoding cost grows with pixels, not bytes: a small file can declare an enormous image (S23). */
export const MAX_PIXELS = 40_000_000;
export const MAX_SIDE = 12_000;

export const UPLOAD_ERRORS = {
  empty: "Choose an image file to upload.",
  "too-large": `This file is larger than ${MAX_UPLOAD_LABEL}. Resize or compress it, then upload it again.`,
  svg: "SVG images are not accepted: they can carry scripts. Export the picture as PNG, JPEG or WebP and upload that.",
  "not-image":
    "This file is not an image Dateline accepts, whatever its name says. Upload a JPEG, PNG, WebP or AVIF image.",
  unsupported: "This image format is not accepted (GIF, HEIC, TIFF, BMP…). Upload a JPEG, PNG, WebP or AVIF image.",
  dimensions: `This image has too many pixels (at most ${MAX_PIXELS / 1_000_000} megapixels and ${MAX_SIDE.toLocaleString("en-GB")} pixels a side). Resize it, then upload it again.`,
  unreadable:
    "This file starts like an image but cannot be read (it may be damaged or cut short). Export it again and upload it.",
  forbidden: "Your role cannot upload images.",
} as const;
export type UploadErrorCode = keyof typeof UPLOAD_ERRORS;

export type UploadResult =
  | { ok: true; id: number; duplicate: boolean; message: string }
  | { ok: false; status: 400 | 403 | 413; code: UploadErrorCode; message: string };

const refused = (code: UploadErrorCode, status: 400 | 403 | 413 = 400): UploadResult => ({
  ok: false,
  status,
  code,
  message: UPLOAD_ERRORS[code],
});

type Sniffed = "jpeg" | "png" | "webp" | "avif" | "svg" | "other-image" | "unknown";

/**
 * What the first bytes say the file is. Only the four accepted signatures go on to the decoder, so
 * an SVG or an HTML page never reaches an XML parser, whatever it is called.
 */
export function sniffImage(bytes: Uint8Array): Sniffed {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (ascii(0, 8) === "\x89PNG\r\n\x1a\n") return "png";
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "webp";
  if (ascii(4, 8) === "ftyp") {
    const boxSize = Math.min(
      bytes.length,
      Math.max(16, ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0),
    );
    const brands = new Set<string>([ascii(8, 12)]);
    for (let at = 16; at + 4 <= boxSize; at += 4) brands.add(ascii(at, at + 4));
    return brands.has("avif") || brands.has("avis") ? "avif" : "other-image";
  }
  if (ascii(0, 4) === "GIF8" || ascii(0, 2) === "BM" || ascii(0, 4) === "II*\0" || ascii(0, 4) === "MM\0*")
    return "other-image";
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 4096)).toLowerCase();
  if (/<svg[\s>]/.test(head) || head.includes("image/svg+xml")) return "svg";
  return "unknown";
}

/** The part of an uploaded file's name worth keeping in the stored file's name. */
function nameOf(fileName: string): string {
  return (
    path
      .basename(fileName)
      .replace(/\.[a-z0-9]{1,5}$/i, "")
      .slice(0, 120) || "image"
  );
}

function filesOf(stored: StoredImage): string[] {
  return [stored.file, ...stored.sizes.map((s) => s.file), ...CROP_RATIOS.map((r) => cropFile(stored.file, r))];
}

export interface UploadOptions {
  mediaDir?: string;
  now?: Date;
}

/**
 * Adds an uploaded file to the library. The same file uploaded twice is one library entry: the
 * second upload answers with the first one's id.
 */
export async function uploadMedia(staff: Staff, file: File, options: UploadOptions = {}): Promise<UploadResult> {
  if (!can(staff.role, "media:upload")) return refused("forbidden", 403);
  if (file.size === 0) return refused("empty");
  if (file.size > MAX_UPLOAD_BYTES) return refused("too-large", 413);
  const buffer = Buffer.from(await file.arrayBuffer());
  if (buffer.length > MAX_UPLOAD_BYTES) return refused("too-large", 413);

  const kind = sniffImage(buffer);
  if (kind === "svg") return refused("svg");
  if (kind === "other-image") return refused("unsupported");
  if (kind === "unknown") return refused("not-image");

  const sha256 = createHash("sha256").update(buffer).digest("hex");
  const existing = await db().media.findUnique({ where: { sha256 }, select: { id: true } });
  if (existing) {
    return { ok: true, id: existing.id, duplicate: true, message: "This image is already in the library." };
  }

  try {
    const meta = await sharp(buffer).metadata();
    if (meta.width * meta.height > MAX_PIXELS || meta.width > MAX_SIDE || meta.height > MAX_SIDE) {
      return refused("dimensions");
    }
  } catch {
    return refused("unreadable");
  }

  const mediaDir = options.mediaDir ?? env.MEDIA_DIR;
  let stored: StoredImage;
  try {
    stored = await storeImage(buffer, { name: nameOf(file.name), mediaDir, now: options.now });
  } catch (error) {
    if (error instanceof UnsupportedImageError) return refused("unsupported");
    // libvips refuses truncated or corrupt data with its own errors.
    if (error instanceof Error && /vips|Input (buffer|file)|corrupt|premature|truncat/i.test(error.message)) {
      return refused("unreadable");
    }
    throw error;
  }

  try {
    const id = await db().$transaction(async (tx) => {
      const created = await tx.media.create({
        data: {
          file: stored.file,
          mimeType: stored.mimeType,
          width: stored.width,
          height: stored.height,
          bytes: stored.bytes,
          sha256: stored.sha256,
          sizes: stored.sizes.map((s) => ({ width: s.width, height: s.height, file: s.file })),
          uploadedById: staff.id,
        },
        select: { id: true },
      });
      await audit(tx, {
        userId: staff.id,
        action: "media.upload",
        subjectType: "media",
        subjectId: created.id,
        summary: `${path.basename(file.name).slice(0, 200)} → ${stored.file} (${stored.width}×${stored.height})`,
      });
      return created.id;
    });
    return { ok: true, id, duplicate: false, message: "Image uploaded. Describe it for readers who cannot see it." };
  } catch (error) {
    // Nothing half-saved: without its row, the files written above go too — unless a parallel upload
    // of the same file won the race, in which case they are its files and the upload is that one.
    const winner = await db()
      .media.findUnique({ where: { sha256 }, select: { id: true, file: true } })
      .catch(() => null);
    if (winner?.file !== stored.file) {
      await Promise.all(filesOf(stored).map((f) => rm(path.join(mediaDir, f), { force: true })));
    }
    if (winner) return { ok: true, id: winner.id, duplicate: true, message: "This image is already in the library." };
    throw error;
  }
}

export const mediaInput = z.object({
  alt: textField("Alt text", 300),
  caption: textField("Caption", 500),
  credit: textField("Credit", 200),
});
export type MediaInput = z.infer<typeof mediaInput>;

/**
 * Edits the library's description of an image. The alt text shows wherever the image does; caption
 * and credit are the defaults offered when the image is next used (an article keeps its own).
 */
export async function updateMedia(staff: Staff, id: number, raw: unknown): Promise<ChangeResult> {
  return attempt(async () => {
    permit(staff, "media:edit", "edit images");
    const input = validate(mediaInput, raw);
    return db().$transaction(async (tx) => {
      const current = await tx.media.findUnique({ where: { id }, select: { file: true } });
      if (!current) throw new Refusal(404, "This image does not exist (any more).");
      await tx.media.update({ where: { id }, data: input });
      const heroOf = await tx.article.findMany({ where: { heroMediaId: id }, select: { id: true } });
      const portraitOf = await tx.author.findMany({ where: { portraitId: id }, select: { slug: true } });
      await audit(tx, {
        userId: staff.id,
        action: "media.update",
        subjectType: "media",
        subjectId: id,
        summary: `${current.file}: alt “${input.alt.slice(0, 120)}”`,
      });
      const touched = await recordInvalidation(tx, [
        tags.media(id),
        ...heroOf.map((a) => tags.article(a.id)),
        ...portraitOf.map((a) => tags.author(a.slug)),
      ]);
      return { ok: true as const, id, message: "Image details saved.", tags: touched };
    });
  });
}

export interface MediaRow {
  id: number;
  file: string;
  src: string;
  /** A small rendition for the library grid. */
  thumbnail: string;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string;
  credit: string;
  uploadedBy: string | null;
  createdAt: string;
}

export interface MediaDetail extends MediaRow {
  renditions: { width: number; height: number; src: string }[];
  heroOf: { id: number; headline: string }[];
  portraitOf: { id: number; name: string }[];
}

const mediaSelect = {
  id: true,
  file: true,
  mimeType: true,
  width: true,
  height: true,
  bytes: true,
  alt: true,
  caption: true,
  credit: true,
  createdAt: true,
  uploadedBy: { select: { name: true } },
} as const;

type MediaSelected = Omit<MediaRow, "src" | "thumbnail" | "uploadedBy" | "createdAt"> & {
  createdAt: Date;
  uploadedBy: { name: string } | null;
};

function toRow({ uploadedBy, createdAt, ...row }: MediaSelected): MediaRow {
  return {
    ...row,
    src: mediaUrl(row.file),
    thumbnail: mediaUrl(renditionFile(row.file, renditionWidthFor(320))),
    uploadedBy: uploadedBy?.name ?? null,
    createdAt: createdAt.toISOString(),
  };
}

export const MEDIA_PAGE_SIZE = 24;

/** The library, newest first; `q` finds words in the alt text, caption, credit or file name. */
export async function listMedia(staff: Staff, page: number, q = ""): Promise<AdminPage<MediaRow>> {
  permit(staff, "media:upload", "use the media library");
  const query = q.trim().slice(0, 100);
  const where = query
    ? {
        OR: [
          { alt: { contains: query } },
          { caption: { contains: query } },
          { credit: { contains: query } },
          { file: { contains: query.toLowerCase() } },
        ],
      }
    : {};
  const [total, rows] = await db().$transaction([
    db().media.count({ where }),
    db().media.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * MEDIA_PAGE_SIZE,
      take: MEDIA_PAGE_SIZE,
      select: mediaSelect,
    }),
  ]);
  return pageOf(rows.map(toRow), page, total, MEDIA_PAGE_SIZE);
}

const storedSizes = z.array(z.object({ width: z.number(), height: z.number(), file: z.string() }));

export async function getMedia(staff: Staff, id: number): Promise<MediaDetail | null> {
  permit(staff, "media:upload", "use the media library");
  const row = await db().media.findUnique({
    where: { id },
    select: {
      ...mediaSelect,
      sizes: true,
      heroOf: { orderBy: { id: "desc" }, take: 20, select: { id: true, headline: true } },
      portraitOf: { orderBy: { id: "asc" }, take: 20, select: { id: true, name: true } },
    },
  });
  if (!row) return null;
  const { sizes, heroOf, portraitOf, ...rest } = row;
  const parsed = storedSizes.safeParse(sizes);
  return {
    ...toRow(rest),
    renditions: (parsed.success ? parsed.data : []).map((s) => ({
      width: s.width,
      height: s.height,
      src: mediaUrl(s.file),
    })),
    heroOf,
    portraitOf,
  };
}
