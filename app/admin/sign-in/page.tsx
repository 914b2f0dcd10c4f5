import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/SignInForm.client";
import { safeNextPath } from "@/lib/auth/admin-paths";
import { challengeCookieName } from "@/lib/auth/auth";
import { getStaff } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const { next, step } = await searchParams;
  const target = safeNextPath(typeof next === "string" ? next : undefined);
  if (await getStaff()) redirect(target);
  // The second step only while its challenge lasts; after that, the password again.
  const codeStep = step === "code" && (await cookies()).has(challengeCookieName());
  return (
    <main id="content" className="mx-auto w-full max-w-sm flex-1 px-4 py-16">
      <p className="font-serif text-3xl font-bold tracking-tight text-brand">Dateline</p>
      <h1 className="mt-6 text-2xl font-bold">Sign in to the newsroom</h1>
      {/* Keyed by step: the form starts afresh when the password step redirects to the code step. */}
      <SignInForm key={codeStep ? "code" : "password"} next={target} step={codeStep ? "code" : "password"} />
    </main>
  );
}
