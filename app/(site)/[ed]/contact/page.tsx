import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getEdition } from "@/lib/data/editions";
import { BUILD_PLACEHOLDER } from "@/lib/data/public";
import { pageMetadata } from "@/lib/seo/metadata";
import { contactPath, standardsPath } from "@/lib/urls";

// How to reach the newsroom: the publisher's contact point in structured data.
type Props = { params: Promise<{ ed: string }> };

export function generateStaticParams() {
  return [{ ed: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const edition = await getEdition((await params).ed);
  if (!edition) notFound();
  return pageMetadata({
    title: "Contact us",
    description: `How to reach the ${edition.name} newsroom with a tip, a correction or a question.`,
    path: contactPath(edition.code),
    edition,
  });
}

export default async function ContactPage({ params }: Props) {
  const edition = await getEdition((await params).ed);
  if (!edition) notFound();
  return (
    <article className="mx-auto max-w-2xl space-y-5 text-lg leading-relaxed">
      <h1 className="font-serif text-4xl font-bold">Contact us</h1>
      <p>Every message is read by a person in the newsroom. Tell us which story you mean and how we can reach you.</p>
      <h2 className="pt-4 font-serif text-2xl font-bold">News tips</h2>
      <p>
        Write to{" "}
        <a className="underline" href="mailto:tips@dateline.example">
          tips@dateline.example
        </a>
        . If you need to stay anonymous, say so in your first message and do not send documents until an editor has
        replied.
      </p>
      <h2 className="pt-4 font-serif text-2xl font-bold">Corrections</h2>
      <p>
        Write to{" "}
        <a className="underline" href="mailto:corrections@dateline.example">
          corrections@dateline.example
        </a>{" "}
        with the address of the article and what you believe is wrong. How we handle corrections is described in our{" "}
        <Link href={`${standardsPath(edition.code)}#corrections`} className="underline">
          editorial standards
        </Link>
        .
      </p>
      <h2 className="pt-4 font-serif text-2xl font-bold">Everything else</h2>
      <p>
        For questions about {edition.name} itself, write to{" "}
        <a className="underline" href="mailto:newsroom@dateline.example">
          newsroom@dateline.example
        </a>
        .
      </p>
    </article>
  );
}
