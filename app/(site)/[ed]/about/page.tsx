import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/seo/JsonLd";
import { getEdition } from "@/lib/data/editions";
import { BUILD_PLACEHOLDER } from "@/lib/data/public";
import { env } from "@/lib/env";
import { publisherJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { aboutPath, contactPath, standardsPath } from "@/lib/urls";

// Who publishes Dateline: the page NewsMediaOrganization `masthead` points to.
type Props = { params: Promise<{ ed: string }> };

export function generateStaticParams() {
  return [{ ed: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const edition = await getEdition((await params).ed);
  if (!edition) notFound();
  return pageMetadata({
    title: "About us",
    description: `Who makes ${edition.name}, how the newsroom is organised and how it is paid for.`,
    path: aboutPath(edition.code),
    edition,
  });
}

export default async function AboutPage({ params }: Props) {
  const edition = await getEdition((await params).ed);
  if (!edition) notFound();
  const ed = edition.code;
  return (
    <article className="mx-auto max-w-2xl space-y-5 text-lg leading-relaxed">
      <JsonLd data={{ "@context": "https://schema.org", ...publisherJsonLd(env.SITE_URL, ed) }} />
      <h1 className="font-serif text-4xl font-bold">About {edition.name}</h1>
      <p>
        {edition.name} is an independent news service. We report on public life, the economy, science, culture and
        sport, and we try to explain why an event matters as well as what happened.
      </p>
      <h2 className="pt-4 font-serif text-2xl font-bold">The newsroom</h2>
      <p>
        Our stories are written by staff reporters and a small circle of regular contributors, and every story is read
        by a second editor before it is published. Dispatches from news agencies carry the agency&apos;s name in the
        byline, so you can always tell who gathered the facts.
      </p>
      <h2 className="pt-4 font-serif text-2xl font-bold">Independence</h2>
      <p>
        No owner, advertiser or sponsor sees a story before publication or decides what we cover. Opinion pieces and
        analysis are labelled as such and kept apart from news reporting.
      </p>
      <p>
        How we check facts, correct mistakes and handle conflicts of interest is set out in our{" "}
        <Link href={standardsPath(ed)} className="underline">
          editorial standards
        </Link>
        . To reach the newsroom, see{" "}
        <Link href={contactPath(ed)} className="underline">
          contact us
        </Link>
        .
      </p>
    </article>
  );
}
