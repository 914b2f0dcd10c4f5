import "server-only";
import { z } from "zod";
import { can, type Permission, type Staff } from "@/lib/auth/roles";
import { isUniqueViolation, type Tx } from "@/lib/db";
import { isSlug, MAX_SLUG_LENGTH } from "@/lib/urls";

// What the newsroom's section, tag, author and media functions share: their result shape, the slug
// field, the refusal of a role without the permission, and the outbox row of each change.

export type FieldErrors = Record<string, string[] | undefined>;

export type ChangeResult =
  | { ok: true; id: number; message: string; tags: string[] }
  | { ok: false; status: 400 | 403 | 404 | 409 | 413; message: string; fieldErrors: FieldErrors };

/** A refusal thrown inside a change (and its transaction) and returned as its result. */
export class Refusal extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413,
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }
}

export const invalid = (fieldErrors: FieldErrors, message = "Please correct the fields marked below.") =>
  new Refusal(400, message, fieldErrors);

export function permit(staff: Staff, permission: Permission, what: string): void {
  if (!can(staff.role, permission)) throw new Refusal(403, `Your role cannot ${what}.`);
}

/** Reads `raw` with `schema`, or throws the field errors. */
export function validate<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw invalid(z.flattenError(parsed.error).fieldErrors as FieldErrors);
  return parsed.data;
}

export const slugField = z
  .string({ error: "Slug is required" })
  .trim()
  .min(1, "Slug is required")
  .max(MAX_SLUG_LENGTH, `Slug must be at most ${MAX_SLUG_LENGTH} characters`)
  .refine(isSlug, "Slug: use lower-case letters, digits and single hyphens (e.g. climate-change)");

export const textField = (label: string, max: number) =>
  z.string().trim().max(max, `${label} must be at most ${max} characters`).default("");

export const nameField = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);

/**
 * Runs a change and turns refusals — and the database's own unique constraints, which decide races
 * the application cannot see (SECURITY D3) — into results with clear messages.
 */
export async function attempt(
  change: () => Promise<ChangeResult>,
  onUnique: () => Refusal = () => new Refusal(409, "This already exists."),
): Promise<ChangeResult> {
  try {
    return await change();
  } catch (error) {
    const refusal = error instanceof Refusal ? error : isUniqueViolation(error) ? onUnique() : null;
    if (!refusal) throw error;
    return { ok: false, status: refusal.status, message: refusal.message, fieldErrors: refusal.fieldErrors };
  }
}

/** Adds the change's cache tags to the outbox in its own transaction (every server process replays it). */
export async function recordInvalidation(tx: Tx, cacheTags: string[]): Promise<string[]> {
  const unique = [...new Set(cacheTags)];
  if (unique.length > 0) await tx.cacheInvalidation.create({ data: { tags: unique } });
  return unique;
}

export const ADMIN_PAGE_SIZE = 50;

export interface AdminPage<T> {
  items: T[];
  page: number;
  totalPages: number;
  total: number;
}

export function pageOf<T>(items: T[], page: number, total: number, pageSize = ADMIN_PAGE_SIZE): AdminPage<T> {
  return { items, page, total, totalPages: Math.max(1, Math.ceil(total / pageSize)) };
}

/** A page number from a query string: anything odd is page 1. */
export function safePage(raw: unknown): number {
  const n = typeof raw === "string" && /^[1-9][0-9]{0,5}$/.test(raw) ? Number(raw) : typeof raw === "number" ? raw : 1;
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}
