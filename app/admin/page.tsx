import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ADMIN_HOME } from "@/lib/auth/admin-paths";
import { requireStaffPage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Newsroom" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// /admin goes to the article list, unless a page sent the visitor here because their role may
// not open it (requireStaffPage): then it says so.
export default async function AdminIndex({ searchParams }: Props) {
  await requireStaffPage("newsroom:enter");
  const { denied } = await searchParams;
  if (denied === undefined) redirect(ADMIN_HOME);
  return (
    <main id="content" className="mx-auto w-full max-w-xl flex-1 px-4 py-16">
      <h1 className="font-serif text-3xl font-bold">You do not have access to that page</h1>
      <p className="mt-4 text-muted">Your role does not include it. An admin can change your role if you need it.</p>
      <p className="mt-6">
        <Link href={ADMIN_HOME} prefetch={false} className="font-semibold text-brand underline">
          Back to the articles
        </Link>
      </p>
    </main>
  );
}
