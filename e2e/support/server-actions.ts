// Calling the build's server actions over HTTP exactly as the browser's router does, so tests can
// replay a call with other cookies, another Origin or someone else's ids (SECURITY S10, S12, S13).
//
// The wire format, as Chromium sends it for a useActionState form (captured with page.on("request")):
//   POST <the page> with Next-Action: <action id>, Accept: text/x-component and
//   Next-Router-State-Tree, a multipart body made by React's encodeReply of the argument list:
//   each FormData argument's fields as "_<n>_<name>", and the argument list itself, JSON, in a
//   field "0" that comes LAST, e.g. `[{"status":"idle",…},"$K1"]`. Next decodes the body as it
//   streams in, so a "0" sent first is read before the fields exist and the action gets an empty
//   FormData (the reason an earlier hand-made request seemed never to reach the action).
import fs from "node:fs";
import path from "node:path";

export interface ServerAction {
  id: string;
  filename: string;
  exportedName: string;
  /** A page that imports the action, as in the build: "app/admin/(newsroom)/users/page". */
  worker: string;
  /** Every such page. */
  workers: string[];
}

/** Every server action the build knows, from `<distDir>/server/server-reference-manifest.json`. */
export function serverActions(): ServerAction[] {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const manifest = JSON.parse(
    fs.readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename?: string; exportedName?: string; workers?: Record<string, unknown> }> };
  return Object.entries(manifest.node)
    .map(([id, entry]) => ({
      id,
      filename: entry.filename ?? "",
      exportedName: entry.exportedName ?? "",
      worker: Object.keys(entry.workers ?? {})[0] ?? "",
      workers: Object.keys(entry.workers ?? {}),
    }))
    .filter((entry) => entry.filename.startsWith("app/") && !entry.exportedName.startsWith("$$RSC_SERVER_CACHE"));
}

/** A FormData argument of an action (what a form submits), by field name. */
export class FormFields {
  constructor(readonly fields: Record<string, string>) {}
}

/** The multipart body React's encodeReply makes of `args` (plain JSON values and FormFields). */
export function actionBody(args: readonly unknown[]): FormData {
  const body = new FormData();
  let nextPart = 1;
  const encode = (value: unknown): unknown => {
    if (value instanceof FormFields) {
      const part = nextPart++;
      for (const [name, field] of Object.entries(value.fields)) body.append(`_${part}_${name}`, field);
      return `$K${part.toString(16)}`;
    }
    if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
    if (Array.isArray(value)) return value.map(encode);
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, encode(v)]));
    }
    return value;
  };
  const root = JSON.stringify(encode(args));
  body.append("0", root); // last, as the browser sends it
  return body;
}

/** The headers of an action call; `origin: null` leaves Origin out. */
export function actionHeaders(id: string, origin: string | null): Record<string, string> {
  const headers: Record<string, string> = { "Next-Action": id, Accept: "text/x-component" };
  if (origin !== null) headers.Origin = origin;
  return headers;
}

/**
 * The action's return value from a flight response: row 0 is `{"a":"$@N",…}` and row N the
 * value. Undefined when the response carries none (a redirect, a refusal before the action).
 */
export function actionResult(flight: string): unknown {
  const rows = new Map<string, string>();
  for (const line of flight.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  try {
    const root = JSON.parse(rows.get("0") ?? "null") as { a?: unknown } | null;
    const ref = typeof root?.a === "string" ? /^\$@([0-9a-f]+)$/.exec(root.a)?.[1] : undefined;
    const row = ref === undefined ? undefined : rows.get(ref);
    return row === undefined ? undefined : (JSON.parse(row) as unknown);
  } catch {
    return undefined;
  }
}
