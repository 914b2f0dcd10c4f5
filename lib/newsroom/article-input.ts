import { z } from "zod";
import { bodyDocument, EMPTY_DOCUMENT } from "@/lib/richtext/document";
import { isSlug, MAX_SLUG_LENGTH } from "@/lib/urls";

// What an editor submits for an article, validated where it enters (STYLE 14). The same shape is
// kept as the snapshot of every revision, so revisions compare and restore field by field.

const text = (max: number, label: string) =>
  z.string().trim().max(max, `${label} must be at most ${max} characters`).default("");

const ids = (label: string, max: number) =>
  z
    .array(z.coerce.number().int().positive())
    .max(max, `At most ${max} ${label}`)
    .refine((list) => new Set(list).size === list.length, `The same ${label.replace(/s$/, "")} is listed twice`)
    .default([]);

export const ARTICLE_TYPES = ["STORY", "VIDEO", "ANALYSIS", "OPINION", "LIVE"] as const;

export const articleInput = z.object({
  headline: z.string().trim().min(1, "Headline is required").max(200, "Headline must be at most 200 characters"),
  standfirst: text(500, "Standfirst"),
  rubric: text(60, "Rubric"),
  slug: z
    .string()
    .trim()
    .max(MAX_SLUG_LENGTH, `Slug must be at most ${MAX_SLUG_LENGTH} characters`)
    .refine(isSlug, "Slug: use lower-case letters, digits and single hyphens (e.g. harbour-reopens)"),
  sectionId: z.coerce.number({ error: "Choose a section" }).int().positive("Choose a section"),
  type: z.enum(ARTICLE_TYPES).default("STORY"),
  tagIds: ids("tags", 10),
  authorIds: ids("authors", 10).refine((list) => list.length > 0, "Add at least one author"),
  heroMediaId: z.coerce.number().int().positive().nullable().default(null),
  heroCaption: text(500, "Caption"),
  heroCredit: text(200, "Credit"),
  body: bodyDocument.default(EMPTY_DOCUMENT),
  seoTitle: text(110, "SEO title"),
  seoDescription: text(300, "SEO description"),
  agencyCredit: text(100, "Agency credit"),
  dontMiss: z.boolean().default(false),
  excludeFromNews: z.boolean().default(false),
  publishAt: z.coerce.date({ error: "Publish at must be a date and time" }).nullable().default(null),
});

export type ArticleInput = z.infer<typeof articleInput>;
export type FieldErrors = Partial<Record<keyof ArticleInput | "form", string[]>>;

/** A revision's stored form of an article: the input with its date as ISO text. */
export type ArticleSnapshot = Omit<ArticleInput, "publishAt"> & { publishAt: string | null };

export function toSnapshot(input: ArticleInput): ArticleSnapshot {
  return { ...input, publishAt: input.publishAt?.toISOString() ?? null };
}

export function fromSnapshot(snapshot: unknown): ArticleInput | null {
  const parsed = articleInput.safeParse(snapshot);
  return parsed.success ? parsed.data : null;
}

export const FIELD_LABELS: Record<keyof ArticleInput, string> = {
  headline: "Headline",
  standfirst: "Standfirst",
  rubric: "Rubric",
  slug: "Slug",
  sectionId: "Section",
  type: "Type",
  tagIds: "Tags",
  authorIds: "Authors",
  heroMediaId: "Hero image",
  heroCaption: "Caption",
  heroCredit: "Credit",
  body: "Body",
  seoTitle: "SEO title",
  seoDescription: "SEO description",
  agencyCredit: "Agency credit",
  dontMiss: "Don't miss",
  excludeFromNews: "Exclude from Google News",
  publishAt: "Publish at",
};

/** The fields whose values differ between two snapshots, in form order. */
export function changedFields(a: ArticleSnapshot, b: ArticleSnapshot): (keyof ArticleInput)[] {
  return (Object.keys(FIELD_LABELS) as (keyof ArticleInput)[]).filter(
    (field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]),
  );
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors as FieldErrors;
}
