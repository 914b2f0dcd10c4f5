"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Staff } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { refreshTags } from "@/lib/cache/invalidate";
import { changeArticle, createArticle, restoreRevision, type NewsroomResult } from "@/lib/newsroom/articles";
import type { ArticleStatus, Transition } from "@/lib/newsroom/articles";
import { loadRouteTable } from "@/lib/routing/load-route-table";
import { assertSameOrigin } from "@/lib/security/origin";

// The article editor's server actions. Each one checks the session and the request's origin itself
// (SECURITY S10, S12), then hands the input to lib/newsroom, which validates it, checks the role and
// the article's owner from the database (never from the form) and writes one transaction.

export type SaveOutcome =
  | { ok: true; id: number; version: number; status: ArticleStatus; path: string | null; message: string }
  | {
      ok: false;
      kind: "invalid" | "forbidden" | "not-found" | "state" | "conflict" | "signed-out";
      message: string;
      fieldErrors: Record<string, string[] | undefined>;
      /** Labels of the fields someone else changed (conflict). */
      changed: string[];
      /** Set when the article exists (e.g. created, then refused a transition). */
      id: number | null;
      version: number | null;
      status: ArticleStatus | null;
    };

const saveRequest = z.object({
  id: z.number().int().positive().nullable(),
  editionCode: z.string().regex(/^[a-z]{2}$/),
  expectedVersion: z.number().int().positive(),
  transition: z.enum(["save", "submit", "publish", "schedule", "withdraw"]),
  values: z.unknown(),
  withdrawReason: z.string().max(500).optional(),
});
export type SaveRequest = z.infer<typeof saveRequest>;

const DONE: Record<Transition, string> = {
  save: "Saved.",
  submit: "Submitted for review: an editor will publish it.",
  publish: "Published: readers see it now.",
  schedule: "Scheduled: it will appear by itself at its time.",
  withdraw: "Withdrawn: its address now answers 410 Gone.",
};

const NOT_DONE: Record<Transition, string> = {
  save: "saved",
  submit: "submitted",
  publish: "published",
  schedule: "scheduled",
  withdraw: "withdrawn",
};

/** An AuthError from lib/auth/session (401/403) or lib/security/origin, told apart by its status. */
function authStatus(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return error instanceof Error && (status === 401 || status === 403) ? status : null;
}

function refused(
  kind: Extract<SaveOutcome, { ok: false }>["kind"],
  message: string,
  extra: Partial<Extract<SaveOutcome, { ok: false }>> = {},
): SaveOutcome {
  return { ok: false, kind, message, fieldErrors: {}, changed: [], id: null, version: null, status: null, ...extra };
}

async function signedInStaff(): Promise<Staff> {
  const staff = await requireStaff("newsroom:enter");
  await assertSameOrigin(await headers());
  return staff;
}

/** Makes a successful change visible at once: cached pages by tag, and 301/410 from the route table. */
async function publishEffects(result: Extract<NewsroomResult, { ok: true }>) {
  refreshTags(result.tags, "server-action");
  if (result.tags.length > 0) await loadRouteTable();
}

function toOutcome(result: NewsroomResult, transition: Transition, created: number | null): SaveOutcome {
  if (result.ok) {
    return {
      ok: true,
      id: result.id,
      version: result.version,
      status: result.status,
      path: result.path,
      message: DONE[transition],
    };
  }
  const error = result.error;
  const base = created ? { id: created, version: 1, status: "DRAFT" as const } : {};
  const prefix = created ? `Saved as a draft, but not ${NOT_DONE[transition]}: ` : "";
  switch (error.kind) {
    case "invalid":
      return refused("invalid", prefix + "Please correct the fields marked below.", {
        ...base,
        fieldErrors: error.fieldErrors,
      });
    case "conflict":
      return refused("conflict", error.message, {
        ...base,
        changed: error.changed,
        version: null,
      });
    default:
      return refused(error.kind, prefix + error.message, base);
  }
}

/** Saves the editor's form and moves the article through the workflow (save, submit, publish…). */
export async function saveArticle(request: SaveRequest): Promise<SaveOutcome> {
  let staff: Staff;
  try {
    staff = await signedInStaff();
  } catch (error) {
    const status = authStatus(error);
    if (status === 401)
      return refused("signed-out", "Your session has ended. Sign in again in another tab, then save.");
    if (status === 403) return refused("forbidden", "This request was refused.");
    throw error;
  }
  const parsed = saveRequest.safeParse(request);
  if (!parsed.success) return refused("invalid", "The form sent something unexpected. Reload the page.");
  const { id, editionCode, expectedVersion, transition, values, withdrawReason } = parsed.data;

  if (id === null) {
    // A new article is created as a draft first; a transition asked for with it follows at once.
    const created = await createArticle(staff, editionCode, values);
    if (!created.ok || transition === "save") return toOutcome(created, "save", null);
    const moved = await changeArticle(staff, created.id, created.version, transition, values);
    if (moved.ok) await publishEffects(moved);
    return toOutcome(moved, transition, moved.ok ? null : created.id);
  }

  const result = await changeArticle(staff, id, expectedVersion, transition, values, { withdrawReason });
  if (result.ok) await publishEffects(result);
  return toOutcome(result, transition, null);
}

const restoreForm = z.object({
  articleId: z.coerce.number().int().positive(),
  revision: z.coerce.number().int().positive(),
  expectedVersion: z.coerce.number().int().positive(),
});

/** Restores an old revision as a new one (a plain form post: works without JavaScript). */
export async function restoreRevisionAction(formData: FormData): Promise<void> {
  let staff: Staff;
  try {
    staff = await signedInStaff();
  } catch (error) {
    if (authStatus(error) === 401) redirect("/admin/sign-in");
    throw error;
  }
  const parsed = restoreForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/admin/articles");
  const { articleId, revision, expectedVersion } = parsed.data;
  const result = await restoreRevision(staff, articleId, revision, expectedVersion);
  if (result.ok) await publishEffects(result);
  const outcome = result.ok ? `restored=${revision}` : `refused=${result.error.kind}`;
  redirect(`/admin/articles/${articleId}/revisions?${outcome}`);
}
