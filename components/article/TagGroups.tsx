import Link from "next/link";
import { ReadMoreLink } from "@/components/teaser/ReadMoreLink";
import { relatedByTags } from "@/lib/data/tags";
import type { TagLink } from "@/lib/data/views";
import { tagPath } from "@/lib/urls";

interface TagGroupsProps {
  editionCode: string;
  articleId: number;
  tags: TagLink[];
}

/** More stories on the article's topics: its first two tags together, then each tag alone. */
export async function TagGroups({ editionCode, articleId, tags }: TagGroupsProps) {
  const groups = await relatedByTags(
    editionCode,
    articleId,
    tags.map((t) => t.slug),
  );
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="related-stories" className="mt-12 border-t border-rule pt-6">
      <h2 id="related-stories" className="sr-only">
        Related stories
      </h2>
      <ul className="grid gap-8 md:grid-cols-2">
        {groups.map((group) => (
          <li key={group.tags.map((t) => t.slug).join("+")}>
            <h3 className="mb-3 text-sm font-bold uppercase tracking-wide">
              {group.tags.map((tag, i) => (
                <span key={tag.slug}>
                  {i > 0 && " - "}
                  <Link href={tagPath(editionCode, tag.slug)} className="text-brand hover:underline">
                    {tag.name}
                  </Link>
                </span>
              ))}
            </h3>
            <ul className="flex flex-col gap-3">
              {group.teasers.map((teaser) => (
                <li key={teaser.id} className="border-b border-rule pb-3 last:border-0">
                  <p className="font-serif text-lg font-bold leading-tight">
                    <Link href={teaser.path} className="hover:underline">
                      {teaser.headline}
                    </Link>
                  </p>
                  <ReadMoreLink path={teaser.path} headline={teaser.headline} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
