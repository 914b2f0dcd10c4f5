import Link from "next/link";
import type { ArticlePage } from "@/lib/data/views";
import { authorPath } from "@/lib/urls";

type BylineProps = Pick<ArticlePage, "editionCode" | "authors" | "agencyCredit">;

/**
 * "By A and B", or "Text by …" when an organisation signs the story, the way agencies credit
 * wire copy; an agency that contributed is named after ("with …").
 */
export function Byline({ editionCode, authors, agencyCredit }: BylineProps) {
  if (authors.length === 0 && !agencyCredit) return null;
  const organisationOnly = authors.length > 0 && authors.every((a) => a.kind === "organisation");
  return (
    <p className="text-sm">
      {authors.length > 0 && <span>{organisationOnly ? "Text by " : "By "}</span>}
      {authors.map((author, i) => (
        <span key={author.slug}>
          {i > 0 && (i === authors.length - 1 ? " and " : ", ")}
          <Link
            href={authorPath(editionCode, author.slug)}
            rel="author"
            className="font-semibold underline hover:text-brand"
          >
            {author.name}
          </Link>
        </span>
      ))}
      {agencyCredit && <span className="text-muted"> {agencyCredit}</span>}
    </p>
  );
}
