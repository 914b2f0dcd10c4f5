import Link from "next/link";
import { moveSectionAction } from "@/app/admin/(newsroom)/sections/actions";
import type { SectionRow } from "@/lib/newsroom/sections";

// An edition's sections in navigation order, each with Up and Down buttons: one small POST form
// per button, so reordering works without JavaScript and no GET changes anything.

interface SectionListProps {
  editionCode: string;
  sections: Pick<SectionRow, "id" | "slug" | "name" | "articleCount">[];
}

const moveButton = "rounded border border-rule px-2 py-0.5 text-sm hover:border-ink disabled:opacity-40";

export function SectionList({ editionCode, sections }: SectionListProps) {
  if (sections.length === 0) return <p className="text-muted">This edition has no sections yet.</p>;
  return (
    <ol
      aria-label="Sections in navigation order"
      className="flex flex-col divide-y divide-rule rounded border border-rule bg-paper"
    >
      {sections.map((section, index) => (
        <li key={section.id} className="flex flex-wrap items-center justify-between gap-3 px-3 py-2">
          <span>
            <Link href={`/admin/sections/${section.id}`} prefetch={false} className="font-semibold underline">
              {section.name}
            </Link>{" "}
            <span className="font-mono text-sm text-muted">
              /{editionCode}/{section.slug}
            </span>{" "}
            <span className="text-sm text-muted">
              · {section.articleCount} article{section.articleCount === 1 ? "" : "s"}
            </span>
          </span>
          <span className="flex gap-1">
            {(["up", "down"] as const).map((direction) => (
              <form key={direction} action={moveSectionAction}>
                <input type="hidden" name="id" value={section.id} />
                <input type="hidden" name="direction" value={direction} />
                <input type="hidden" name="editionCode" value={editionCode} />
                <button
                  type="submit"
                  className={moveButton}
                  disabled={direction === "up" ? index === 0 : index === sections.length - 1}
                  aria-label={`Move ${section.name} ${direction}`}
                >
                  {direction === "up" ? "↑ Up" : "↓ Down"}
                </button>
              </form>
            ))}
          </span>
        </li>
      ))}
    </ol>
  );
}
