import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { sans, serif } from "@/app/fonts";
import "@/app/globals.css";

// The newsroom's root layout. `connection()` renders every admin page per request: a cached
// page would keep its first visitor's CSP nonce (notes/csp.md, trap 1), and nothing here may be
// shared between people anyway. Because of that await nothing in the admin is prerendered
// (`instant = false`). The navigation lives in (newsroom)/layout.tsx, so the sign-in page has none.
export const instant = false;

export const metadata: Metadata = {
  title: { template: "%s | Dateline newsroom", default: "Dateline newsroom" },
  robots: { index: false, follow: false },
};

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en" dir="ltr" className={`${sans.variable} ${serif.variable}`}>
      <body className="flex min-h-screen flex-col bg-wash font-sans antialiased">{children}</body>
    </html>
  );
}
