// Who may do what in the newsroom (SECURITY S13). Pure, so every page, server action, route
// handler and newsroom function asks the same question the same way.

export type Role = "ADMIN" | "EDITOR" | "WRITER";

export interface Staff {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export type Permission =
  /** Open the newsroom at all. */
  | "newsroom:enter"
  /** Create an article (writers: their own drafts). */
  | "article:create"
  /** Edit any article in any state, including published ones. */
  | "article:edit-any"
  /** Publish, schedule, update published, withdraw. */
  | "article:publish"
  /** Sections, tags (incl. merge) and authors. */
  | "taxonomy:manage"
  /** Upload images and edit their alt text, caption and credit. */
  | "media:upload"
  | "media:edit"
  /** Accounts and roles. */
  | "users:manage"
  | "audit:read";

const grants: Record<Role, ReadonlySet<Permission>> = {
  WRITER: new Set<Permission>(["newsroom:enter", "article:create", "media:upload"]),
  EDITOR: new Set<Permission>([
    "newsroom:enter",
    "article:create",
    "article:edit-any",
    "article:publish",
    "taxonomy:manage",
    "media:upload",
    "media:edit",
    "audit:read",
  ]),
  ADMIN: new Set<Permission>([
    "newsroom:enter",
    "article:create",
    "article:edit-any",
    "article:publish",
    "taxonomy:manage",
    "media:upload",
    "media:edit",
    "users:manage",
    "audit:read",
  ]),
};

export function can(role: Role, permission: Permission): boolean {
  return grants[role].has(permission);
}

export interface ArticleOwnership {
  createdById: string | null;
  status: "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "WITHDRAWN";
}

/** Writers edit their own drafts (and pull them back from review); editors and admins edit anything. */
export function canEditArticle(staff: Pick<Staff, "id" | "role">, article: ArticleOwnership): boolean {
  if (can(staff.role, "article:edit-any")) return true;
  return article.createdById === staff.id && (article.status === "DRAFT" || article.status === "IN_REVIEW");
}

/** Anyone who may edit an article may see it (and its preview); writers see only their own. */
export const canViewArticle = canEditArticle;

export const ROLE_LABELS: Record<Role, string> = { ADMIN: "Admin", EDITOR: "Editor", WRITER: "Writer" };
