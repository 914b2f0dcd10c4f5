import "server-only";
import { affectedTags, type PublicFootprint } from "@/lib/cache/affected";
import { can, canEditArticle, type Staff } from "@/lib/auth/roles";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import { articlePath, datePathFor } from "@/lib/urls";
import {
  articleInput,
  changedFields,
  fieldErrorsOf,
  FIELD_LABELS,
  fromSnapshot,
  toSnapshot,
  type ArticleInput,
  type ArticleSnapshot,
  type FieldErrors,
} from "./article-input";
import { audit } from "./audit";

// Every change to an article, as one transaction each (SECURITY D1–D5): permission, the version
// check inside the write, the article row, its ordered tag and author links (with the public
// mirror of its first publication), old addresses kept as redirects, a revision, an audit entry
// and the cache tags it touched (written to the outbox for every server process).

export type Transition = "save" | "submit" | "publish" | "schedule" | "withdraw";
export type ArticleStatus = "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "WITHDRAWN";

export type NewsroomError =
  | { kind: "invalid"; fieldErrors: FieldErrors }
  | { kind: "forbidden"; message: string }
  | { kind: "not-found"; message: string }
  | { kind: "state"; message: string }
  | {
      kind: "conflict";
      message: string;
      currentVersion: number;
      /** Labels of the fields someone else changed since the version this save was made on. */
      changed: string[];
      by: string | null;
      at: string | null;
    };

export type NewsroomResult =
  | { ok: true; id: number; version: number; status: ArticleStatus; path: string | null; tags: string[] }
  | { ok: false; error: NewsroomError };

class Refusal extends Error {
  constructor(readonly error: NewsroomError) {
    super(error.kind);
  }
}

const refuse = (error: NewsroomError): never => {
  throw new Refusal(error);
};

const currentSelect = {
  id: true,
  editionCode: true,
  slug: true,
  datePath: true,
  status: true,
  version: true,
  dontMiss: true,
  excludeFromNews: true,
  publishAt: true,
  firstPublishedAt: true,
  createdById: true,
  section: { select: { slug: true } },
  tags: { orderBy: { position: "asc" }, select: { tag: { select: { slug: true } } } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { slug: true } } } },
  edition: { select: { timeZone: true } },
} satisfies Prisma.ArticleSelect;
type CurrentRow = Prisma.ArticleGetPayload<{ select: typeof currentSelect }>;

function footprintOf(row: CurrentRow): PublicFootprint {
  return {
    editionCode: row.editionCode,
    path: row.datePath
      ? articlePath({
          editionCode: row.editionCode,
          sectionSlug: row.section.slug,
          datePath: row.datePath,
          slug: row.slug,
        })
      : null,
    isPublic: row.status === "PUBLISHED",
    sectionSlug: row.section.slug,
    tagSlugs: row.tags.map((t) => t.tag.slug),
    authorSlugs: row.authors.map((a) => a.author.slug),
    dontMiss: row.dontMiss,
  };
}

/** The status an article moves to, or a refusal explaining why it cannot. */
function nextStatus(transition: Transition, from: ArticleStatus, staff: Staff, input: ArticleInput, now: Date) {
  const publisher = can(staff.role, "article:publish");
  switch (transition) {
    case "save":
      // A scheduled article without a time would never go out by itself.
      if (from === "SCHEDULED" && !input.publishAt)
        refuse({ kind: "invalid", fieldErrors: { publishAt: ["A scheduled article needs a time to publish"] } });
      return from;
    case "submit":
      if (from !== "DRAFT" && from !== "IN_REVIEW")
        refuse({ kind: "state", message: "Only drafts can be submitted for review." });
      return "IN_REVIEW" as const;
    case "publish":
      if (!publisher) refuse({ kind: "forbidden", message: "Only editors can publish." });
      return "PUBLISHED" as const;
    case "schedule":
      if (!publisher) refuse({ kind: "forbidden", message: "Only editors can schedule." });
      if (from === "PUBLISHED") refuse({ kind: "state", message: "This article is already published." });
      if (!input.publishAt) refuse({ kind: "invalid", fieldErrors: { publishAt: ["Choose when to publish"] } });
      if (input.publishAt && input.publishAt.getTime() <= now.getTime())
        refuse({ kind: "invalid", fieldErrors: { publishAt: ["Publish at must be in the future"] } });
      return "SCHEDULED" as const;
    case "withdraw":
      if (!publisher) refuse({ kind: "forbidden", message: "Only editors can withdraw." });
      if (from !== "PUBLISHED") refuse({ kind: "state", message: "Only published articles can be withdrawn." });
      return "WITHDRAWN" as const;
  }
}

async function checkReferences(tx: Tx, editionCode: string, input: ArticleInput) {
  // One after another: a transaction is one connection (pg refuses overlapping queries on it).
  const section = await tx.section.findFirst({ where: { id: input.sectionId, editionCode }, select: { id: true } });
  const tagCount = await tx.tag.count({ where: { id: { in: input.tagIds }, editionCode } });
  const authorCount = await tx.author.count({ where: { id: { in: input.authorIds } } });
  const hero = input.heroMediaId
    ? await tx.media.findUnique({ where: { id: input.heroMediaId }, select: { id: true } })
    : null;
  const fieldErrors: FieldErrors = {};
  if (!section) fieldErrors.sectionId = ["Choose a section of this edition"];
  if (tagCount !== input.tagIds.length) fieldErrors.tagIds = ["A chosen tag no longer exists"];
  if (authorCount !== input.authorIds.length) fieldErrors.authorIds = ["A chosen author no longer exists"];
  if (input.heroMediaId && !hero) fieldErrors.heroMediaId = ["The chosen image no longer exists"];
  if (Object.keys(fieldErrors).length > 0) refuse({ kind: "invalid", fieldErrors });
}

/** Explains a refused stale save: which fields changed since the version the editor started from. */
async function conflictFor(tx: Tx, id: number, baseVersion: number): Promise<NewsroomError> {
  const base = await tx.articleRevision.findUnique({
    where: { articleId_version: { articleId: id, version: baseVersion } },
  });
  const latest = await tx.articleRevision.findFirst({
    where: { articleId: id },
    orderBy: { version: "desc" },
    select: { version: true, snapshot: true, createdAt: true, user: { select: { name: true } } },
  });
  const from = base && fromSnapshot(base.snapshot);
  const to = latest && fromSnapshot(latest.snapshot);
  const changed = from && to ? changedFields(toSnapshot(from), toSnapshot(to)).map((f) => FIELD_LABELS[f]) : [];
  const who = latest?.user?.name ?? null;
  return {
    kind: "conflict",
    message: `Someone else${who ? ` (${who})` : ""} saved this article after you opened it${
      changed.length ? `: they changed ${changed.join(", ")}` : ""
    }. Your text is still in the form: copy what you need, reload, and apply your changes again.`,
    currentVersion: latest?.version ?? baseVersion,
    changed,
    by: who,
    at: latest?.createdAt.toISOString() ?? null,
  };
}

async function writeLinks(tx: Tx, id: number, input: ArticleInput, publishedAt: Date | null) {
  await tx.articleTag.deleteMany({ where: { articleId: id } });
  await tx.articleAuthor.deleteMany({ where: { articleId: id } });
  if (input.tagIds.length > 0) {
    await tx.articleTag.createMany({
      data: input.tagIds.map((tagId, position) => ({ articleId: id, tagId, position, publishedAt })),
    });
  }
  await tx.articleAuthor.createMany({
    data: input.authorIds.map((authorId, position) => ({ articleId: id, authorId, position, publishedAt })),
  });
}

/** Keeps an article's previous address answering 301 to the new one, and frees the new one. */
async function keepOldAddress(tx: Tx, id: number, before: string | null, after: string | null) {
  if (after) await tx.redirect.deleteMany({ where: { fromPath: after } });
  if (before && after && before !== after) {
    await tx.redirect.upsert({
      where: { fromPath: before },
      create: { fromPath: before, articleId: id },
      update: { articleId: id, toPath: null },
    });
  }
}

function articleFields(input: ArticleInput) {
  const { tagIds: _tags, authorIds: _authors, ...fields } = input;
  void _tags;
  void _authors;
  return fields;
}

function outcome(error: unknown): NewsroomResult {
  if (error instanceof Refusal) return { ok: false, error: error.error };
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return { ok: false, error: { kind: "invalid", fieldErrors: { slug: ["Another article already uses this slug"] } } };
  }
  throw error;
}

function validate(raw: unknown): ArticleInput {
  const parsed = articleInput.safeParse(raw);
  if (!parsed.success) refuse({ kind: "invalid", fieldErrors: fieldErrorsOf(parsed.error) });
  return parsed.data!;
}

async function reload(tx: Tx, id: number) {
  const row = await tx.article.findUniqueOrThrow({ where: { id }, select: currentSelect });
  return { row, path: footprintOf(row).path };
}

export async function createArticle(staff: Staff, editionCode: string, raw: unknown): Promise<NewsroomResult> {
  try {
    if (!can(staff.role, "article:create")) refuse({ kind: "forbidden", message: "You cannot create articles." });
    const input = validate(raw);
    return await db().$transaction(async (tx) => {
      await checkReferences(tx, editionCode, input);
      const fields = articleFields(input);
      // Writers cannot pick stories for "Don't miss" or schedule them (no mass assignment, S14).
      if (!can(staff.role, "article:publish")) Object.assign(fields, { dontMiss: false, publishAt: null });
      const created = await tx.article.create({
        data: { ...fields, editionCode, status: "DRAFT", version: 1, createdById: staff.id },
        select: { id: true },
      });
      await writeLinks(tx, created.id, input, null);
      await tx.articleRevision.create({
        data: {
          articleId: created.id,
          version: 1,
          snapshot: toSnapshot({ ...input, ...fields }),
          userId: staff.id,
          note: "created",
        },
      });
      await audit(tx, {
        userId: staff.id,
        action: "article.create",
        subjectType: "article",
        subjectId: created.id,
        summary: input.headline,
      });
      return { ok: true as const, id: created.id, version: 1, status: "DRAFT" as const, path: null, tags: [] };
    });
  } catch (error) {
    return outcome(error);
  }
}

export interface ChangeOptions {
  withdrawReason?: string;
  now?: Date;
  note?: string;
}

/**
 * Saves an article and moves it through the workflow in one transaction. `expectedVersion` is the
 * version the editor's form was loaded with: a save made on a stale version is refused (conflict).
 */
export async function changeArticle(
  staff: Staff,
  id: number,
  expectedVersion: number,
  transition: Transition,
  raw: unknown,
  options: ChangeOptions = {},
): Promise<NewsroomResult> {
  const now = options.now ?? new Date();
  try {
    const submitted = validate(raw);
    return await db().$transaction(async (tx) => {
      const current = await tx.article.findUnique({ where: { id }, select: currentSelect });
      if (!current) return refuse({ kind: "not-found", message: "This article does not exist (any more)." });
      if (!canEditArticle(staff, current)) refuse({ kind: "forbidden", message: "You cannot edit this article." });
      // A stale form is a conflict, whatever it asks for: its idea of the status is stale too. (The
      // write below checks the version again, for a save that commits between this read and it.)
      if (current.version !== expectedVersion) refuse(await conflictFor(tx, id, expectedVersion));
      await checkReferences(tx, current.editionCode, submitted);

      const input: ArticleInput = can(staff.role, "article:publish")
        ? submitted
        : {
            ...submitted,
            dontMiss: current.dontMiss,
            excludeFromNews: current.excludeFromNews,
            publishAt: current.publishAt,
          };
      const status = nextStatus(transition, current.status, staff, input, now);
      const goesPublic = status === "PUBLISHED";
      const firstPublishedAt = current.firstPublishedAt ?? (goesPublic ? now : null);
      const datePath =
        current.datePath ?? (firstPublishedAt ? datePathFor(firstPublishedAt, current.edition.timeZone) : null);
      const contentUpdate = goesPublic && (transition === "publish" || current.status === "PUBLISHED");

      // The version check is part of the write itself: a concurrent save makes this match no row.
      const written = await tx.article.updateMany({
        where: { id, version: expectedVersion },
        data: {
          ...articleFields(input),
          status,
          datePath,
          firstPublishedAt,
          ...(contentUpdate ? { lastUpdatedAt: now } : {}),
          ...(status === "SCHEDULED" ? {} : { publishAt: status === "PUBLISHED" ? null : input.publishAt }),
          ...(status === "WITHDRAWN"
            ? { withdrawnAt: now, withdrawnReason: options.withdrawReason?.slice(0, 500) ?? "" }
            : {}),
          ...(transition === "publish" ? { publishedLateMs: null } : {}),
          version: { increment: 1 },
        },
      });
      if (written.count === 0) refuse(await conflictFor(tx, id, expectedVersion));

      await writeLinks(tx, id, input, goesPublic ? firstPublishedAt : null);
      const { row, path } = await reload(tx, id);
      await keepOldAddress(tx, id, footprintOf(current).path, path);
      const version = expectedVersion + 1;
      await tx.articleRevision.create({
        data: {
          articleId: id,
          version,
          snapshot: toSnapshot(input),
          userId: staff.id,
          note: options.note ?? transition,
        },
      });
      await audit(tx, {
        userId: staff.id,
        action: `article.${transition}`,
        subjectType: "article",
        subjectId: id,
        summary: `${input.headline} (${current.status} → ${status})`,
      });
      const touched = affectedTags(id, footprintOf(current), footprintOf(row));
      if (touched.length > 0) await tx.cacheInvalidation.create({ data: { tags: touched } });
      return { ok: true as const, id, version, status, path, tags: touched };
    });
  } catch (error) {
    return outcome(error);
  }
}

/** Restores an old revision as a new one (history is never rewritten, D5). */
export async function restoreRevision(
  staff: Staff,
  id: number,
  revisionVersion: number,
  expectedVersion: number,
): Promise<NewsroomResult> {
  const revision = await db().articleRevision.findUnique({
    where: { articleId_version: { articleId: id, version: revisionVersion } },
    select: { snapshot: true },
  });
  const snapshot = revision && fromSnapshot(revision.snapshot);
  if (!snapshot)
    return { ok: false, error: { kind: "not-found", message: `Revision ${revisionVersion} does not exist.` } };
  return changeArticle(staff, id, expectedVersion, "save", snapshot, { note: `restored revision ${revisionVersion}` });
}

export interface ScheduledPublication {
  id: number;
  lateMs: number;
  tags: string[];
}

/** A publication more than this late is recorded as a missed schedule. */
export const MISSED_AFTER_MS = 5000;

/**
 * Publishes every scheduled article whose time has come. Each is claimed with a conditional update,
 * so when several server processes race, each article is published exactly once.
 */
export async function publishDue(now: Date = new Date()): Promise<ScheduledPublication[]> {
  const due = await db().article.findMany({
    where: { status: "SCHEDULED", publishAt: { lte: now } },
    orderBy: { publishAt: "asc" },
    take: 100,
    select: { id: true, publishAt: true },
  });
  const published: ScheduledPublication[] = [];
  for (const { id, publishAt } of due) {
    const lateMs = Math.max(0, now.getTime() - (publishAt ?? now).getTime());
    const done = await db().$transaction(async (tx) => {
      const current = await tx.article.findUnique({ where: { id }, select: currentSelect });
      if (!current || current.status !== "SCHEDULED") return null;
      const firstPublishedAt = current.firstPublishedAt ?? now;
      const datePath = current.datePath ?? datePathFor(firstPublishedAt, current.edition.timeZone);
      const claimed = await tx.article.updateMany({
        where: { id, status: "SCHEDULED", version: current.version },
        data: {
          status: "PUBLISHED",
          firstPublishedAt,
          lastUpdatedAt: now,
          datePath,
          publishAt: null,
          publishedLateMs: lateMs > MISSED_AFTER_MS ? lateMs : null,
          version: { increment: 1 },
        },
      });
      if (claimed.count === 0) return null;
      await tx.articleTag.updateMany({ where: { articleId: id }, data: { publishedAt: firstPublishedAt } });
      await tx.articleAuthor.updateMany({ where: { articleId: id }, data: { publishedAt: firstPublishedAt } });
      const { row, path } = await reload(tx, id);
      await keepOldAddress(tx, id, null, path);
      const latest = await tx.articleRevision.findFirst({
        where: { articleId: id },
        orderBy: { version: "desc" },
        select: { snapshot: true },
      });
      await tx.articleRevision.create({
        data: {
          articleId: id,
          version: current.version + 1,
          snapshot: (latest?.snapshot ?? {}) as Prisma.InputJsonValue,
          note:
            lateMs > MISSED_AFTER_MS
              ? `published by schedule, ${lateMs} ms late (missed schedule)`
              : "published by schedule",
        },
      });
      await audit(tx, {
        userId: null,
        action: lateMs > MISSED_AFTER_MS ? "article.schedule-missed" : "article.scheduled-publish",
        subjectType: "article",
        subjectId: id,
        summary: lateMs > MISSED_AFTER_MS ? `published ${lateMs} ms late` : "published on time",
      });
      const touched = affectedTags(id, footprintOf(current), footprintOf(row));
      await tx.cacheInvalidation.create({ data: { tags: touched } });
      return { id, lateMs, tags: touched };
    });
    if (done) published.push(done);
  }
  return published;
}

/** The next time a scheduled article is due, if any (the scheduler arms a timer for it). */
export async function nextDueAt(): Promise<Date | null> {
  const next = await db().article.findFirst({
    where: { status: "SCHEDULED", publishAt: { not: null } },
    orderBy: { publishAt: "asc" },
    select: { publishAt: true },
  });
  return next?.publishAt ?? null;
}

export type { ArticleInput, ArticleSnapshot };
