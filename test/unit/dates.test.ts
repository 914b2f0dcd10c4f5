import { describe, expect, it } from "vitest";
import { formatDateTime } from "@/lib/format/dates";

describe("dates shown to readers", () => {
  it("are in the edition's time zone and language", () => {
    const iso = "2026-11-25T23:30:00.000Z";
    expect(formatDateTime(iso, "en-GB", "Europe/London")).toBe("25 November 2026 at 23:30");
    expect(formatDateTime(iso, "en-GB", "Asia/Tokyo")).toBe("26 November 2026 at 08:30");
    expect(formatDateTime(iso, "fr-FR", "Europe/Paris")).toBe("26 novembre 2026 à 00:30");
  });
});
