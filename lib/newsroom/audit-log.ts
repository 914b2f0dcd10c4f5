import "server-only";
import type { Staff } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { AuditEntry } from "./audit";
import { ADMIN_PAGE_SIZE, pageOf, permit, type AdminPage } from "./taxonomy";

// Reading the audit log (SPEC §4: who did what, when): newest first, filtered by subject or person.

export const AUDIT_SUBJECT_TYPES = [
  "article",
  "section",
  "tag",
  "author",
  "media",
  "user",
  "session",
] as const satisfies readonly AuditEntry["subjectType"][];
export type AuditSubjectType = (typeof AUDIT_SUBJECT_TYPES)[number];

export interface AuditRow {
  id: number;
  at: string;
  action: string;
  subjectType: string;
  subjectId: string;
  summary: string;
  ip: string;
  /** Null for the system (the scheduler) or a deleted account. */
  user: { id: string; name: string; email: string } | null;
}

export interface AuditFilter {
  page: number;
  subjectType?: AuditSubjectType;
  userId?: string;
}

export function isAuditSubjectType(value: unknown): value is AuditSubjectType {
  return typeof value === "string" && (AUDIT_SUBJECT_TYPES as readonly string[]).includes(value);
}

export async function listAudit(staff: Staff, filter: AuditFilter): Promise<AdminPage<AuditRow>> {
  permit(staff, "audit:read", "read the audit log");
  const where = {
    ...(filter.subjectType ? { subjectType: filter.subjectType } : {}),
    ...(filter.userId ? { userId: filter.userId.slice(0, 100) } : {}),
  };
  const [total, rows] = await db().$transaction([
    db().auditLog.count({ where }),
    db().auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        at: true,
        action: true,
        subjectType: true,
        subjectId: true,
        summary: true,
        ip: true,
        user: { select: { id: true, name: true, email: true } },
      },
    }),
  ]);
  return pageOf(
    rows.map((row) => ({ ...row, at: row.at.toISOString() })),
    filter.page,
    total,
  );
}

/** The people who appear in the log, for the filter's choices. */
export async function listAuditPeople(staff: Staff): Promise<{ id: string; name: string }[]> {
  permit(staff, "audit:read", "read the audit log");
  return db().user.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], take: 500, select: { id: true, name: true } });
}
