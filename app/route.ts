import { connection, NextResponse } from "next/server";
import { defaultEditionCode } from "@/lib/data/editions";
import { absoluteUrl } from "@/lib/seo/urls";

// "/" belongs to no edition: send readers to the default one (307, so it may change later).
// Answered per request: prerendered at build, it would point at the build's SITE_URL.
export async function GET() {
  await connection();
  return NextResponse.redirect(absoluteUrl(`/${defaultEditionCode()}`), 307);
}
