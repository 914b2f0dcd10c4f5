import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/ActionForm.client";
import { requireStaffPage } from "@/lib/auth/session";
import { getAuthor } from "@/lib/newsroom/authors";
import { listEditions } from "@/lib/newsroom/editor-data";
import { authorPath } from "@/lib/urls";
import { updateAuthorAction } from "../actions";
import { authorFields } from "../fields";

export const instant = false;

export const metadata: Metadata = { title: "Edit author" };

type Props = { params: Promise<{ id: string }> };

export default async function EditAuthorPage({ params }: Props) {
  const staff = await requireStaffPage("taxonomy:manage");
  const { id } = await params;
  if (!/^[1-9][0-9]{0,9}$/.test(id)) notFound();
  const author = await getAuthor(staff, Number(id));
  if (!author) notFound();
  const [fields, editions] = await Promise.all([authorFields(staff, author.portrait), listEditions()]);
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/authors" prefetch={false} className="underline">
          ← Authors
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">Edit author “{author.name}”</h1>
      <p className="flex flex-wrap gap-3 text-sm text-muted">
        <span>
          {author.articleCount} stor{author.articleCount === 1 ? "y" : "ies"}
        </span>
        {editions.map((e) => (
          <a key={e.code} href={authorPath(e.code, author.slug)} className="underline">
            public page ({e.name})
          </a>
        ))}
      </p>
      {author.portrait && (
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={author.portrait.src}
          alt={author.portrait.alt}
          width={author.portrait.width}
          height={author.portrait.height}
          className="h-32 w-32 rounded border border-rule object-cover"
        />
      )}
      <ActionForm
        action={updateAuthorAction}
        fields={fields}
        initial={{
          name: author.name,
          slug: author.slug,
          kind: author.kind,
          bio: author.bio,
          portraitId: author.portrait ? String(author.portrait.id) : "",
        }}
        hidden={{ id: String(author.id) }}
        submitLabel="Save author"
        title="Edit author"
      />
    </div>
  );
}
