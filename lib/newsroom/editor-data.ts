import "server-only";
import { can, canViewArticle, type Staff } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/sqlite/client";
import mediaLoader from "@/lib/media/image-loader";
import { mediaUrl } from "@/lib/media/sizes";
import { bodyText, readBody, type BodyDocument } from "@/lib/richtext/document";
import { articlePath, isEditionCode } from "@/lib/urls";
import {
  changedFields,
  FIELD_LABELS,
  fromSnapshot,
  toSnapshot,
  type ArticleInput,
  type ArticleSnapshot,
} from "./article-input";
import type { ArticleStatus } from "./articles";

// What the article editor and its revision history read. Every function checks the session and,
// for an existing article, that this member of staff may see it (writers: their own drafts).

export interface EditionChoice {
  code: string;
  name: string;
  timeZone: string;
}

export interface MediaChoice {
  id: number;
  /** A small rendition, for the picker. */
  thumbnail: string;
  src: string;
  alt: string;
  caption: string;
  credit: string;
}

export interface EditorOptions {
  edition: EditionChoice;
  sections: { id: number; name: string }[];
  tags: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  media: MediaChoice[];
}

export interface EditorPermissions {
  /** Publish, schedule, withdraw, "Don't miss", "Exclude from Google News". */
  canPublish: boolean;
  /** Save this article at all (writers: only their own drafts and articles in review). */
  canEdit: boolean;
}

export interface EditorArticle {
  id: number;
  status: ArticleStatus;
  version: number;
  values: ArticleSnapshot;
  /** The public address once the article was ever published (its date is fixed then). */
  path: string | null;
  createdBy: string | null;
  heldBy: string | null;
  updatedAt: string;
  firstPublishedAt: string | null;
  publishedLateMs: number | null;
  withdrawnReason: string;
}

export interface EditorData {
  article: EditorArticle | null;
  options: EditorOptions;
  permissions: EditorPermissions;
  /** For a new article: the author linked to this account, if any. */
  defaultAuthorIds: number[];
}

const MEDIA_CHOICES = 120;

const editorSelect = {
  id: true,
  editionCode: true,
  status: true,
  version: true,
  slug: true,
  datePath: true,
  headline: true,
  standfirst: true,
  rubric: true,
  type: true,
  sectionId: true,
  heroMediaId: true,
  heroCaption: true,
  heroCredit: true,
  body: true,
  seoTitle: true,
  seoDescription: true,
  agencyCredit: true,
  dontMiss: true,
  excludeFromNews: true,
  publishAt: true,
  firstPublishedAt: true,
  publishedLateMs: true,
  withdrawnReason: true,
  updatedAt: true,
  createdById: true,
  createdBy: { select: { name: true } },
  section: { select: { slug: true } },
  tags: { orderBy: { position: "asc" }, select: { tagId: true } },
  authors: { orderBy: { position: "asc" }, select: { authorId: true } },
} satisfies Prisma.ArticleSelect;
type EditorRow = Prisma.ArticleGetPayload<{ select: typeof editorSelect }>;

function valuesOf(row: EditorRow): ArticleSnapshot {
  return {
    headline: row.headline,
    standfirst: row.standfirst,
    rubric: row.rubric,
    slug: row.slug,
    sectionId: row.sectionId,
    type: row.type,
    tagIds: row.tags.map((link) => link.tagId),
    authorIds: row.authors.map((link) => link.authorId),
    heroMediaId: row.heroMediaId,
    heroCaption: row.heroCaption,
    heroCredit: row.heroCredit,
    body: readBody(row.body),
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    agencyCredit: row.agencyCredit,
    dontMiss: row.dontMiss,
    excludeFromNews: row.excludeFromNews,
    publishAt: row.publishAt?.toISOString() ?? null,
  };
}

function mediaIdsOf(body: BodyDocument): number[] {
  return body.content.flatMap((block) => (block.type === "mediaImage" ? [block.attrs.mediaId] : []));
}

const mediaSelect = {
  id: true,
  file: true,
  alt: true,
  caption: true,
  credit: true,
} satisfies Prisma.MediaSelect;

function toMediaChoice(row: Prisma.MediaGetPayload<{ select: typeof mediaSelect }>): MediaChoice {
  const src = mediaUrl(row.file);
  return {
    id: row.id,
    thumbnail: mediaLoader({ src, width: 320 }),
    src: mediaLoader({ src, width: 640 }),
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
  };
}

/** The choices of the form: the edition's sections and tags, every author, recent media (plus those in use). */
async function editorOptions(editionCode: string, mediaInUse: number[]): Promise<EditorOptions | null> {
  const edition = await db().edition.findUnique({
    where: { code: editionCode },
    select: { code: true, name: true, timeZone: true },
  });
  if (!edition) return null;
  const [sections, tags, authors, recent] = await Promise.all([
    db().section.findMany({
      where: { editionCode },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    }),
    db().tag.findMany({ where: { editionCode }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().author.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().media.findMany({ orderBy: { id: "desc" }, take: MEDIA_CHOICES, select: mediaSelect }),
  ]);
  const missing = mediaInUse.filter((id) => !recent.some((m) => m.id === id));
  const extra = missing.length
    ? await db().media.findMany({ where: { id: { in: missing } }, select: mediaSelect })
    : [];
  return { edition, sections, tags, authors, media: [...recent, ...extra].map(toMediaChoice) };
}

function permissionsFor(staff: Staff, article: { createdById: string | null; status: ArticleStatus } | null) {
  return {
    canPublish: can(staff.role, "article:publish"),
    canEdit: article ? canViewArticle(staff, article) : can(staff.role, "article:create"),
  };
}

/** The editor for an existing article, or null when it does not exist or this person may not see it. */
export async function getArticleEditor(id: number): Promise<EditorData | null> {
  const staff = await requireStaff("newsroom:enter");
  const row = await db().article.findUnique({ where: { id }, select: editorSelect });
  if (!row || !canViewArticle(staff, row)) return null;
  const values = valuesOf(row);
  const options = await editorOptions(row.editionCode, [
    ...(row.heroMediaId ? [row.heroMediaId] : []),
    ...mediaIdsOf(values.body),
  ]);
  if (!options) return null;
  const heldBy =
    row.status === "IN_REVIEW"
      ? ((
          await db().articleRevision.findFirst({
            where: { articleId: id, note: "submit" },
            orderBy: { version: "desc" },
            select: { user: { select: { name: true } } },
          })
        )?.user?.name ?? null)
      : null;
  return {
    article: {
      id: row.id,
      status: row.status,
      version: row.version,
      values,
      path: row.datePath
        ? articlePath({
            editionCode: row.editionCode,
            sectionSlug: row.section.slug,
            datePath: row.datePath,
            slug: row.slug,
          })
        : null,
      createdBy: row.createdBy?.name ?? null,
      heldBy,
      updatedAt: row.updatedAt.toISOString(),
      firstPublishedAt: row.firstPublishedAt?.toISOString() ?? null,
      publishedLateMs: row.publishedLateMs,
      withdrawnReason: row.withdrawnReason,
    },
    options,
    permissions: permissionsFor(staff, row),
    defaultAuthorIds: [],
  };
}

/** An empty form for a new article in an edition; the author linked to this account comes preselected. */
export async function getNewArticleEditor(editionCode: string): Promise<EditorData | null> {
  const staff = await requireStaff("article:create");
  if (!isEditionCode(editionCode)) return null;
  const options = await editorOptions(editionCode, []);
  if (!options) return null;
  const user = await db().user.findUnique({ where: { id: staff.id }, select: { authorId: true } });
  return {
    article: null,
    options,
    permissions: permissionsFor(staff, null),
    defaultAuthorIds: user?.authorId ? [user.authorId] : [],
  };
}

/** The edition codes a new article can be written for (the list offers one button each). */
export async function listEditions(): Promise<EditionChoice[]> {
  await requireStaff("newsroom:enter");
  return db().edition.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true, timeZone: true } });
}

export interface RevisionSummary {
  version: number;
  createdAt: string;
  by: string | null;
  note: string;
}

export interface RevisionHistory {
  articleId: number;
  headline: string;
  currentVersion: number;
  status: ArticleStatus;
  timeZone: string;
  canRestore: boolean;
  revisions: RevisionSummary[];
}

async function viewableArticle(id: number) {
  const staff = await requireStaff("newsroom:enter");
  const row = await db().article.findUnique({
    where: { id },
    select: {
      id: true,
      headline: true,
      version: true,
      status: true,
      createdById: true,
      editionCode: true,
      edition: { select: { timeZone: true } },
    },
  });
  if (!row || !canViewArticle(staff, row)) return null;
  return { staff, row };
}

/** Every revision of an article, newest first. */
export async function listRevisions(id: number): Promise<RevisionHistory | null> {
  const found = await viewableArticle(id);
  if (!found) return null;
  const revisions = await db().articleRevision.findMany({
    where: { articleId: id },
    orderBy: { version: "desc" },
    select: { version: true, createdAt: true, note: true, user: { select: { name: true } } },
  });
  return {
    articleId: id,
    headline: found.row.headline,
    currentVersion: found.row.version,
    status: found.row.status,
    timeZone: found.row.edition.timeZone,
    canRestore: canViewArticle(found.staff, found.row),
    revisions: revisions.map((r) => ({
      version: r.version,
      createdAt: r.createdAt.toISOString(),
      by: r.user?.name ?? null,
      note: r.note,
    })),
  };
}

export interface FieldComparison {
  field: keyof ArticleInput;
  label: string;
  before: string;
  after: string;
  changed: boolean;
}

export interface RevisionComparison {
  from: number;
  to: number;
  fields: FieldComparison[];
}

/** Two revisions of an article side by side, field by field, each shown as readable text. */
export async function compareRevisions(id: number, from: number, to: number): Promise<RevisionComparison | null> {
  const found = await viewableArticle(id);
  if (!found) return null;
  const rows = await db().articleRevision.findMany({
    where: { articleId: id, version: { in: [from, to] } },
    select: { version: true, snapshot: true },
  });
  const a = fromSnapshot(rows.find((r) => r.version === from)?.snapshot);
  const b = fromSnapshot(rows.find((r) => r.version === to)?.snapshot);
  if (!a || !b) return null;

  const [sections, tags, authors, media] = await Promise.all([
    db().section.findMany({ where: { id: { in: [a.sectionId, b.sectionId] } }, select: { id: true, name: true } }),
    db().tag.findMany({ where: { id: { in: [...a.tagIds, ...b.tagIds] } }, select: { id: true, name: true } }),
    db().author.findMany({
      where: { id: { in: [...a.authorIds, ...b.authorIds] } },
      select: { id: true, name: true },
    }),
    db().media.findMany({
      where: { id: { in: [a.heroMediaId, b.heroMediaId].filter((m): m is number => m !== null) } },
      select: { id: true, alt: true },
    }),
  ]);
  const nameOf = (list: { id: number; name: string }[], id: number) =>
    list.find((x) => x.id === id)?.name ?? `#${id} (deleted)`;
  const timeZone = found.row.edition.timeZone;
  const show = (input: ArticleInput, field: keyof ArticleInput): string => {
    switch (field) {
      case "sectionId":
        return nameOf(sections, input.sectionId);
      case "tagIds":
        return input.tagIds.map((t) => nameOf(tags, t)).join(", ");
      case "authorIds":
        return input.authorIds.map((t) => nameOf(authors, t)).join(", ");
      case "heroMediaId": {
        if (input.heroMediaId === null) return "";
        const alt = media.find((m) => m.id === input.heroMediaId)?.alt;
        return `Image #${input.heroMediaId}${alt ? ` (${alt})` : ""}`;
      }
      case "body":
        return bodyText(input.body);
      case "dontMiss":
      case "excludeFromNews":
        return input[field] ? "Yes" : "No";
      case "publishAt":
        return input.publishAt
          ? new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "medium", timeStyle: "medium" }).format(
              input.publishAt,
            ) + ` (${timeZone})`
          : "";
      default:
        return String(input[field] ?? "");
    }
  };
  const changed = new Set(changedFields(toSnapshot(a), toSnapshot(b)));
  return {
    from,
    to,
    fields: (Object.keys(FIELD_LABELS) as (keyof ArticleInput)[]).map((field) => ({
      field,
      label: FIELD_LABELS[field],
      before: show(a, field),
      after: show(b, field),
      changed: changed.has(field),
    })),
  };
}
