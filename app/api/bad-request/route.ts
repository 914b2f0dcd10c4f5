// Target of the next.config.js rewrite for listings whose `?page=` is not a page number.
function badRequest() {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Bad request</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><h1>Bad request</h1><p>The page number in this address is not valid. Page numbers are whole numbers from 1 upwards.</p><p><a href="/">Go to the front page</a></p></body></html>`;
  return new Response(html, {
    status: 400,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export const GET = badRequest;
export const HEAD = badRequest;
