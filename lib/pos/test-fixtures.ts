// Fixtures of the web cashier's unit tests (state, offline queue, sync): a cashbox as GET /cashbox
// answers, a cashier, a key, and queue entries on a chain.
import type { CashboxInfo, QueueEntry, Session } from "./model";
import { WEB_GENESIS_HASH } from "./web-seal";

export const TEST_KEY = Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256)).toString(
  "base64url",
);

export const testInfo = (over: Partial<CashboxInfo> = {}): CashboxInfo => ({
  cashbox: {
    id: "0f4a8c2e-5a5b-4c1e-9d0e-1b2c3d4e5f60",
    name: "Касса 1",
    model: "Касса 2.0",
    serialNumber: "SN-1",
    registrationNumber: "0000000001",
    inkOfd: null,
    fiscalDriveNumber: "9999078900000001",
    registrationStatus: "registered",
    state: "active",
    stateReason: null,
    paidUntil: null,
    taxation: "osn",
    receiptFooter: "",
    address: "Москва, ул. Тверская, 1",
    tradePoint: "Магазин",
    ofd: { code: "test", name: "ОФД", site: "ofd.example" },
  },
  organization: {
    id: "org",
    name: "ООО Ромашка",
    taxId: "7700000000",
    country: "RU",
    timezone: "Europe/Moscow",
  },
  shift: {
    number: 3,
    openedAt: "2026-03-01T09:00:00+03:00",
    openedBy: "Анна",
    openingCash: 0,
    documentCount: 0,
  },
  cashInDrawer: 10_000,
  lastNumber: 10,
  lastDeviceSeq: 0,
  lastHash: WEB_GENESIS_HASH,
  offlineSince: null,
  pending: { count: 0, oldestCreatedAt: null },
  vatRates: [
    { code: "VAT22", label: "НДС 22%", rate: 2200 },
    { code: "NO_VAT", label: "Без НДС", rate: null },
  ],
  serverTime: "2026-03-01T12:00:00+03:00",
  ...over,
});

export const testCashier: Session["cashier"] = {
  id: "7d1e0190-c5b2-4a4b-9c3f-2f6a1b0c9d8e",
  name: "Анна",
  operationLimit: null,
};

/** An entry with a made-up sign and hash (the queue does not check signatures). */
export const testEntry = (
  deviceSeq: number,
  prevHash: string,
  createdAt = "2026-03-01T12:00:00+03:00",
): QueueEntry => ({
  kind: "cash_operation",
  clientDocId: `doc-${deviceSeq}`,
  deviceSeq,
  prevHash,
  createdAt,
  offline: true,
  autonomousSign: `000000000${deviceSeq}`,
  cashierId: testCashier.id,
  payload: { type: "deposit", amount: 100 },
  hash: `hash-${deviceSeq}`,
});
