// Issue 15.7 and 15.18: what «Отменить последнюю операцию» names before it asks, and the QR of a
// receipt signed offline.
import { describe, expect, it } from "vitest";
import { lastCancellable } from "@/components/pos/last-operation";
import { offlineReceiptQr } from "@/components/pos/offline-qr";
import { checkLinks, parseCheckQuery } from "@/lib/fiscal/check-link";
import type { DocRecord } from "@/lib/pos/model";

const doc = (kind: DocRecord["kind"], type: string, number: number | null, total = 0): DocRecord => ({
  clientDocId: `${kind}-${number}`,
  kind,
  type,
  createdAt: "2026-12-03T10:00:00.000Z",
  status: "sent",
  serverId: null,
  number,
  shiftNumber: 1,
  fiscalSign: "0000000001",
  total,
  deviceSeq: null,
  printLines: [],
  qr: null,
});

describe("lastCancellable", () => {
  it("is the newest receipt or cash operation of the shift, X reports aside", () => {
    const sale = doc("receipt", "sale", 5, 19_800);
    expect(lastCancellable([doc("shift_open", "shift_open", 4), sale, doc("x_report", "x_report", 6)])).toBe(
      sale,
    );
    const deposit = doc("cash_operation", "deposit", 7, 50_000);
    expect(lastCancellable([sale, deposit])).toBe(deposit);
  });
  it("is nothing after a cancel, a shift opening or a Z report", () => {
    const sale = doc("receipt", "sale", 5, 19_800);
    expect(lastCancellable([sale, doc("cancel", "sale_return", 6)])).toBeNull();
    expect(lastCancellable([sale, doc("z_report", "z_report", 6)])).toBeNull();
    expect(lastCancellable([sale, doc("shift_open", "shift_open", 7)])).toBeNull();
    expect(lastCancellable([])).toBeNull();
  });
});

describe("offlineReceiptQr", () => {
  const info = (country: "RU" | "KZ", ofd = "OWN") =>
    ({
      organization: { id: "o", name: "ООО", taxId: "1", country, timezone: "Europe/Moscow" },
      cashbox: {
        fiscalDriveNumber: "9999078900001234",
        registrationNumber: "010101010101",
        ofd: { code: ofd, name: "", site: "" },
      },
      lastNumber: 40,
    }) as unknown as Parameters<typeof offlineReceiptQr>[0]["info"];
  const base = {
    type: "sale",
    createdAt: "2026-12-03T10:15:30.000Z",
    fiscalSign: "0123456789",
    total: 19_800n,
    appBase: "http://localhost:3230",
  };

  it("RU: the ФНС QR with the autonomous sign and the number the upload will give", () => {
    const qr = offlineReceiptQr({
      ...base,
      info: info("RU"),
      history: [{ number: 41 }, { number: null }],
      queuedBefore: 2,
    })!;
    expect(qr).toBe(
      checkLinks({
        country: "RU",
        type: "sale",
        createdAt: new Date(base.createdAt),
        timeZone: "Europe/Moscow",
        total: 19_800n,
        fiscalSign: "0123456789",
        number: 44,
        fiscalDriveNumber: "9999078900001234",
        registrationNumber: "010101010101",
        appBase: base.appBase,
        ofdBase: null,
      }).qr,
    );
    expect(parseCheckQuery(new URLSearchParams(qr))).toMatchObject({
      country: "RU",
      fiscalSign: "0123456789",
    });
  });

  it("KZ: the OFD consumer link, exact without a number", () => {
    const qr = offlineReceiptQr({
      ...base,
      info: info("KZ", "KAZAKHTELECOM"),
      history: [],
      queuedBefore: 0,
    })!;
    expect(
      qr.startsWith("https://consumer.oofd.kz/consumer?i=0123456789&f=010101010101&s=198.00&t=20261203T1315"),
    ).toBe(true);
  });

  it("is nothing for documents other than receipts", () => {
    expect(
      offlineReceiptQr({ ...base, type: "deposit", info: info("RU"), history: [], queuedBefore: 0 }),
    ).toBeNull();
  });
});
