import Link from "next/link";
import { signOut } from "@/app/admin/actions";
import { can, ROLE_LABELS, type Permission, type Staff } from "@/lib/auth/roles";

// The newsroom's header: where an editor can go (only the places their role opens), who is
// signed in, and Sign out (a POST form, so it works without JavaScript and no GET signs anyone out).

const PLACES: { href: string; label: string; permission: Permission }[] = [
  { href: "/admin/articles", label: "Articles", permission: "newsroom:enter" },
  { href: "/admin/media", label: "Media", permission: "media:upload" },
  { href: "/admin/sections", label: "Sections", permission: "taxonomy:manage" },
  { href: "/admin/tags", label: "Tags", permission: "taxonomy:manage" },
  { href: "/admin/authors", label: "Authors", permission: "taxonomy:manage" },
  { href: "/admin/users", label: "Users", permission: "users:manage" },
  { href: "/admin/audit", label: "Audit log", permission: "audit:read" },
];

export function AdminHeader({ staff }: { staff: Staff }) {
  return (
    <header className="border-b border-rule bg-paper">
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-paper focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/admin/articles" prefetch={false} className="font-serif text-xl font-bold text-brand">
          Dateline newsroom
        </Link>
        <nav aria-label="Newsroom">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold">
            {PLACES.filter((place) => can(staff.role, place.permission)).map((place) => (
              <li key={place.href}>
                <Link href={place.href} prefetch={false} className="hover:text-brand">
                  {place.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-3 text-sm">
          <Link href="/admin/account" prefetch={false} className="hover:text-brand">
            {staff.name} <span className="text-muted">({ROLE_LABELS[staff.role]})</span>
          </Link>
          <form action={signOut}>
            <button type="submit" className="rounded border border-ink px-3 py-1 font-semibold">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
