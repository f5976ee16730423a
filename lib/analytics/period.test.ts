import { describe, expect, it } from "vitest";
import { percentChange } from "./format";
import { localDate } from "@/lib/locale/zone";
import { comparisonPeriod, resolvePeriod, splitMonths } from "./period";

describe("resolvePeriod", () => {
  const today = "2026-03-10";
  it("gives each preset and its previous period of equal length", () => {
    expect(resolvePeriod({ period: "today" }, today).period).toEqual({
      key: "today",
      from: today,
      to: today,
      days: 1,
      prevFrom: "2026-03-09",
      prevTo: "2026-03-09",
    });
    expect(resolvePeriod({ period: "yesterday" }, today).period).toMatchObject({
      from: "2026-03-09",
      prevFrom: "2026-03-08",
    });
    expect(resolvePeriod({ period: "7d" }, today).period).toMatchObject({
      from: "2026-03-04",
      days: 7,
      prevFrom: "2026-02-25",
      prevTo: "2026-03-03",
    });
    expect(resolvePeriod({ period: "30d" }, today).period).toMatchObject({ from: "2026-02-09", days: 30 });
    expect(resolvePeriod({ period: "month" }, today).period).toMatchObject({
      from: "2026-03-01",
      days: 10,
      prevFrom: "2026-02-01",
      prevTo: "2026-02-10",
    });
    expect(resolvePeriod({}, today).period.key).toBe("30d");
    expect(resolvePeriod({ period: "nonsense" }, today).period.key).toBe("30d");
  });

  it("compares «Этот месяц» with the same days of the previous month (issue 15.16)", () => {
    // 1–3 December: 1–3 November, not 28–30 November
    expect(resolvePeriod({ period: "month" }, "2026-12-03").period).toMatchObject({
      from: "2026-12-01",
      to: "2026-12-03",
      prevFrom: "2026-11-01",
      prevTo: "2026-11-03",
    });
    // a longer month than the previous one: the previous month's last day
    expect(comparisonPeriod("month", "2026-03-01", "2026-03-31")).toEqual({
      prevFrom: "2026-02-01",
      prevTo: "2026-02-28",
    });
    expect(comparisonPeriod("month", "2024-03-01", "2024-03-30")).toEqual({
      prevFrom: "2024-02-01",
      prevTo: "2024-02-29",
    });
    // January against December of the year before
    expect(comparisonPeriod("month", "2027-01-01", "2027-01-21")).toEqual({
      prevFrom: "2026-12-01",
      prevTo: "2026-12-21",
    });
    // the other presets: the same number of days right before
    expect(comparisonPeriod("today", "2026-12-03", "2026-12-03")).toEqual({
      prevFrom: "2026-12-02",
      prevTo: "2026-12-02",
    });
    expect(comparisonPeriod("7d", "2026-11-27", "2026-12-03")).toEqual({
      prevFrom: "2026-11-20",
      prevTo: "2026-11-26",
    });
    expect(comparisonPeriod("custom", "2026-12-01", "2026-12-03")).toEqual({
      prevFrom: "2026-11-28",
      prevTo: "2026-11-30",
    });
  });

  it("accepts a valid custom range and refuses a bad one with its error", () => {
    expect(resolvePeriod({ period: "custom", from: "2024-02-28", to: "2024-03-01" }, today)).toEqual({
      period: {
        key: "custom",
        from: "2024-02-28",
        to: "2024-03-01",
        days: 3,
        prevFrom: "2024-02-25",
        prevTo: "2024-02-27",
      },
      error: null,
    });
    expect(resolvePeriod({ period: "custom", from: "2026-03-05", to: "2026-03-01" }, today).error).toBe(
      "INVALID_RANGE",
    );
    expect(resolvePeriod({ period: "custom", from: "2026-02-30", to: "2026-03-01" }, today).error).toBe(
      "INVALID_RANGE",
    );
    expect(resolvePeriod({ period: "custom", from: "x" }, today).error).toBe("INVALID_RANGE");
    expect(resolvePeriod({ period: "custom", from: "2020-01-01", to: "2026-01-01" }, today).error).toBe(
      "RANGE_TOO_LONG",
    );
  });

  it("takes today in the organization's timezone", () => {
    const at = new Date("2026-03-09T20:30:00Z");
    expect(localDate(at, "Europe/Moscow")).toBe("2026-03-09");
    expect(localDate(at, "Asia/Almaty")).toBe("2026-03-10");
  });
});

describe("splitMonths", () => {
  it("splits a range into whole months and the days around them", () => {
    expect(splitMonths("2026-01-15", "2026-03-10")).toEqual({
      months: ["2026-02-01", "2026-02-01"],
      days: [
        ["2026-01-15", "2026-01-31"],
        ["2026-03-01", "2026-03-10"],
      ],
    });
    expect(splitMonths("2026-01-01", "2026-01-31")).toEqual({
      months: ["2026-01-01", "2026-01-01"],
      days: [],
    });
    expect(splitMonths("2025-03-11", "2026-03-10")).toEqual({
      months: ["2025-04-01", "2026-02-01"],
      days: [
        ["2025-03-11", "2025-03-31"],
        ["2026-03-01", "2026-03-10"],
      ],
    });
    expect(splitMonths("2026-01-05", "2026-01-20")).toEqual({
      months: null,
      days: [["2026-01-05", "2026-01-20"]],
    });
    expect(splitMonths("2024-02-01", "2024-02-29")).toEqual({
      months: ["2024-02-01", "2024-02-01"],
      days: [],
    });
  });
});

describe("formatting", () => {
  it("gives the change in percent, or null without a base", () => {
    expect(percentChange(110, 100)).toBe(10);
    expect(percentChange(50, 200)).toBe(-75);
    expect(percentChange(5, 0)).toBeNull();
  });
});
