import { describe, expect, it } from "vitest";
import { formatDateTime } from "@/lib/format/dates";
import { zonedLocal, zonedToIso } from "@/lib/format/wall-clock";

describe("dates shown to readers", () => {
  it("are in the edition's time zone and language", () => {
    const iso = "2026-11-25T23:30:00.000Z";
    expect(formatDateTime(iso, "en-GB", "Europe/London")).toBe("25 November 2026 at 23:30");
    expect(formatDateTime(iso, "en-GB", "Asia/Tokyo")).toBe("26 November 2026 at 08:30");
    expect(formatDateTime(iso, "fr-FR", "Europe/Paris")).toBe("26 novembre 2026 à 00:30");
  });
});

describe("wall-clock times in the editor's Publish at field", () => {
  it("show an instant in the edition's zone and read it back, across a DST change", () => {
    expect(zonedLocal(new Date("2026-07-01T08:30:00Z"), "Europe/London")).toBe("2026-07-01T09:30:00");
    expect(zonedToIso("2026-07-01T09:30", "Europe/London")).toBe("2026-07-01T08:30:00.000Z");
    expect(zonedToIso("2026-12-01T09:30", "Europe/London")).toBe("2026-12-01T09:30:00.000Z");
    // 02:30 on 29 March 2026 falls in London's spring-forward gap; it is read as 02:30 BST.
    expect(zonedToIso("2026-03-29T02:30", "Europe/London")).toBe("2026-03-29T01:30:00.000Z");
    expect(zonedToIso("not a time", "Europe/London")).toBeNull();
  });
});
