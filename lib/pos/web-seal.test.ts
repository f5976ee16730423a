// The browser's offline signing (WebCrypto) must equal the server's (node:crypto) byte for byte:
// same canonical content, same autonomous fiscal sign, same chain hash.
import { describe, expect, it } from "vitest";
import { sealOfflineEntry, type OfflineEntry } from "@/lib/device/offline-sign";
import { canonicalJson } from "@/lib/fiscal/canonical";
import { offlineEntryContent } from "@/lib/fiscal/offline-content";
import { fiscalSignOf, GENESIS_HASH, hashOf, sealContent } from "@/lib/fiscal/sign";
import { keyFromText, WEB_GENESIS_HASH, webFiscalSign, webHash, webSealOfflineEntry } from "./web-seal";

const keyBuf = Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256));
const keyText = keyBuf.toString("base64url");
const ctx = {
  cashboxId: "0f4a8c2e-5a5b-4c1e-9d0e-1b2c3d4e5f60",
  country: "RU" as const,
  timeZone: "Europe/Moscow",
  cashierId: "7d1e0190-c5b2-4a4b-9c3f-2f6a1b0c9d8e",
};
const prev = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq8M=";

const entries: OfflineEntry[] = [
  {
    kind: "receipt",
    deviceSeq: 1,
    prevHash: GENESIS_HASH,
    createdAt: "2026-03-01T12:05:00+03:00",
    payload: {
      type: "sale",
      items: [
        { name: "Кофе латте", unit: { code: "0" }, price: 25000, quantity: "2.000", vatRate: "VAT22" },
        {
          name: "Сыр «Российский» весовой",
          nomenclatureId: "2b3c4d5e-6f70-4182-9a3b-4c5d6e7f8091",
          unit: { code: "11" },
          price: 89990,
          quantity: "0.735",
          vatRate: "VAT10",
          discount: 1500,
        },
      ],
      payments: [
        { type: "card", amount: 30000 },
        { type: "cash", amount: 100000 },
      ],
    },
  },
  {
    kind: "receipt",
    deviceSeq: 2,
    prevHash: prev,
    createdAt: "2026-03-01T23:59:59.123Z",
    payload: {
      type: "sale_return",
      items: [
        { name: "Молоко 1 л", unit: { code: "41" }, price: 9900, quantity: "1.500", vatRate: "NO_VAT" },
      ],
      payments: [{ type: "cash", amount: 14850 }],
      customer: { email: "buyer@example.com" },
      returnBasis: { receiptId: "3c4d5e6f-7081-4293-8a4b-5c6d7e8f9012" },
    },
  },
  {
    kind: "receipt",
    deviceSeq: 3,
    prevHash: prev,
    createdAt: "2026-03-02T08:00:00+03:00",
    payload: {
      type: "purchase",
      items: [{ name: "Лом меди", unit: { code: "11" }, price: 70000, quantity: "12.345", vatRate: "VAT0" }],
      payments: [{ type: "cash", amount: 864150 }],
    },
  },
  {
    kind: "cash_operation",
    deviceSeq: 4,
    prevHash: prev,
    createdAt: "2026-03-02T09:00:00+03:00",
    payload: { type: "deposit", amount: 500000 },
  },
  {
    kind: "cash_operation",
    deviceSeq: 5,
    prevHash: prev,
    createdAt: "2026-03-02T09:01:00+03:00",
    payload: { type: "withdrawal", amount: 1 },
  },
  { kind: "shift_open", deviceSeq: 6, prevHash: prev, createdAt: "2026-03-02T09:02:00+03:00" },
  { kind: "x_report", deviceSeq: 7, prevHash: prev, createdAt: "2026-03-02T09:03:00+03:00" },
  { kind: "z_report", deviceSeq: 8, prevHash: prev, createdAt: "2026-03-02T21:00:00+03:00" },
];

describe("web cashier offline signing equals the server's", () => {
  it("has WebCrypto in the test environment", () => {
    expect(globalThis.crypto?.subtle).toBeDefined();
  });

  it("reads the key as the cabinet shows it and has the same genesis hash", () => {
    expect(Buffer.from(keyFromText(keyText))).toEqual(keyBuf);
    expect(WEB_GENESIS_HASH).toBe(GENESIS_HASH);
  });

  it.each(entries.map((e) => [`${e.kind} #${e.deviceSeq}`, e] as const))("%s", async (_name, entry) => {
    const server = sealOfflineEntry({ key: keyBuf, ...ctx, entry });
    const web = await webSealOfflineEntry(keyFromText(keyText), ctx, entry);
    expect(web.autonomousSign).toBe(server.autonomousSign);
    expect(web.hash).toBe(server.hash);
    expect(web.autonomousSign).toMatch(/^\d{10}$/);
  });

  it("KZ receipts too", async () => {
    const kz = { ...ctx, country: "KZ" as const, timeZone: "Asia/Almaty" };
    const entry: OfflineEntry = {
      kind: "receipt",
      deviceSeq: 9,
      prevHash: prev,
      createdAt: "2026-05-01T10:00:00+05:00",
      payload: {
        type: "sale",
        items: [{ name: "Нан", unit: { code: "166" }, price: 45000, quantity: "0.250", vatRate: "VAT16" }],
        payments: [{ type: "cash", amount: 11250 }],
        cashTendered: 20000,
      },
    };
    const server = sealOfflineEntry({ key: keyBuf, ...kz, entry });
    const web = await webSealOfflineEntry(keyFromText(keyText), kz, entry);
    expect(web).toMatchObject(server);
  });

  it("raw sign and hash agree on arbitrary canonical texts", async () => {
    for (const value of [{}, { a: "ё" }, { z: [1, 2, { y: null }], "😀": true }, "plain"]) {
      const text = canonicalJson(value);
      expect(await webFiscalSign(keyFromText(keyText), text)).toBe(fiscalSignOf(keyBuf, text));
      expect(await webHash(text)).toBe(hashOf(text));
      const { content } = offlineEntryContent(ctx, entries[3]);
      expect(await webHash(canonicalJson(content))).toBe(sealContent(keyBuf, content).hash);
    }
  });
});
