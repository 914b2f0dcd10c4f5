import Link from "next/link";
import type { EditionView } from "@/lib/data/views";
import { editionPath, feedPath } from "@/lib/urls";

export function SiteFooter({ edition }: { edition: Pick<EditionView, "code" | "name"> }) {
  return (
    <footer className="mt-16 border-t border-rule bg-wash">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-8 text-sm text-muted">
        <p>
          <Link href={editionPath(edition.code)} className="font-serif text-lg font-bold text-ink">
            {edition.name}
          </Link>{" "}
          — independent news, every day.
        </p>
        <ul className="flex flex-wrap gap-4">
          <li>
            <a href={feedPath(editionPath(edition.code))} className="underline hover:text-ink">
              RSS feed
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
