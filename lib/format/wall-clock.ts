// Wall-clock times in an edition's time zone, as a datetime-local input shows and takes them
// ("2026-11-25T14:05:09"). Pure, and the same on the server and in the browser.

function zonedParts(instant: Date, timeZone: string, timeZoneName?: "longOffset") {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    timeZoneName,
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "00";
  return {
    local: `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}:${get("second")}`,
    zone: get("timeZoneName"),
  };
}

/** "2026-11-25T14:05:09" for an instant in a time zone. */
export function zonedLocal(instant: Date, timeZone: string): string {
  return zonedParts(instant, timeZone).local;
}

/** The same, with the zone's offset as Intl names it: "GMT" for zero, else "GMT+05:30". */
export function zonedLocalWithOffset(instant: Date, timeZone: string): { local: string; zone: string } {
  return zonedParts(instant, timeZone, "longOffset");
}

/** The instant a wall-clock time in a time zone names (DST-aware), or null when it is not a time. */
export function zonedToIso(local: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(local);
  if (!m) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  if (Number.isNaN(wall)) return null;
  const offsetAt = (utc: number) => Date.parse(`${zonedLocal(new Date(utc), timeZone)}Z`) - utc;
  let utc = wall - offsetAt(wall);
  utc = wall - offsetAt(utc);
  return new Date(utc).toISOString();
}
