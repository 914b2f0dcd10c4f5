import Link from "next/link";

/** A page number beyond the last page of these results (fewer stories match than it implies). */
export function SearchPastLastPage({ page, firstPage }: { page: number; firstPage: string }) {
  return (
    <section className="mx-auto max-w-2xl py-16 text-center">
      <h1 className="font-serif text-4xl font-bold">There is no page {page} of these results</h1>
      <p className="mt-4 text-lg text-muted">Fewer stories match this search than that page number needs.</p>
      <p className="mt-8">
        <Link href={firstPage} className="rounded bg-ink px-4 py-2 font-semibold text-paper">
          Go to the first page of results
        </Link>
      </p>
    </section>
  );
}
