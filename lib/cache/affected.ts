import { tags } from "./tags";

// The one place that decides what a change to an article touches (STYLE 6). Pure.

/** What of an article the public can see, before or after a change. */
export interface PublicFootprint {
  editionCode: string;
  /** Canonical path while the article has one (it was ever published), else null. */
  path: string | null;
  isPublic: boolean;
  sectionSlug: string;
  tagSlugs: string[];
  authorSlugs: string[];
  dontMiss: boolean;
}

/**
 * Every cache tag a change from `before` to `after` touches: the article, its old and new address,
 * both sections, every tag and author it had or has, the edition's front page, the "Don't miss" rail,
 * feeds and sitemaps. A change that is public neither before nor after touches nothing.
 */
export function affectedTags(
  articleId: number,
  before: PublicFootprint | null,
  after: PublicFootprint | null,
): string[] {
  const states = [before, after].filter((s): s is PublicFootprint => s !== null);
  if (!states.some((s) => s.isPublic)) return [];
  const out = new Set<string>([tags.article(articleId), tags.sitemaps]);
  for (const s of states) {
    const ed = s.editionCode;
    if (s.path) out.add(tags.path(s.path));
    out.add(tags.front(ed));
    out.add(tags.feeds(ed));
    out.add(tags.section(ed, s.sectionSlug));
    for (const slug of s.tagSlugs) out.add(tags.tag(ed, slug));
    for (const slug of s.authorSlugs) out.add(tags.author(slug));
    if (s.dontMiss) out.add(tags.dontMiss(ed));
  }
  return [...out];
}
