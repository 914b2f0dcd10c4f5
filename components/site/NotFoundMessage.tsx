import Link from "next/link";

export function NotFoundMessage({ homePath = "/" }: { homePath?: string }) {
  return (
    <section className="mx-auto max-w-2xl py-16 text-center">
      <p className="text-sm font-bold uppercase tracking-wide text-brand">Error 404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">We could not find that page</h1>
      <p className="mt-4 text-lg text-muted">
        The address may be mistyped, or the page may have moved. Try the search above, or start again from the front
        page.
      </p>
      <p className="mt-8">
        <Link href={homePath} className="rounded bg-ink px-4 py-2 font-semibold text-paper">
          Go to the front page
        </Link>
      </p>
    </section>
  );
}
