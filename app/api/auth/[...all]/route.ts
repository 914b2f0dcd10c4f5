import type { NextRequest } from "next/server";
import { getAuth, OPEN_AUTH_PATHS } from "@/lib/auth/auth";
import { CLIENT_ADDRESS_HEADER, clientAddress, UNKNOWN_ADDRESS } from "@/lib/auth/client-ip";
import { log } from "@/lib/log";
import { assertSameOrigin, ForeignOriginError } from "@/lib/security/origin";

// better-auth's HTTP endpoints, behind three checks of our own: only the endpoints the newsroom
// uses are served (OPEN_AUTH_PATHS), every POST must come from this site (SECURITY S10), and a
// body over 16 KB is refused before anything parses it (S23). Sign-in itself is a server action
// on /admin/sign-in; these endpoints serve scripts and the browser tests.

export const MAX_BODY_BYTES = 16 * 1024;

const NO_STORE = { "Cache-Control": "private, no-store" };

function refuse(status: number, error: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error }, { status, headers: { ...NO_STORE, ...headers } });
}

/** The body, read up to the limit (a missing or lying Content-Length cannot get more through). */
async function readBody(request: NextRequest): Promise<Uint8Array | "too-large"> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return "too-large";
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return "too-large";
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

async function handle(request: NextRequest): Promise<Response> {
  const path = request.nextUrl.pathname.replace(/^\/api\/auth/, "") || "/";
  if (!(OPEN_AUTH_PATHS as readonly string[]).includes(path)) return refuse(404, "Not found");

  const headers = new Headers(request.headers);
  headers.delete(CLIENT_ADDRESS_HEADER);
  const address = clientAddress(request.headers);
  if (address !== UNKNOWN_ADDRESS) headers.set(CLIENT_ADDRESS_HEADER, address);

  let body: Uint8Array | undefined;
  if (request.method !== "GET" && request.method !== "HEAD") {
    try {
      assertSameOrigin(request.headers);
    } catch (error) {
      if (error instanceof ForeignOriginError) return refuse(403, error.message);
      throw error;
    }
    const read = await readBody(request);
    if (read === "too-large") {
      log.warn({ event: "request.refused", reason: "body-too-large", path, address }, "Request body over the limit");
      return refuse(413, `Request bodies are limited to ${MAX_BODY_BYTES / 1024} KB.`);
    }
    body = read;
  }

  const response = await getAuth().handler(
    new Request(request.url, {
      method: request.method,
      headers,
      body: body?.byteLength ? Buffer.from(body) : undefined,
    }),
  );
  // Sessions and their cookies are never cached anywhere (SECURITY S21).
  response.headers.set("Cache-Control", "private, no-store");
  if (response.status === 429 && !response.headers.has("Retry-After")) {
    response.headers.set("Retry-After", response.headers.get("X-Retry-After") ?? "60");
  }
  return response;
}

export { handle as GET, handle as POST };
