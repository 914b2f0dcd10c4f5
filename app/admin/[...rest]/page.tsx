import { notFound } from "next/navigation";
import { requireStaffPage } from "@/lib/auth/session";

// Unknown newsroom addresses render the not-found page here, inside the admin layout, with this
// request's CSP nonce; Next's prebuilt 404 would carry none (notes/csp.md, trap 2). Signed-out
// visitors learn nothing about which addresses exist: they go to sign-in first (SECURITY S12).
export default async function UnknownAdminPage(): Promise<never> {
  await requireStaffPage("newsroom:enter");
  notFound();
}
