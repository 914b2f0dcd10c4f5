import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

// Reading stored media back for the public /media/ route.

const CONTENT_TYPES: Record<string, string> = {
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".webp": "image/webp",
  ".avif": "image/avif",
};

const SAFE_NAME = /^[a-z0-9][a-z0-9._/-]{0,200}$/;

export interface MediaFile {
  body: Buffer;
  contentType: string;
}

/** A stored image by its relative name, or null. Never resolves outside MEDIA_DIR. */
export async function readMediaFile(name: string): Promise<MediaFile | null> {
  if (!SAFE_NAME.test(name) || name.includes("..") || name.includes("//")) return null;
  const contentType = CONTENT_TYPES[path.extname(name).toLowerCase()];
  if (!contentType) return null;
  const root = path.resolve(env.MEDIA_DIR);
  const full = path.resolve(root, name);
  if (!full.startsWith(root + path.sep)) return null;
  try {
    return { body: await fs.readFile(full), contentType };
  } catch {
    return null;
  }
}
