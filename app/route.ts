import { NextResponse } from "next/server";
import { defaultEditionCode } from "@/lib/data/editions";
import { absoluteUrl } from "@/lib/seo/urls";

// "/" belongs to no edition: send readers to the default one (307, so it may change later).
export function GET() {
  return NextResponse.redirect(absoluteUrl(`/${defaultEditionCode()}`), 307);
}
