import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { sans, serif } from "@/app/fonts";
import "@/app/globals.css";
import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";
import { SkipLink } from "@/components/site/SkipLink";
import { defaultEditionCode, getEdition, listSections } from "@/lib/data/editions";
import { BUILD_PLACEHOLDER } from "@/lib/data/public";

export function generateStaticParams() {
  return [{ ed: BUILD_PLACEHOLDER }];
}

/**
 * The edition whose chrome a page wears. An address under no edition ("/xx", "/no/such/page") wears
 * the default edition's, so its page can answer a real 404 inside the site's header and footer: a
 * notFound() thrown here, in a root layout, would fall through to Next's bare 404. The build's
 * placeholder reads no database.
 */
async function chromeEdition(ed: string) {
  if (ed === BUILD_PLACEHOLDER) notFound();
  return (await getEdition(ed)) ?? (await getEdition(defaultEditionCode()));
}

export async function generateMetadata({ params }: { params: Promise<{ ed: string }> }): Promise<Metadata> {
  const edition = await chromeEdition((await params).ed);
  if (!edition) notFound();
  return { title: { template: `%s | ${edition.name}`, default: edition.name } };
}

export default async function EditionLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ ed: string }>;
}) {
  const edition = await chromeEdition((await params).ed);
  if (!edition) notFound();
  const sections = await listSections(edition.code);
  return (
    <html lang={edition.locale} dir={edition.direction} className={`${sans.variable} ${serif.variable}`}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <SkipLink />
        <SiteHeader edition={edition} sections={sections} />
        <main id="content" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter edition={edition} />
      </body>
    </html>
  );
}
