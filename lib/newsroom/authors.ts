import "server-only";
import { z } from "zod";
import type { Staff } from "@/lib/auth/roles";
import { tags } from "@/lib/cache/tags";
import { db, type Tx } from "@/lib/db";
import { mediaUrl } from "@/lib/media/sizes";
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

// Authors and agencies (SPEC §3–4): list, create, edit. An author's slug is the address of their
// page and is printed in every byline linking to it, so it can change only while nothing credits them.

export const AUTHOR_KINDS = ["PERSON", "ORGANISATION"] as const;
export type AuthorKind = (typeof AUTHOR_KINDS)[number];

export interface AuthorRow {
  id: number;
  slug: string;
  name: string;
  kind: AuthorKind;
  bio: string;
  portrait: { id: number; src: string; alt: string; width: number; height: number } | null;
  articleCount: number;
}

export const authorInput = z.object({
  slug: slugField,
  name: nameField("Name", 120),
  kind: z.enum(AUTHOR_KINDS, { error: "Choose person or organisation" }),
  bio: textField("Bio", 2000),
  portraitId: z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? null : v),
    z.coerce
      .number({ error: "Portrait: give the number of an image in the media library" })
      .int("Portrait: give the number of an image in the media library")
      .positive("Portrait: give the number of an image in the media library")
      .nullable(),
  ),
});
export type AuthorInput = z.infer<typeof authorInput>;

const duplicateSlug = () => invalid({ slug: ["Another author already uses this slug"] }, "This slug is taken.");

const authorSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  bio: true,
  portrait: { select: { id: true, file: true, alt: true, width: true, height: true } },
  _count: { select: { articles: true } },
} as const;

type AuthorSelected = {
  id: number;
  slug: string;
  name: string;
  kind: AuthorKind;
  bio: string;
  portrait: { id: number; file: string; alt: string; width: number; height: number } | null;
  _count: { articles: number };
};

function toRow({ _count, portrait, ...row }: AuthorSelected): AuthorRow {
  return {
    ...row,
    portrait: portrait
      ? {
          id: portrait.id,
          src: mediaUrl(portrait.file),
          alt: portrait.alt,
          width: portrait.width,
          height: portrait.height,
        }
      : null,
    articleCount: _count.articles,
  };
}

export async function listAuthors(staff: Staff, page: number, q = ""): Promise<AdminPage<AuthorRow>> {
  permit(staff, "taxonomy:manage", "manage authors");
  const query = q.trim().slice(0, 100);
  const where = query ? { OR: [{ name: { contains: query } }, { slug: { contains: query.toLowerCase() } }] } : {};
  const [total, rows] = await db().$transaction([
    db().author.count({ where }),
    db().author.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: authorSelect,
    }),
  ]);
  return pageOf(rows.map(toRow), page, total);
}

export async function getAuthor(staff: Staff, id: number): Promise<AuthorRow | null> {
  permit(staff, "taxonomy:manage", "manage authors");
  const row = await db().author.findUnique({ where: { id }, select: authorSelect });
  return row ? toRow(row) : null;
}

async function checkPortrait(tx: Tx, portraitId: number | null) {
  if (portraitId === null) return;
  const media = await tx.media.findUnique({ where: { id: portraitId }, select: { id: true } });
  if (!media) throw invalid({ portraitId: [`There is no image number ${portraitId} in the media library`] });
}

export async function createAuthor(staff: Staff, raw: unknown): Promise<ChangeResult> {
  return attempt(async () => {
    permit(staff, "taxonomy:manage", "manage authors");
    const input = validate(authorInput, raw);
    return db().$transaction(async (tx) => {
      await checkPortrait(tx, input.portraitId);
      const created = await tx.author.create({ data: input, select: { id: true } });
      await audit(tx, {
        userId: staff.id,
        action: "author.create",
        subjectType: "author",
        subjectId: created.id,
        summary: `${input.name} (${input.kind === "ORGANISATION" ? "organisation" : "person"}, ${input.slug})`,
      });
      // The author page may have been asked for before it existed: its cached "not found" goes.
      const touched = await recordInvalidation(tx, [tags.author(input.slug)]);
      return { ok: true as const, id: created.id, message: `Author “${input.name}” created.`, tags: touched };
    });
  }, duplicateSlug);
}

export async function updateAuthor(staff: Staff, id: number, raw: unknown): Promise<ChangeResult> {
  return attempt(async () => {
    permit(staff, "taxonomy:manage", "manage authors");
    const input = validate(authorInput, raw);
    return db().$transaction(async (tx) => {
      const current = await tx.author.findUnique({
        where: { id },
        select: { slug: true, name: true, _count: { select: { articles: true } } },
      });
      if (!current) throw new Refusal(404, "This author does not exist (any more).");
      if (input.slug !== current.slug && current._count.articles > 0) {
        throw invalid({
          slug: [
            `The slug is the address of this author's page, linked from ${current._count.articles} article(s); it cannot change.`,
          ],
        });
      }
      await checkPortrait(tx, input.portraitId);
      await tx.author.update({ where: { id }, data: input });
      await audit(tx, {
        userId: staff.id,
        action: "author.update",
        subjectType: "author",
        subjectId: id,
        summary: current.name === input.name ? input.name : `${current.name} → ${input.name}`,
      });
      // Bylines on article pages carry the author's tag, so they refresh with it.
      const touched = await recordInvalidation(tx, [tags.author(current.slug), tags.author(input.slug)]);
      return { ok: true as const, id, message: `Author “${input.name}” saved.`, tags: touched };
    });
  }, duplicateSlug);
}
