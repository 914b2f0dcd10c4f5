import { notFound } from "next/navigation";

// Unknown newsroom addresses render the not-found page here, inside the admin layout, with this
// request's CSP nonce; Next's prebuilt 404 would carry none (notes/csp.md, trap 2).
export default function UnknownAdminPage(): never {
  notFound();
}
