import type { Metadata } from "next";
import { listingPagePath } from "@/lib/urls";
import { absoluteUrl } from "./urls";

interface PageMetadataInput {
  title: string;
  description: string;
  /** The page's canonical path (paginated pages are their own canonical). */
  path: string;
  page?: number;
  noindex?: boolean;
}

export const indexable: Metadata["robots"] = { index: true, follow: true, "max-image-preview": "large" };
export const notIndexable: Metadata["robots"] = { index: false, follow: true };

export function pageMetadata({ title, description, path, page = 1, noindex }: PageMetadataInput): Metadata {
  return {
    title: page > 1 ? `${title} – page ${page}` : title,
    description,
    alternates: { canonical: absoluteUrl(listingPagePath(path, page)) },
    robots: noindex ? notIndexable : indexable,
  };
}
