import type { Metadata } from "next";
import { sans, serif } from "@/app/fonts";
import "@/app/globals.css";
import { NotFoundMessage } from "@/components/site/NotFoundMessage";
import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";
import { SkipLink } from "@/components/site/SkipLink";
import { defaultEditionCode } from "@/lib/data/editions";
import { notIndexable } from "@/lib/seo/metadata";
import { editionPath } from "@/lib/urls";

// Addresses outside any edition. Prerendered at build, where there is no database: the site's
// chrome without the section navigation, around the 404 message.
export const metadata: Metadata = { title: "Page not found", robots: notIndexable };

export default function GlobalNotFound() {
  const ed = defaultEditionCode();
  const chrome = { code: ed, name: "Dateline" };
  return (
    <html lang="en" dir="ltr" className={`${sans.variable} ${serif.variable}`}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <SkipLink />
        <SiteHeader edition={chrome} sections={[]} />
        <main id="content" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          <NotFoundMessage homePath={editionPath(ed)} />
        </main>
        <SiteFooter edition={chrome} />
      </body>
    </html>
  );
}
