import Link from "next/link";
import type { EditionView } from "@/lib/data/views";
import { aboutPath, contactPath, editionPath, feedPath, standardsPath } from "@/lib/urls";

const link = "underline hover:text-ink";

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
        <nav aria-label="About us">
          <ul className="flex flex-wrap gap-4">
            <li>
              <Link href={aboutPath(edition.code)} className={link}>
                About us
              </Link>
            </li>
            <li>
              <Link href={standardsPath(edition.code)} className={link}>
                Editorial standards
              </Link>
            </li>
            <li>
              <Link href={contactPath(edition.code)} className={link}>
                Contact
              </Link>
            </li>
            <li>
              <a href={feedPath(editionPath(edition.code))} className={link}>
                RSS feed
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
