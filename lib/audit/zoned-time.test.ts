import { describe, expect, it } from "vitest";
import { formatUtcOffset, zonedDayEnd, zonedDayStart } from "./zoned-time";

describe("zoned days", () => {
  it("starts a local day at local midnight", () => {
    expect(zonedDayStart("2026-11-23", "Europe/Moscow")?.toISOString()).toBe("2026-11-22T21:00:00.000Z");
    expect(zonedDayStart("2026-11-23", "Asia/Almaty")?.toISOString()).toBe("2026-11-22T19:00:00.000Z");
    expect(zonedDayStart("2026-11-23", "Asia/Kamchatka")?.toISOString()).toBe("2026-11-22T12:00:00.000Z");
    expect(zonedDayStart("2026-11-23", "UTC")?.toISOString()).toBe("2026-11-23T00:00:00.000Z");
  });

  it("ends a day where the next one starts, across month and year ends", () => {
    expect(zonedDayEnd("2026-12-31", "Europe/Moscow")?.toISOString()).toBe("2026-12-31T21:00:00.000Z");
    expect(zonedDayEnd("2026-02-28", "Asia/Almaty")?.toISOString()).toBe("2026-02-28T19:00:00.000Z");
  });

  it("handles a day with a DST change", () => {
    // Berlin moves to summer time on 2026-03-29: that day starts at +01:00 and the next at +02:00.
    expect(zonedDayStart("2026-03-29", "Europe/Berlin")?.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(zonedDayEnd("2026-03-29", "Europe/Berlin")?.toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });

  it("refuses malformed and impossible dates", () => {
    expect(zonedDayStart("2026-02-30", "Europe/Moscow")).toBeNull();
    expect(zonedDayStart("23.11.2026", "Europe/Moscow")).toBeNull();
    expect(zonedDayEnd("", "Europe/Moscow")).toBeNull();
  });
});

describe("UTC offsets", () => {
  it("formats whole, fractional and negative offsets", () => {
    const at = new Date("2026-11-23T12:00:00Z");
    expect(formatUtcOffset("Europe/Moscow", at)).toBe("UTC+3");
    expect(formatUtcOffset("Asia/Kamchatka", at)).toBe("UTC+12");
    expect(formatUtcOffset("Asia/Kolkata", at)).toBe("UTC+5:30");
    expect(formatUtcOffset("America/New_York", at)).toBe("UTC−5");
    expect(formatUtcOffset("UTC", at)).toBe("UTC+0");
  });
});
