import { NextResponse, type NextRequest } from "next/server";
import { decideRoute } from "@/lib/routing/route-table";
import { absoluteUrl } from "@/lib/seo/urls";

// Status codes an app page cannot send: 301 for an article's old addresses and 410 for a
// withdrawn one. Only article-shaped URLs come through here (the matcher), because running the
// proxy at all costs cached pages throughput (notes/caching.md). Authorisation never lives here.

const goneBodies = new Map<string, { html: string; at: number }>();

async function goneBody(request: NextRequest, ed: string): Promise<string> {
  const cached = goneBodies.get(ed);
  if (cached && Date.now() - cached.at < 60_000) return cached.html;
  const origin = process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : request.nextUrl.origin;
  try {
    const response = await fetch(`${origin}/${ed}/gone`, { cache: "no-store" });
    const html = await response.text();
    if (response.ok) goneBodies.set(ed, { html, at: Date.now() });
    return html;
  } catch {
    return "<!doctype html><title>Story withdrawn</title><h1>This story has been withdrawn</h1>";
  }
}

export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const decision = decideRoute(path);
  if (!decision) return NextResponse.next();
  if (decision.kind === "moved") {
    const response = NextResponse.redirect(absoluteUrl(decision.to) + request.nextUrl.search, 301);
    response.headers.set("Cache-Control", "public, max-age=3600");
    return response;
  }
  const ed = path.split("/")[1] ?? "";
  return new NextResponse(await goneBody(request, ed), {
    status: 410,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}

export const config = {
  matcher: ["/:ed/:section/:article(\\d{8}-[a-z0-9-]+)"],
};
