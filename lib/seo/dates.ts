// Dates for machines (structured data, Open Graph): ISO 8601 with the edition's UTC offset, so
// "09:30 in London" reads the same to a crawler as to a reader. Pure.

/** "2026-07-01T08:30:00.000Z" in "Europe/London" → "2026-07-01T09:30:00+01:00". */
export function isoWithOffset(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    timeZoneName: "longOffset",
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  // "GMT" for a zero offset, otherwise "GMT+05:30" / "GMT-03:00".
  const zone = part("timeZoneName");
  const offset = zone === "GMT" ? "+00:00" : zone.slice(3);
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}:${part("second")}${offset}`;
}
