// Target of the next.config.js rewrite for searches no results page answers: an absurdly long query
// or a page number no search reaches. The results page streams, so it cannot send a 4xx itself.
import { MAX_QUERY_LENGTH } from "@/lib/search/query";

function refused() {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Search not run</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><h1>We could not run that search</h1><p>A search can be up to ${MAX_QUERY_LENGTH} characters long, and pages of results are numbered from 1 to the last one shown. Try a shorter search, or fewer words.</p><p><a href="/">Go to the front page</a></p></body></html>`;
  return new Response(html, {
    status: 400,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export const GET = refused;
export const HEAD = refused;
