import Link from "next/link";
import type { TagRow } from "@/lib/newsroom/tags";

// A page of an edition's tags: name (to its edit page), address and how many stories carry it.

export function TagTable({
  items,
}: {
  items: Pick<TagRow, "id" | "editionCode" | "slug" | "name" | "articleCount">[];
}) {
  if (items.length === 0) return <p className="text-muted">No tags found.</p>;
  return (
    <table className="w-full border-collapse rounded border border-rule bg-paper text-sm">
      <thead>
        <tr className="border-b border-rule text-left">
          <th scope="col" className="px-3 py-2">
            Tag
          </th>
          <th scope="col" className="px-3 py-2">
            Address
          </th>
          <th scope="col" className="px-3 py-2 text-right">
            Stories
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((tag) => (
          <tr key={tag.id} className="border-b border-rule last:border-0">
            <td className="px-3 py-2">
              <Link href={`/admin/tags/${tag.id}`} prefetch={false} className="font-semibold underline">
                {tag.name}
              </Link>
            </td>
            <td className="px-3 py-2 font-mono text-muted">
              /{tag.editionCode}/tag/{tag.slug}
            </td>
            <td className="px-3 py-2 text-right">{tag.articleCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
