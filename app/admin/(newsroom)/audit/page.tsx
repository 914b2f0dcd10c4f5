import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/session";
import {
  AUDIT_SUBJECT_TYPES,
  isAuditSubjectType,
  listAudit,
  listAuditPeople,
  type AuditFilter,
  type AuditRow,
} from "@/lib/newsroom/audit-log";
import { safePage } from "@/lib/newsroom/taxonomy";

// The audit log (SPEC §4: who did what, when): newest first, filtered by person and subject type,
// 50 a page. Filtering is a GET form: reading the log changes nothing (SECURITY S11).
export const instant = false;

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SUBJECT_LABELS: Record<(typeof AUDIT_SUBJECT_TYPES)[number], string> = {
  article: "Articles",
  section: "Sections",
  tag: "Tags",
  author: "Authors",
  media: "Media",
  user: "Users",
  session: "Sessions",
};

/** Where the subject of an entry can be seen in the newsroom, if anywhere. */
function subjectHref(row: Pick<AuditRow, "subjectType" | "subjectId">): string | null {
  const id = encodeURIComponent(row.subjectId);
  switch (row.subjectType) {
    case "article":
      return /^\d+$/.test(row.subjectId) ? `/admin/articles/${id}` : null;
    case "media":
      return /^\d+$/.test(row.subjectId) ? `/admin/media/${id}` : null;
    case "section":
      return "/admin/sections";
    case "tag":
      return "/admin/tags";
    case "author":
      return "/admin/authors";
    case "user":
    case "session":
      return "/admin/users";
    default:
      return null;
  }
}

function one(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function pageHref(filter: AuditFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.userId) params.set("user", filter.userId);
  if (filter.subjectType) params.set("subject", filter.subjectType);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return `/admin/audit${search ? `?${search}` : ""}`;
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export default async function AuditPage({ searchParams }: Props) {
  const staff = await requireStaffPage("audit:read");
  const query = await searchParams;
  const subject = one(query.subject);
  const user = one(query.user);
  const filter: AuditFilter = {
    page: safePage(one(query.page)),
    ...(isAuditSubjectType(subject) ? { subjectType: subject } : {}),
    ...(user && /^[A-Za-z0-9_-]{1,100}$/.test(user) ? { userId: user } : {}),
  };
  const [log, people] = await Promise.all([listAudit(staff, filter), listAuditPeople(staff)]);
  const pager = "rounded border border-rule px-3 py-1.5 hover:border-ink";
  return (
    <div className="flex flex-col gap-6">
      <h1 className="font-serif text-3xl font-bold">Audit log</h1>
      <form
        method="get"
        action="/admin/audit"
        aria-label="Filter the audit log"
        className="flex flex-wrap items-end gap-4 text-sm"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-user" className="font-semibold">
            Person
          </label>
          <select
            id="audit-user"
            name="user"
            defaultValue={filter.userId ?? ""}
            className="rounded border border-rule bg-paper px-2 py-1.5"
          >
            <option value="">Everyone</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-subject" className="font-semibold">
            Subject
          </label>
          <select
            id="audit-subject"
            name="subject"
            defaultValue={filter.subjectType ?? ""}
            className="rounded border border-rule bg-paper px-2 py-1.5"
          >
            <option value="">Everything</option>
            {AUDIT_SUBJECT_TYPES.map((type) => (
              <option key={type} value={type}>
                {SUBJECT_LABELS[type]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-ink px-3 py-1.5 font-semibold text-paper hover:bg-muted">
          Filter
        </button>
      </form>
      <p className="text-sm text-muted">
        {log.total} {log.total === 1 ? "entry" : "entries"}; page {log.page} of {log.totalPages}.
      </p>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Audit log entries, newest first</caption>
        <thead>
          <tr className="border-b border-rule text-left">
            <th scope="col" className="py-2 pr-4">
              When (UTC)
            </th>
            <th scope="col" className="py-2 pr-4">
              Who
            </th>
            <th scope="col" className="py-2 pr-4">
              What
            </th>
            <th scope="col" className="py-2 pr-4">
              Subject
            </th>
            <th scope="col" className="py-2 pr-4">
              Details
            </th>
          </tr>
        </thead>
        <tbody>
          {log.items.map((row) => {
            const href = subjectHref(row);
            const label = `${row.subjectType} ${row.subjectId}`;
            return (
              <tr key={row.id} className="border-b border-rule align-top">
                <td className="py-2 pr-4 whitespace-nowrap">
                  <time dateTime={row.at}>{dateFormat.format(new Date(row.at))}</time>
                </td>
                <td className="py-2 pr-4">{row.user ? row.user.name : "System"}</td>
                <td className="py-2 pr-4 font-mono text-xs">{row.action}</td>
                <td className="py-2 pr-4">
                  {href ? (
                    <Link href={href} prefetch={false} className="text-brand underline">
                      {label}
                    </Link>
                  ) : (
                    label
                  )}
                </td>
                <td className="py-2 pr-4">{row.summary}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {log.totalPages > 1 && (
        <nav aria-label="Audit log pages" className="flex gap-3 text-sm">
          {log.page > 1 && (
            <Link href={pageHref(filter, log.page - 1)} prefetch={false} className={pager}>
              Newer
            </Link>
          )}
          {log.page < log.totalPages && (
            <Link href={pageHref(filter, log.page + 1)} prefetch={false} className={pager}>
              Older
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
