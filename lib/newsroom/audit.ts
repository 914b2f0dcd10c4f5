import type { Db, Tx } from "@/lib/db";

// The audit log: who did what, when, to which subject. Written inside the transaction of the change
// it records, so a change and its record land together or not at all.

export interface AuditEntry {
  userId: string | null;
  action: string;
  subjectType: "article" | "section" | "tag" | "author" | "media" | "user" | "session";
  subjectId: string | number;
  summary?: string;
  ip?: string;
}

export async function audit(tx: Tx | Db, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: String(entry.subjectId),
      summary: entry.summary?.slice(0, 500) ?? "",
      ip: entry.ip ?? "",
    },
  });
}
