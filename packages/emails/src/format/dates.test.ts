import { describe, expect, it } from "vitest";
import { formatEventDate, formatLongDate, formatShortDate, resolveTimeZone } from "./dates.ts";

describe("dates", () => {
  it("formats the briefing date as a calendar day, whatever the zone", () => {
    expect(formatLongDate("2024-12-07", "UTC")).toBe("Saturday 7 December 2024");
    expect(formatLongDate("2024-12-07", "Pacific/Kiritimati")).toBe("Saturday 7 December 2024");
    expect(formatLongDate("2024-12-07", "America/Los_Angeles")).toBe("Saturday 7 December 2024");
  });

  it("shows a timestamp in the zone", () => {
    expect(formatShortDate("2024-12-06T23:30:00Z", "UTC")).toBe("6 Dec 2024");
    expect(formatShortDate("2024-12-06T23:30:00Z", "Asia/Damascus")).toBe("7 Dec 2024");
  });

  it("formats timeline dates at their precision, with the year only when it differs", () => {
    expect(formatEventDate("2024-12-05", "day", 2024, "UTC")).toBe("5 Dec");
    expect(formatEventDate("2023-12-05", "day", 2024, "UTC")).toBe("5 Dec 2023");
    expect(formatEventDate("2024-12-02", "week", 2024, "UTC")).toBe("Week of 2 Dec");
    expect(formatEventDate("2024-11-01", "month", 2024, "UTC")).toBe("November");
    expect(formatEventDate("2011-03-01", "year", 2024, "UTC")).toBe("2011");
    expect(formatEventDate("not a date", "day", 2024, "UTC")).toBe("not a date");
  });

  it("uses the zone given, else UTC, and rejects unknown zones", () => {
    expect(resolveTimeZone("Europe/Paris")).toBe("Europe/Paris");
    expect(resolveTimeZone("Mars/Olympus")).toBe("UTC");
    expect(resolveTimeZone()).toBe("UTC");
    expect(resolveTimeZone("")).toBe("UTC");
  });
});
