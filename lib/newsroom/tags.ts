import "server-only";
import { z } from "zod";
import type { Staff } from "@/lib/auth/roles";
import { tags as cacheTags } from "@/lib/cache/tags";
import { db, type Tx } from "@/lib/db";
import { tagPath } from "@/lib/urls";
import { audit } from "./audit";
import {
  ADMIN_PAGE_SIZE,
  attempt,
  invalid,
  nameField,
  pageOf,
  permit,
  recordInvalidation,
  Refusal,
  slugField,
  textField,
  validate,
  type AdminPage,
  type ChangeResult,
} from "./taxonomy";

// Tags of an edition: list, create, edit, merge (SPEC §4). A tag's old address keeps answering: a
// changed slug or a merge leaves a Redirect the tag page follows (308).

export interface TagRow {
  id: number;
  editionCode: string;
  slug: string;
  name: string;
  description: string;
  articleCount: number;
}

export const tagInput = z.object({
  slug: slugField,
  name: nameField("Name", 80),
  description: textField("Description", 500),
});
export type TagInput = z.infer<typeof tagInput>;

export const mergeInput = z
  .object({
    fromId: z.coerce.number({ error: "Choose the tag to merge" }).int().positive("Choose the tag to merge"),
    intoId: z.coerce.number({ error: "Choose the tag to keep" }).int().positive("Choose the tag to keep"),
  })
  .refine((v) => v.fromId !== v.intoId, { message: "Choose two different tags", path: ["intoId"] });

const duplicateSlug = () =>
  invalid({ slug: ["Another tag of this edition already uses this slug"] }, "This slug is taken.");

const tagSelect = {
  id: true,
  editionCode: true,
  slug: true,
  name: true,
  description: true,
  _count: { select: { articles: true } },
} as const;

function toRow({ _count, ...row }: { _count: { articles: number } } & Omit<TagRow, "articleCount">): TagRow {
  return { ...row, articleCount: _count.articles };
}

export async function listTags(staff: Staff, ed: string, page: number, q = ""): Promise<AdminPage<TagRow>> {
  permit(staff, "taxonomy:manage", "manage tags");
  const query = q.trim().slice(0, 100);
  const where = {
    editionCode: ed,
    ...(query ? { OR: [{ name: { contains: query } }, { slug: { contains: query.toLowerCase() } }] } : {}),
  };
  const [total, rows] = await db().$transaction([
    db().tag.count({ where }),
    db().tag.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: tagSelect,
    }),
  ]);
  return pageOf(rows.map(toRow), page, total);
}

/** Every tag of an edition, for the merge form's choices. */
export async function listTagChoices(staff: Staff, ed: string): Promise<{ id: number; slug: string; name: string }[]> {
  permit(staff, "taxonomy:manage", "manage tags");
  return db().tag.findMany({
    where: { editionCode: ed },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, name: true },
  });
}

export async function getTag(staff: Staff, id: number): Promise<TagRow | null> {
  permit(staff, "taxonomy:manage", "manage tags");
  const row = await db().tag.findUnique({ where: { id }, select: tagSelect });
  return row ? toRow(row) : null;
}

/** A tag address that is live again must not also redirect (the tag page would never show it). */
async function freeAddress(tx: Tx, path: string) {
  await tx.redirect.deleteMany({ where: { fromPath: path, articleId: null } });
}

/**
 * Points `from` (and every address that already redirected to it) at `to`, so no chain of hops
 * builds up. Returns the addresses whose cached pages change.
 */
async function redirectTagAddress(tx: Tx, from: string, to: string): Promise<string[]> {
  const earlier = await tx.redirect.findMany({ where: { toPath: from, articleId: null }, select: { fromPath: true } });
  await tx.redirect.updateMany({ where: { toPath: from, articleId: null }, data: { toPath: to } });
  await tx.redirect.upsert({
    where: { fromPath: from },
    create: { fromPath: from, toPath: to },
    update: { toPath: to, articleId: null },
  });
  await tx.redirect.deleteMany({ where: { fromPath: to, articleId: null } });
  return [from, ...earlier.map((r) => r.fromPath)];
}

export async function createTag(staff: Staff, ed: string, raw: unknown): Promise<ChangeResult> {
  return attempt(async () => {
    permit(staff, "taxonomy:manage", "manage tags");
    const input = validate(tagInput, raw);
    return db().$transaction(async (tx) => {
      const edition = await tx.edition.findUnique({ where: { code: ed }, select: { code: true } });
      if (!edition) throw new Refusal(404, "This edition does not exist.");
      const created = await tx.tag.create({ data: { ...input, editionCode: ed }, select: { id: true } });
      const path = tagPath(ed, input.slug);
      await freeAddress(tx, path);
      await audit(tx, {
        userId: staff.id,
        action: "tag.create",
        subjectType: "tag",
        subjectId: created.id,
        summary: `${input.name} (${path})`,
      });
      const touched = await recordInvalidation(tx, [cacheTags.tag(ed, input.slug), cacheTags.path(path)]);
      return { ok: true as const, id: created.id, message: `Tag “${input.name}” created.`, tags: touched };
    });
  }, duplicateSlug);
}

export async function updateTag(staff: Staff, id: number, raw: unknown): Promise<ChangeResult> {
  return attempt(async () => {
    permit(staff, "taxonomy:manage", "manage tags");
    const input = validate(tagInput, raw);
    return db().$transaction(async (tx) => {
      const current = await tx.tag.findUnique({
        where: { id },
        select: { editionCode: true, slug: true, name: true },
      });
      if (!current) throw new Refusal(404, "This tag does not exist (any more).");
      const ed = current.editionCode;
      await tx.tag.update({ where: { id }, data: input });
      const touched = [cacheTags.tag(ed, current.slug), cacheTags.tag(ed, input.slug), cacheTags.feeds(ed)];
      if (input.slug !== current.slug) {
        const oldPath = tagPath(ed, current.slug);
        const newPath = tagPath(ed, input.slug);
        await freeAddress(tx, newPath);
        const moved = await redirectTagAddress(tx, oldPath, newPath);
        // Article pages link their tags by slug: every page carrying this tag changes.
        const links = await tx.articleTag.findMany({ where: { tagId: id }, select: { articleId: true } });
        touched.push(
          cacheTags.path(newPath),
          cacheTags.sitemaps,
          ...moved.map((p) => cacheTags.path(p)),
          ...links.map((l) => cacheTags.article(l.articleId)),
        );
      }
      await audit(tx, {
        userId: staff.id,
        action: "tag.update",
        subjectType: "tag",
        subjectId: id,
        summary:
          current.slug === input.slug && current.name === input.name
            ? input.name
            : `${current.name} (${current.slug}) → ${input.name} (${input.slug})`,
      });
      const recorded = await recordInvalidation(tx, touched);
      return { ok: true as const, id, message: `Tag “${input.name}” saved.`, tags: recorded };
    });
  }, duplicateSlug);
}

/**
 * Merges tag `fromId` into `intoId`: every story tagged with the first is tagged with the second
 * instead, at the same place in its tag list and with the same public-date mirror (stories that
 * already carry both just lose the first); the first tag is deleted and its address redirects.
 */
export async function mergeTags(staff: Staff, raw: unknown): Promise<ChangeResult> {
  return attempt(async () => {
    permit(staff, "taxonomy:manage", "merge tags");
    const { fromId, intoId } = validate(mergeInput, raw);
    return db().$transaction(async (tx) => {
      const from = await tx.tag.findUnique({
        where: { id: fromId },
        select: { editionCode: true, slug: true, name: true },
      });
      const into = await tx.tag.findUnique({
        where: { id: intoId },
        select: { editionCode: true, slug: true, name: true },
      });
      if (!from) throw invalid({ fromId: ["This tag does not exist (any more)"] });
      if (!into) throw invalid({ intoId: ["This tag does not exist (any more)"] });
      if (from.editionCode !== into.editionCode) throw invalid({ intoId: ["Choose a tag of the same edition"] });
      const ed = from.editionCode;

      const links = await tx.articleTag.findMany({
        where: { tagId: fromId },
        select: { articleId: true, position: true, publishedAt: true },
      });
      const articleIds = links.map((l) => l.articleId);
      const already = new Set(
        (
          await tx.articleTag.findMany({
            where: { tagId: intoId, articleId: { in: articleIds } },
            select: { articleId: true },
          })
        ).map((l) => l.articleId),
      );
      const moving = links.filter((l) => !already.has(l.articleId));
      // Removing the old links first keeps (article, position) free for the new ones.
      await tx.articleTag.deleteMany({ where: { tagId: fromId } });
      if (moving.length > 0) {
        await tx.articleTag.createMany({
          data: moving.map((l) => ({
            articleId: l.articleId,
            tagId: intoId,
            position: l.position,
            publishedAt: l.publishedAt,
          })),
        });
      }
      await tx.tag.delete({ where: { id: fromId } });

      const fromPath = tagPath(ed, from.slug);
      const intoPath = tagPath(ed, into.slug);
      const moved = await redirectTagAddress(tx, fromPath, intoPath);
      await audit(tx, {
        userId: staff.id,
        action: "tag.merge",
        subjectType: "tag",
        subjectId: intoId,
        summary: `${from.name} (${from.slug}) merged into ${into.name} (${into.slug}): ${links.length} stor${
          links.length === 1 ? "y" : "ies"
        }`,
      });
      const touched = await recordInvalidation(tx, [
        cacheTags.tag(ed, from.slug),
        cacheTags.tag(ed, into.slug),
        cacheTags.path(intoPath),
        ...moved.map((p) => cacheTags.path(p)),
        ...articleIds.map((id) => cacheTags.article(id)),
        cacheTags.front(ed),
        cacheTags.feeds(ed),
        cacheTags.sitemaps,
      ]);
      return {
        ok: true as const,
        id: intoId,
        message: `“${from.name}” merged into “${into.name}”: ${links.length} stor${links.length === 1 ? "y" : "ies"} moved; ${fromPath} now redirects to ${intoPath}.`,
        tags: touched,
      };
    });
  });
}
