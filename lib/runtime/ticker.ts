import { resetDb } from "@/lib/db";
import { loadRouteTable } from "@/lib/routing/load-route-table";
import { checkDatabase } from "./health";

// The once-a-second heartbeat of a server process, started by instrumentation.ts: it keeps the
// in-memory route table (301/410) fresh and notices when the database goes away and comes back.

const TICK_MS = 1000;
const state = globalThis as unknown as { datelineTicker?: ReturnType<typeof setInterval>; datelineDbUp?: boolean };

export function databaseIsUp(): boolean {
  return state.datelineDbUp !== false;
}

export async function tick(): Promise<void> {
  const up = await checkDatabase();
  if (!up && state.datelineDbUp !== false) await resetDb(); // reopen on the next try
  state.datelineDbUp = up;
  if (!up) return;
  try {
    await loadRouteTable();
  } catch (error) {
    console.error("route table refresh failed:", error instanceof Error ? error.message : error);
  }
}

export async function startTicker(): Promise<void> {
  if (state.datelineTicker) return;
  await tick(); // before the first request is served
  state.datelineTicker = setInterval(() => void tick(), TICK_MS);
  state.datelineTicker.unref();
}
