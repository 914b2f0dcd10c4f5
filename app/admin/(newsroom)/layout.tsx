import type { ReactNode } from "react";
import { AdminHeader } from "@/components/admin/AdminHeader";
import { requireStaffPage } from "@/lib/auth/session";

// Every newsroom page but sign-in: the header with navigation, the signed-in person and Sign out.
// The check here only decides whether to show the chrome; each page checks its own permission
// with requireStaffPage (a layout does not re-run on every navigation).
export default async function NewsroomLayout({ children }: { children: ReactNode }) {
  const staff = await requireStaffPage("newsroom:enter");
  return (
    <>
      <AdminHeader staff={staff} />
      <main id="content" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
    </>
  );
}
