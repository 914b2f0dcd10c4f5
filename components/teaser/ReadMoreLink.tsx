import Link from "next/link";

/**
 * "Read more" under a teaser. Its accessible name carries the headline ("Read more: …"), so a
 * screen reader's list of links says where each one goes; an aria-label rather than hidden text,
 * because Chromium puts a space before absolutely positioned text ("Read more : …").
 * Out of the tab order: the headline above is the same link.
 */
export function ReadMoreLink({ path, headline }: { path: string; headline: string }) {
  return (
    <Link
      href={path}
      aria-label={`Read more: ${headline}`}
      className="text-sm font-semibold text-brand-dark underline"
      tabIndex={-1}
    >
      Read more
    </Link>
  );
}
