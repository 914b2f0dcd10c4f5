import Image from "next/image";
import type { AuthorPage } from "@/lib/data/views";

/** The head of an author page: portrait, name and biography. */
export function AuthorProfile({ author }: Pick<AuthorPage, "author">) {
  return (
    <header className="mb-8 flex flex-col gap-6 border-b-4 border-ink pb-6 sm:flex-row sm:items-center">
      {author.portrait && (
        <Image
          src={author.portrait.src}
          alt={author.portrait.alt || `Portrait of ${author.name}`}
          width={author.portrait.width}
          height={author.portrait.height}
          sizes="160px"
          className="size-32 rounded-full bg-wash object-cover"
        />
      )}
      <div>
        <p className="text-sm font-bold uppercase tracking-wide text-brand">
          {author.kind === "organisation" ? "Organisation" : "Author"}
        </p>
        <h1 className="font-serif text-4xl font-bold">{author.name}</h1>
        {author.bio && <p className="mt-2 max-w-3xl text-lg text-muted">{author.bio}</p>}
      </div>
    </header>
  );
}
