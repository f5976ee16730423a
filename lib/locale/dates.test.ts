import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatLocalDay, timeZoneLabel, utcOffsetLabel } from "./dates";
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
