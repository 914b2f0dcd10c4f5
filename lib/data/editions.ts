import "server-only";
import { cachedUntilChanged } from "@/lib/cache/cached";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isEditionCode } from "@/lib/urls";
import type { EditionView, SectionLink } from "./views";

export async function getEdition(ed: string): Promise<EditionView | null> {
  "use cache";
  cachedUntilChanged(tags.edition(ed));
  if (!isEditionCode(ed)) return null;
  const row = await db().edition.findUnique({
    where: { code: ed },
    select: { code: true, name: true, locale: true, direction: true, timeZone: true },
  });
  if (!row) return null;
  return { ...row, direction: row.direction === "RTL" ? "rtl" : "ltr" };
}

export function defaultEditionCode(): string {
  return env.DEFAULT_EDITION;
}

/** The section navigation of an edition, in the editors' order. */
export async function listSections(ed: string): Promise<SectionLink[]> {
  "use cache";
  cachedUntilChanged(tags.navigation(ed));
  if (!isEditionCode(ed)) return [];
  return db().section.findMany({
    where: { editionCode: ed },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { slug: true, name: true },
  });
}
