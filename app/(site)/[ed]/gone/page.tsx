import type { Metadata } from "next";
import Link from "next/link";
import { BUILD_PLACEHOLDER } from "@/lib/data/public";
import { notIndexable } from "@/lib/seo/metadata";
import { editionPath } from "@/lib/urls";

// The body of the 410 answer for withdrawn articles: proxy.ts fetches this page and sends it with
// status 410 (an app page cannot set that status itself).

export const metadata: Metadata = { title: "Story withdrawn", robots: notIndexable };

export function generateStaticParams() {
  return [{ ed: BUILD_PLACEHOLDER }];
}

export default async function GonePage({ params }: { params: Promise<{ ed: string }> }) {
  const { ed } = await params;
  return (
    <section className="mx-auto max-w-2xl py-16 text-center">
      <p className="text-sm font-bold uppercase tracking-wide text-brand">Error 410</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">This story has been withdrawn</h1>
      <p className="mt-4 text-lg text-muted">
        Our editors removed this story after publication, and it is no longer available. When we withdraw a story for a
        correction of substance, we say so in a follow-up report.
      </p>
      <p className="mt-8">
        <Link href={editionPath(ed)} className="rounded bg-ink px-4 py-2 font-semibold text-paper">
          Go to the front page
        </Link>
      </p>
    </section>
  );
}
