import { describe, expect, it } from "vitest";
import { printForm, type PrintRequisites } from "./print";

const req = (country: "RU" | "KZ"): PrintRequisites => ({
  country,
  timeZone: country === "RU" ? "Europe/Moscow" : "Asia/Almaty",
  organizationName: "ООО «Ромашка»",
  taxId: "7707083893",
  address: "г. Москва, ул. Тверская, д. 7",
  cashboxSerial: "SN0001",
  registrationNumber: "0000123456789012",
  fiscalDriveNumber: "9999078900012345",
  inkOfd: "INK1",
  ofdName: "Касса Кабинет",
  ofdSite: "kassa.example",
  footer: "Спасибо за покупку!",
});

describe("printForm", () => {
  const doc = {
    type: "sale" as const,
    number: 12,
    shiftNumber: 3,
    numberInShift: 5,
    createdAt: new Date("2026-03-01T09:05:00Z"),
    cashierName: "Анна Кузнецова",
    fiscalSign: "0453488490",
    offline: true,
    lines: [
      {
        name: "Сыр",
        quantityText: "0.350",
        unitLabel: "кг",
        price: 99900n,
        discount: 0n,
        total: 34965n,
        vatLabel: "НДС 10%",
      },
    ],
    total: 34965n,
    cash: 30000n,
    card: 4965n,
    change: 35n,
    vat: [{ label: "НДС 10%", amount: 3179n }],
    qr: "t=20260301T1205&s=349.65&fn=9999078900012345&i=12&fp=0453488490&n=1",
  };

  it("prints an RU receipt with its requisites, QR and the duplicate mark", () => {
    const lines = printForm(req("RU"), doc, { duplicate: true });
    const texts = lines.map((l) => l.text);
    expect(texts[0]).toBe("ДУБЛИКАТ");
    expect(texts).toContain("КАССОВЫЙ ЧЕК");
    expect(texts).toContain("ПРИХОД");
    expect(texts).toContain("АВТОНОМНЫЙ РЕЖИМ");
    expect(texts).toContain("   0.350 кг x 999.00 = 349.65");
    expect(texts).toContain("ИТОГ: 349.65");
    expect(texts).toContain("Наличными: 300.35");
    expect(texts).toContain("Сдача: 0.35");
    expect(texts).toContain("ФП: 0453488490");
    expect(texts).toContain("Дата: 01.03.2026 12:05");
    expect(lines.find((l) => l.kind === "qr")?.text).toBe(doc.qr);
  });

  it("prints a KZ fiscal check with ЗНМ/РНМ/ИНК ОФД", () => {
    const texts = printForm(req("KZ"), { ...doc, offline: false }).map((l) => l.text);
    expect(texts).toContain("ФИСКАЛЬНЫЙ ЧЕК");
    expect(texts).toContain("ПРОДАЖА");
    expect(texts).toContain("ЗНМ: SN0001");
    expect(texts).toContain("ИНК ОФД: INK1");
    expect(texts).not.toContain("ДУБЛИКАТ");
  });
});
