import { describe, expect, it, vi } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatLocalDay,
  formatShortDay,
  formatTime,
  timeZoneLabel,
  utcOffsetLabel,
} from "./dates";
import { reportPrintLines } from "@/lib/registration/report";

const at = new Date("2026-12-03T16:08:00Z");

describe("one date format per locale (issue 15.12)", () => {
  it("ru and kk are day.month.year; en is unambiguous (day, month name, year)", () => {
    expect(formatDate(at, "ru", "Europe/Moscow")).toBe("03.12.2026");
    expect(formatDate(at, "kk", "Asia/Almaty")).toBe("03.12.2026");
    expect(formatDate(at, "en", "Europe/Moscow")).toBe("3 Dec 2026");
    expect(formatDate(new Date("2027-01-21T10:00:00Z"), "en", "UTC")).toBe("21 Jan 2027");
    expect(formatLocalDay("2027-01-21", "en")).toBe("21 Jan 2027");
    expect(formatLocalDay("2027-01-21", "ru")).toBe("21.01.2027");
  });

  it("in the organization's time zone, 24-hour", () => {
    expect(formatDateTime(at, "ru", "Europe/Moscow")).toBe("03.12.2026 19:08");
    expect(formatDateTime(at, "en", "Asia/Almaty")).toBe("3 Dec 2026 21:08");
    // past midnight locally: the local date
    expect(formatDate(new Date("2026-12-03T22:30:00Z"), "ru", "Asia/Almaty")).toBe("04.12.2026");
  });

  it("names the zone with its offset", () => {
    expect(utcOffsetLabel(at, "Europe/Moscow")).toBe("UTC+3");
    expect(utcOffsetLabel(at, "Asia/Kolkata")).toBe("UTC+5:30");
    expect(utcOffsetLabel(at, "UTC")).toBe("UTC");
    expect(timeZoneLabel(at, "Europe/Kaliningrad")).toBe("Europe/Kaliningrad (UTC+2)");
  });
});

describe("the printed registration report (issue 15.13)", () => {
  it("prints the time in the organization's time zone with the zone's name, not UTC", () => {
    const lines = reportPrintLines(
      {
        id: "r",
        number: 1,
        fiscalSign: "0000000001",
        createdAt: at,
        acceptedAt: at,
        report: { reason: "registration" },
      },
      {
        country: "RU",
        organizationName: "ООО «Ромашка»",
        taxId: "7707083893",
        address: "Москва",
        serialNumber: "SN1",
        timezone: "Europe/Moscow",
      },
    );
    expect(lines).toContain("Дата: 03.12.2026 19:08");
    expect(lines).toContain("Пояс: Europe/Moscow (UTC+3)");
    expect(lines.join("\n")).not.toMatch(/UTC\b(?!\+)/);
  });
});

describe("every format from one module (issue 15.12)", () => {
  const locales = ["ru", "kk", "en"] as const;

  it("a date with its time, to the second when asked; midnight is 00, not 24", () => {
    const midnight = new Date("2026-12-03T21:00:05Z"); // 00:00:05 in Moscow
    expect(formatDateTime(midnight, "ru", "Europe/Moscow")).toBe("04.12.2026 00:00");
    expect(formatDateTime(midnight, "kk", "Europe/Moscow", { seconds: true })).toBe("04.12.2026 00:00:05");
    expect(formatDateTime(midnight, "en", "Europe/Moscow", { seconds: true })).toBe("4 Dec 2026 00:00:05");
    expect(formatTime(midnight, "Europe/Moscow")).toBe("00:00");
  });

  it("calendar days: an ISO day or a @db.Date (UTC midnight) never shifts by a zone", () => {
    for (const l of locales)
      expect(formatLocalDay(new Date("2027-01-21T00:00:00Z"), l)).toBe(formatLocalDay("2027-01-21", l));
    expect(formatLocalDay("2026-02-28", "kk")).toBe("28.02.2026");
    expect(formatShortDay("2026-11-23", "ru")).toBe("23.11");
    expect(formatShortDay("2026-11-23", "en")).toBe("23 Nov");
    expect(() => formatLocalDay("23.11.2026", "ru")).toThrow();
  });

  it("the local day and the zone offset follow daylight saving time", () => {
    expect(formatDate(new Date("2026-12-03T20:59:59Z"), "ru", "Europe/Moscow")).toBe("03.12.2026");
    expect(formatDate(new Date("2026-12-03T21:00:00Z"), "ru", "Europe/Moscow")).toBe("04.12.2026");
    expect(utcOffsetLabel(new Date("2026-07-01T12:00:00Z"), "Europe/Berlin")).toBe("UTC+2");
    expect(utcOffsetLabel(new Date("2026-01-01T12:00:00Z"), "Europe/Berlin")).toBe("UTC+1");
    expect(utcOffsetLabel(new Date("2026-01-01T12:00:00Z"), "America/New_York")).toBe("UTC-5");
  });

  it("needs no locale data: the same text when the engine knows no locale but en-US (Debian's Chromium has no kk-KZ)", async () => {
    vi.resetModules();
    const Real = Intl.DateTimeFormat;
    const asked: string[] = [];
    const Stub = function (locale?: string | string[], opts?: Intl.DateTimeFormatOptions) {
      asked.push(String(locale));
      if (locale !== "en-US") throw new RangeError(`no locale data for ${String(locale)}`);
      return new Real(locale, opts);
    } as unknown as typeof Intl.DateTimeFormat;
    vi.stubGlobal("Intl", { ...Intl, DateTimeFormat: Stub });
    try {
      const fresh = await import("./dates");
      expect(fresh.formatDateTime(at, "kk", "Asia/Almaty")).toBe("03.12.2026 21:08");
      expect(fresh.formatDateTime(at, "ru", "Europe/Moscow")).toBe("03.12.2026 19:08");
      expect(fresh.formatDate(at, "en", "UTC")).toBe("3 Dec 2026");
      expect(new Set(asked)).toEqual(new Set(["en-US"]));
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
