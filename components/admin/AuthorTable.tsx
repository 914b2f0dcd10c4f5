import Link from "next/link";
import type { AuthorRow } from "@/lib/newsroom/authors";

// A page of authors and agencies: name (to the edit page), kind, slug and how many stories credit them.

export function AuthorTable({ items }: { items: Pick<AuthorRow, "id" | "slug" | "name" | "kind" | "articleCount">[] }) {
  if (items.length === 0) return <p className="text-muted">No authors found.</p>;
  return (
    <table className="w-full border-collapse rounded border border-rule bg-paper text-sm">
      <thead>
        <tr className="border-b border-rule text-left">
          <th scope="col" className="px-3 py-2">
            Name
          </th>
          <th scope="col" className="px-3 py-2">
            Kind
          </th>
          <th scope="col" className="px-3 py-2">
            Slug
          </th>
          <th scope="col" className="px-3 py-2 text-right">
            Stories
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((author) => (
          <tr key={author.id} className="border-b border-rule last:border-0">
            <td className="px-3 py-2">
              <Link href={`/admin/authors/${author.id}`} prefetch={false} className="font-semibold underline">
                {author.name}
              </Link>
            </td>
            <td className="px-3 py-2">{author.kind === "ORGANISATION" ? "Organisation" : "Person"}</td>
            <td className="px-3 py-2 font-mono text-muted">{author.slug}</td>
            <td className="px-3 py-2 text-right">{author.articleCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
