import { MAX_QUERY_LENGTH } from "@/lib/search/query";

/** Why a search address was not answered: too long a query, or a page of results that does not exist. */
export function SearchRefused() {
  return (
    <section className="mx-auto max-w-2xl py-16 text-center">
      <p className="text-sm font-bold uppercase tracking-wide text-brand">Search</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">We could not run that search</h1>
      <p className="mt-4 text-lg text-muted">
        A search can be up to {MAX_QUERY_LENGTH} characters long, and pages of results are numbered from 1 to the last
        one shown. Try a shorter search in the box above.
      </p>
    </section>
  );
}
