import type { AuthorSlug } from "./authors";
import type { MotifName, PaletteName } from "./images";
import type { DemoBlock } from "./markup";
import type { SectionSlug } from "./sections";
import type { TagSlug } from "./tags";

// The shape of a demo article. Times are in hours relative to the seed's `now`, so the demo
// always looks fresh: a story "published 5 hours ago" is 5 hours old whenever the site starts.

interface DemoArticleFields {
  section: SectionSlug;
  headline: string;
  /** Defaults to the slugified headline. */
  slug?: string;
  standfirst: string;
  rubric?: string;
  type?: "STORY" | "VIDEO" | "ANALYSIS" | "OPINION" | "LIVE";
  /** 2–5, in order: the first two name the article's "A – B" tag group. */
  tags: readonly TagSlug[];
  authors: readonly AuthorSlug[];
  agencyCredit?: string;
  dontMiss?: boolean;
  seo?: { title: string; description: string };
  hero: { motif: MotifName; palette: PaletteName; caption: string };
  body: readonly DemoBlock[];
  /** An earlier address of the article: its slug (and section) before an edit. */
  previously?: { slug: string; section?: SectionSlug };
}

type DemoTimeline =
  | { status?: "PUBLISHED"; publishedHoursAgo: number; updatedHoursAgo?: number }
  | { status: "WITHDRAWN"; publishedHoursAgo: number; withdrawnHoursAgo: number; withdrawnReason: string }
  | { status: "DRAFT"; createdHoursAgo: number }
  | { status: "SCHEDULED"; createdHoursAgo: number; publishInHours: number };

export type DemoArticle = DemoArticleFields & DemoTimeline;
