import "server-only";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { mediaUrl } from "@/lib/media/sizes";
import { articlePath } from "@/lib/urls";
import type { ArticleKind, AuthorLink, ImageView, Teaser } from "./views";

// Prisma selects and the named converters from rows to view models (lib/data/views.ts).

export const imageSelect = { file: true, width: true, height: true, alt: true } satisfies Prisma.MediaSelect;
type ImageRow = Prisma.MediaGetPayload<{ select: typeof imageSelect }>;

export function toImage(row: ImageRow): ImageView {
  return { src: mediaUrl(row.file), width: row.width, height: row.height, alt: row.alt };
}

export const teaserSelect = {
  id: true,
  editionCode: true,
  slug: true,
  datePath: true,
  headline: true,
  standfirst: true,
  rubric: true,
  type: true,
  firstPublishedAt: true,
  section: { select: { slug: true, name: true } },
  hero: { select: imageSelect },
} satisfies Prisma.ArticleSelect;
export type TeaserRow = Prisma.ArticleGetPayload<{ select: typeof teaserSelect }>;

export function toKind(type: TeaserRow["type"]): ArticleKind {
  return type.toLowerCase() as ArticleKind;
}

/** The canonical path of a public article (datePath is set at first publication). */
export function pathOf(row: { editionCode: string; slug: string; datePath: string | null; section: { slug: string } }) {
  return articlePath({
    editionCode: row.editionCode,
    sectionSlug: row.section.slug,
    datePath: row.datePath ?? "00000000",
    slug: row.slug,
  });
}

export function toTeaser(row: TeaserRow): Teaser {
  return {
    id: row.id,
    path: pathOf(row),
    headline: row.headline,
    standfirst: row.standfirst,
    rubric: row.rubric,
    section: { slug: row.section.slug, name: row.section.name },
    kind: toKind(row.type),
    image: row.hero ? toImage(row.hero) : null,
    firstPublishedAt: (row.firstPublishedAt ?? new Date(0)).toISOString(),
  };
}

export const authorLinkSelect = { slug: true, name: true, kind: true } satisfies Prisma.AuthorSelect;
type AuthorLinkRow = Prisma.AuthorGetPayload<{ select: typeof authorLinkSelect }>;

export function toAuthorLink(row: AuthorLinkRow): AuthorLink {
  return { slug: row.slug, name: row.name, kind: row.kind === "ORGANISATION" ? "organisation" : "person" };
}

/** Orders rows by a list of ids (results of `id IN (…)` come back in any order). */
export function inIdOrder<T extends { id: number }>(rows: T[], ids: number[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}
