import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getEdition } from "@/lib/data/editions";
import { BUILD_PLACEHOLDER } from "@/lib/data/public";
import { pageMetadata } from "@/lib/seo/metadata";
import { contactPath, standardsPath } from "@/lib/urls";

// The publishing principles structured data links to; its #ethics, #corrections and #verification
// anchors are the ethics, corrections and fact-checking policies (lib/seo/json-ld.ts).
type Props = { params: Promise<{ ed: string }> };

export function generateStaticParams() {
  return [{ ed: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const edition = await getEdition((await params).ed);
  if (!edition) notFound();
  return pageMetadata({
    title: "Editorial standards",
    description: `The principles ${edition.name} works by: accuracy, verification, corrections and independence.`,
    path: standardsPath(edition.code),
    edition,
  });
}

const heading = "scroll-mt-8 pt-4 font-serif text-2xl font-bold";

export default async function StandardsPage({ params }: Props) {
  const edition = await getEdition((await params).ed);
  if (!edition) notFound();
  return (
    <article className="mx-auto max-w-2xl space-y-5 text-lg leading-relaxed">
      <h1 className="font-serif text-4xl font-bold">Editorial standards</h1>
      <p>
        These are the rules every person who writes or edits for {edition.name} agrees to. They apply to news, analysis
        and opinion alike, in every edition.
      </p>
      <h2 id="verification" className={heading}>
        Accuracy and verification
      </h2>
      <p>
        We publish what we can stand behind. A claim that matters to a story is confirmed by a second, independent
        source or by a document we have seen. When we cannot confirm something, we say so in the text rather than leave
        it out of view. Pictures and video from the public are checked for place and date before we use them.
      </p>
      <h2 id="ethics" className={heading}>
        Ethics and independence
      </h2>
      <p>
        Reporters do not accept gifts, paid travel or payment from people they cover. A writer with a personal or
        financial link to a subject either steps away from the story or declares the link at the foot of the piece. We
        do not pay sources for information, and we identify ourselves as journalists except where a serious public
        interest demands otherwise and a senior editor has agreed.
      </p>
      <h2 id="corrections" className={heading}>
        Corrections
      </h2>
      <p>
        When we get something wrong we fix it promptly and say what changed, with the date of the correction at the end
        of the article. A story is withdrawn only when its central claim turns out to be false; its address then
        explains that it was withdrawn.
      </p>
      <h2 id="labels" className={heading}>
        Labels
      </h2>
      <p>
        Analysis explains the news using the writer&apos;s expertise; opinion argues a point of view. Both carry their
        label above the headline. Agency copy names the agency in the byline.
      </p>
      <p>
        Spotted an error? Tell us through the{" "}
        <Link href={contactPath(edition.code)} className="underline">
          contact page
        </Link>
        .
      </p>
    </article>
  );
}
