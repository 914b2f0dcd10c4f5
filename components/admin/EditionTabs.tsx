import Link from "next/link";

// Which edition a newsroom list shows, when there is more than one.

interface EditionTabsProps {
  base: string;
  current: string;
  editions: { code: string; name: string }[];
}

export function EditionTabs({ base, current, editions }: EditionTabsProps) {
  if (editions.length < 2) return null;
  return (
    <nav aria-label="Editions" className="flex gap-2 text-sm">
      {editions.map((edition) => (
        <Link
          key={edition.code}
          href={`${base}?ed=${edition.code}`}
          prefetch={false}
          aria-current={edition.code === current ? "page" : undefined}
          className="rounded border border-rule px-3 py-1 aria-[current=page]:border-ink aria-[current=page]:font-semibold"
        >
          {edition.name}
        </Link>
      ))}
    </nav>
  );
}
