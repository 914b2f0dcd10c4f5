import { env } from "@/lib/env";

/** An absolute URL on the public site (canonicals, feeds, sitemaps, share links). */
export function absoluteUrl(path: string): string {
  return `${env.SITE_URL}${path.startsWith("/") ? path : `/${path}`}`;
}
