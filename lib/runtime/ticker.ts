import { resetDb } from "@/lib/db";
import { db } from "@/lib/db";
import { nextDueAt, publishDue } from "@/lib/newsroom/articles";
import { loadRouteTable } from "@/lib/routing/load-route-table";
import { checkDatabase } from "./health";
import { internalSecret, loopbackOrigin } from "./internal-secret";

// The once-a-second heartbeat of a server process, started by instrumentation.ts. It
// - publishes scheduled articles when their time comes (with no request needed),
// - replays the cache-invalidation outbox, so this process refreshes what any process changed,
// - keeps the in-memory route table (301/410) fresh,
// - notices when the database goes away and comes back.

const TICK_MS = 1000;
/** Arm a precise timer when the next scheduled article is due sooner than this. */
const PRECISE_WITHIN_MS = 1500;

const state = globalThis as unknown as {
  datelineTicker?: ReturnType<typeof setInterval>;
  datelineDbUp?: boolean;
  datelineOutboxSeen?: number;
  datelineDueTimer?: ReturnType<typeof setTimeout>;
  datelineTicking?: boolean;
  datelineTickAgain?: boolean;
};

export function databaseIsUp(): boolean {
  return state.datelineDbUp !== false;
}

/** Asks this process's route handler to refresh tags (Next's cache APIs only work in a request). */
async function refreshOverLoopback(tags: string[]): Promise<void> {
  if (tags.length === 0) return;
  const response = await fetch(`${loopbackOrigin()}/api/internal/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-dateline-internal": internalSecret() },
    body: JSON.stringify({ tags }),
  });
  if (!response.ok) throw new Error(`loopback revalidate answered ${response.status}`);
}

async function replayOutbox(): Promise<void> {
  const since = state.datelineOutboxSeen;
  if (since === undefined) {
    // A new process starts with an empty memory of what it served: only later changes matter.
    const last = await db().cacheInvalidation.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
    state.datelineOutboxSeen = last?.id ?? 0;
    return;
  }
  const rows = await db().cacheInvalidation.findMany({
    where: { id: { gt: since } },
    orderBy: { id: "asc" },
    take: 500,
    select: { id: true, tags: true },
  });
  if (rows.length === 0) return;
  const tags = [...new Set(rows.flatMap((row) => (Array.isArray(row.tags) ? row.tags.map(String) : [])))];
  await loadRouteTable();
  await refreshOverLoopback(tags);
  state.datelineOutboxSeen = rows[rows.length - 1]!.id;
}

async function publishScheduled(): Promise<void> {
  const published = await publishDue(new Date());
  for (const p of published) {
    if (p.lateMs > 5000) console.warn(`article ${p.id} published ${p.lateMs} ms late — MISSED SCHEDULE`);
  }
  armPreciseTimer(await nextDueAt());
}

function armPreciseTimer(due: Date | null): void {
  if (state.datelineDueTimer) clearTimeout(state.datelineDueTimer);
  state.datelineDueTimer = undefined;
  if (!due) return;
  const wait = due.getTime() - Date.now();
  if (wait > PRECISE_WITHIN_MS) return;
  state.datelineDueTimer = setTimeout(() => void tick(), Math.max(0, wait));
  state.datelineDueTimer.unref();
}

export async function tick(): Promise<void> {
  if (state.datelineTicking) {
    // The precise timer fired during a slow tick: run again right after it rather than a second later.
    state.datelineTickAgain = true;
    return;
  }
  state.datelineTicking = true;
  try {
    const up = await checkDatabase();
    if (!up && state.datelineDbUp !== false) await resetDb(); // reopen on the next try
    state.datelineDbUp = up;
    if (!up) return;
    await publishScheduled();
    await loadRouteTable();
    await replayOutbox();
  } catch (error) {
    console.error("tick failed:", error instanceof Error ? error.message : error);
  } finally {
    state.datelineTicking = false;
    if (state.datelineTickAgain) {
      state.datelineTickAgain = false;
      void tick();
    }
  }
}

export async function startTicker(): Promise<void> {
  if (state.datelineTicker) return;
  await tick(); // before the first request is served: overdue articles go out at once
  state.datelineTicker = setInterval(() => void tick(), TICK_MS);
  state.datelineTicker.unref();
}
