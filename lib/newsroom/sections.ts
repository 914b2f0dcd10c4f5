import "server-only";
import { z } from "zod";
import type { Staff } from "@/lib/auth/roles";
import { tags } from "@/lib/cache/tags";
import { db, type Tx } from "@/lib/db";
import { RESERVED_SECTION_SLUGS } from "@/lib/urls";
import { audit } from "./audit";
import {
  attempt,
  invalid,
  nameField,
  permit,
  recordInvalidation,
  Refusal,
  slugField,
  textField,
  validate,
  type ChangeResult,
} from "./taxonomy";

// Sections of an edition: list, create, edit, reorder (SPEC §4). A section's slug is part of every
// address of its articles, so it can change only while no article belongs to it.

export interface SectionRow {
  id: number;
  slug: string;
  name: string;
  description: string;
  position: number;
  articleCount: number;
}

/** Section slugs may not take the words routes of their own use under /{ed}/ (SPEC §1). */
export const reservedMessage = (slug: string) => `“${slug}” is a reserved word: choose another slug`;

// Reserved words are checked before the slug's shape, so "rss.xml" or "Admin" get the reserved
// message rather than a lesson in slug spelling.
const sectionSlug = z
  .string({ error: "Slug is required" })
  .trim()
  .superRefine((slug, ctx) => {
    const word = slug.toLowerCase();
    if (RESERVED_SECTION_SLUGS.has(word)) ctx.addIssue({ code: "custom", message: reservedMessage(word) });
  })
  .pipe(slugField);

export const sectionInput = z.object({
  slug: sectionSlug,
  name: nameField("Name", 60),
  description: textField("Description", 500),
});
export type SectionInput = z.infer<typeof sectionInput>;

const duplicateSlug = () =>
  invalid({ slug: ["Another section of this edition already uses this slug"] }, "This slug is taken.");

/** What a change to a section's name, slug, description or order touches on the public site. */
function sectionTags(ed: string, ...slugs: string[]): string[] {
  return [tags.navigation(ed), tags.front(ed), tags.feeds(ed), tags.sitemaps, ...slugs.map((s) => tags.section(ed, s))];
}

export async function listSections(staff: Staff, ed: string): Promise<SectionRow[]> {
  permit(staff, "taxonomy:manage", "manage sections");
  const rows = await db().section.findMany({
    where: { editionCode: ed },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      position: true,
      _count: { select: { articles: true } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, articleCount: _count.articles }));
}

export async function getSection(staff: Staff, id: number): Promise<(SectionRow & { editionCode: string }) | null> {
  permit(staff, "taxonomy:manage", "manage sections");
  const row = await db().section.findUnique({
    where: { id },
    select: {
      id: true,
      editionCode: true,
      slug: true,
      name: true,
      description: true,
      position: true,
      _count: { select: { articles: true } },
    },
  });
  if (!row) return null;
  const { _count, ...rest } = row;
  return { ...rest, articleCount: _count.articles };
}

export async function createSection(staff: Staff, ed: string, raw: unknown): Promise<ChangeResult> {
  return attempt(async () => {
    permit(staff, "taxonomy:manage", "manage sections");
    const input = validate(sectionInput, raw);
    return db().$transaction(async (tx) => {
      const edition = await tx.edition.findUnique({ where: { code: ed }, select: { code: true } });
      if (!edition) throw new Refusal(404, "This edition does not exist.");
      const last = await tx.section.findFirst({
        where: { editionCode: ed },
        orderBy: { position: "desc" },
        select: { position: true },
      });
      const created = await tx.section.create({
        data: { ...input, editionCode: ed, position: (last?.position ?? -1) + 1 },
        select: { id: true },
      });
      await audit(tx, {
        userId: staff.id,
        action: "section.create",
        subjectType: "section",
        subjectId: created.id,
        summary: `${input.name} (/${ed}/${input.slug})`,
      });
      const touched = await recordInvalidation(tx, sectionTags(ed, input.slug));
      return { ok: true as const, id: created.id, message: `Section “${input.name}” created.`, tags: touched };
    });
  }, duplicateSlug);
}

export async function updateSection(staff: Staff, id: number, raw: unknown): Promise<ChangeResult> {
  return attempt(async () => {
    permit(staff, "taxonomy:manage", "manage sections");
    const input = validate(sectionInput, raw);
    return db().$transaction(async (tx) => {
      const current = await tx.section.findUnique({
        where: { id },
        select: { editionCode: true, slug: true, name: true, _count: { select: { articles: true } } },
      });
      if (!current) throw new Refusal(404, "This section does not exist (any more).");
      if (input.slug !== current.slug && current._count.articles > 0) {
        throw invalid({
          slug: [
            `The slug is part of the address of this section's ${current._count.articles} article(s), so it cannot change.`,
          ],
        });
      }
      await tx.section.update({ where: { id }, data: input });
      await audit(tx, {
        userId: staff.id,
        action: "section.update",
        subjectType: "section",
        subjectId: id,
        summary:
          current.name === input.name && current.slug === input.slug
            ? input.name
            : `${current.name} (/${current.slug}) → ${input.name} (/${input.slug})`,
      });
      const touched = await recordInvalidation(tx, sectionTags(current.editionCode, current.slug, input.slug));
      return { ok: true as const, id, message: `Section “${input.name}” saved.`, tags: touched };
    });
  }, duplicateSlug);
}

async function orderOf(tx: Tx, ed: string) {
  return tx.section.findMany({
    where: { editionCode: ed },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, name: true, position: true },
  });
}

/** Moves a section one place up or down in its edition's navigation. */
export async function moveSection(staff: Staff, id: number, direction: "up" | "down"): Promise<ChangeResult> {
  return attempt(async () => {
    permit(staff, "taxonomy:manage", "manage sections");
    return db().$transaction(async (tx) => {
      const section = await tx.section.findUnique({ where: { id }, select: { editionCode: true } });
      if (!section) throw new Refusal(404, "This section does not exist (any more).");
      const order = await orderOf(tx, section.editionCode);
      const from = order.findIndex((s) => s.id === id);
      const to = direction === "up" ? from - 1 : from + 1;
      const moved = order[from];
      if (!moved || to < 0 || to >= order.length) {
        return {
          ok: true as const,
          id,
          message: `“${moved?.name ?? "This section"}” is already ${direction === "up" ? "first" : "last"}.`,
          tags: [],
        };
      }
      order.splice(from, 1);
      order.splice(to, 0, moved);
      // Positions are rewritten as 0..n-1, so equal or missing positions left by older data are repaired too.
      for (const [position, s] of order.entries()) {
        if (s.position !== position) await tx.section.update({ where: { id: s.id }, data: { position } });
      }
      await audit(tx, {
        userId: staff.id,
        action: "section.reorder",
        subjectType: "section",
        subjectId: id,
        summary: `${moved.name} moved ${direction} to position ${to + 1} of ${order.length}`,
      });
      const touched = await recordInvalidation(tx, sectionTags(section.editionCode, moved.slug));
      return { ok: true as const, id, message: `“${moved.name}” moved ${direction}.`, tags: touched };
    });
  });
}
