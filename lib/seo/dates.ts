import { zonedLocalWithOffset } from "@/lib/format/wall-clock";

// Dates for machines (structured data, Open Graph): ISO 8601 with the edition's UTC offset, so
// "09:30 in London" reads the same to a crawler as to a reader. Pure.

/** "2026-07-01T08:30:00.000Z" in "Europe/London" → "2026-07-01T09:30:00+01:00". */
export function isoWithOffset(iso: string, timeZone: string): string {
  const { local, zone } = zonedLocalWithOffset(new Date(iso), timeZone);
  return `${local}${zone === "GMT" ? "+00:00" : zone.slice(3)}`;
}
