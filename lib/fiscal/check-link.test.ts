import { describe, expect, it } from "vitest";
import { checkLinks, parseCheckQuery } from "./check-link";

const base = {
  type: "sale" as const,
  createdAt: new Date("2026-03-01T09:05:07Z"),
  total: 123450n,
  fiscalSign: "0453488490",
  number: 1042,
  appBase: "https://kassa.example/",
};

describe("check links", () => {
  it("builds the FNS QR text in local time", () => {
    const l = checkLinks({
      ...base,
      country: "RU",
      timeZone: "Europe/Moscow",
      fiscalDriveNumber: "9999078900012345",
      registrationNumber: null,
      ofdBase: null,
    });
    expect(l.qr).toBe("t=20260301T1205&s=1234.50&fn=9999078900012345&i=1042&fp=0453488490&n=1");
    expect(l.checkUrl).toBe(`https://kassa.example/check?${l.qr}`);
    expect(parseCheckQuery(new URL(l.checkUrl).searchParams)).toEqual({
      country: "RU",
      localTime: "20260301T1205",
      total: 123450n,
      fiscalDriveNumber: "9999078900012345",
      number: 1042,
      fiscalSign: "0453488490",
      operation: 1,
    });
  });

  it("builds the Webkassa-style ticket URL for KZ", () => {
    const l = checkLinks({
      ...base,
      type: "sale_return",
      country: "KZ",
      timeZone: "Asia/Almaty",
      fiscalDriveNumber: null,
      registrationNumber: "010203040506",
      ofdBase: "https://consumer.oofd.kz",
    });
    expect(l.qr).toBe(
      "https://consumer.oofd.kz/consumer?i=0453488490&f=010203040506&s=1234.50&t=20260301T140507",
    );
    expect(l.checkUrl).toBe(
      "https://kassa.example/check?i=0453488490&f=010203040506&s=1234.50&t=20260301T140507",
    );
    expect(parseCheckQuery(new URL(l.qr).searchParams)).toMatchObject({
      country: "KZ",
      registrationNumber: "010203040506",
      total: 123450n,
    });
  });

  it("rejects other query shapes", () => {
    expect(parseCheckQuery(new URLSearchParams("s=abc"))).toBeNull();
    expect(parseCheckQuery(new URLSearchParams("i=1&s=1.00&t=bad"))).toBeNull();
  });
});
