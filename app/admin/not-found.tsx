import Link from "next/link";
import { ADMIN_HOME } from "@/lib/auth/admin-paths";

export default function AdminNotFound() {
  return (
    <main id="content" className="mx-auto w-full max-w-xl flex-1 px-4 py-16">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-4 text-muted">There is nothing in the newsroom at this address.</p>
      <p className="mt-6">
        <Link href={ADMIN_HOME} prefetch={false} className="font-semibold text-brand underline">
          Back to the articles
        </Link>
      </p>
    </main>
  );
}
