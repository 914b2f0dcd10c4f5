// Old and withdrawn article addresses, held in memory so proxy.ts answers 301 and 410 without a
// query per request. Filled and kept fresh by lib/runtime/ticker.ts; shared through globalThis
// because proxy.ts, instrumentation and route handlers are bundled separately. Pure: no I/O here.

export type RouteDecision = { kind: "gone" } | { kind: "moved"; to: string };

export interface RouteTable {
  /** Canonical paths of withdrawn articles. */
  gone: Set<string>;
  /** Old path → current canonical path. */
  moved: Map<string, string>;
  loadedAt: number;
}

const holder = globalThis as unknown as { datelineRouteTable?: RouteTable };

export function currentRouteTable(): RouteTable | undefined {
  return holder.datelineRouteTable;
}

export function installRouteTable(table: RouteTable): void {
  holder.datelineRouteTable = table;
}

/** What the proxy should do with a request path, or null to let the page answer. */
export function decideRoute(path: string, table: RouteTable | undefined = currentRouteTable()): RouteDecision | null {
  if (!table) return null; // not loaded (or the database is away): fail open, the page answers
  if (table.gone.has(path)) return { kind: "gone" };
  const to = table.moved.get(path);
  return to && to !== path ? { kind: "moved", to } : null;
}
