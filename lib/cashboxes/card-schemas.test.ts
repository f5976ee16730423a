import { describe, expect, it } from "vitest";
import { ZCreateCashboxInput, ZReplaceFiscalDriveInput, ZUpdateCashboxSettingsInput } from "./card-schemas";
import { OTHER_MODEL } from "./catalog";
import { normalizeModel, normalizeSerial } from "./serial";

const TP = "6f1c2f9e-1d2b-4f5e-8a9b-0c1d2e3f4a5b";
const ru = {
  country: "RU",
  name: "Касса 1",
  tradePointId: TP,
  model: "АТОЛ 30Ф",
  serialNumber: " 0012 3456 ",
  fnNumber: "9999 0789 0000 0001",
  fnModel: "ФН-1.2",
  fnValidity: "15",
};

function errors(input: unknown) {
  const r = ZCreateCashboxInput.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe("ZCreateCashboxInput", () => {
  it("normalizes a RU cashbox with its fiscal drive", () => {
    expect(ZCreateCashboxInput.parse(ru)).toEqual({
      country: "RU",
      name: "Касса 1",
      tradePointId: TP,
      model: "АТОЛ 30Ф",
      serialNumber: "00123456",
      fiscalDrive: { number: "9999078900000001", model: "ФН-1.2", validityMonths: 15 },
      ofd: "OWN",
    });
  });

  it("gives each bad field its own message", () => {
    expect(
      errors({
        ...ru,
        name: " ",
        tradePointId: "x",
        model: "",
        serialNumber: "ab",
        fnNumber: "123",
        fnModel: "ФН-9",
        fnValidity: "12",
      }),
    ).toEqual({
      name: "v.required",
      tradePointId: "cashbox.v.tradePoint",
      model: "cashbox.v.model",
      serialNumber: "cashbox.v.serial",
      fnNumber: "cashbox.v.fnNumber",
      fnModel: "cashbox.v.fnModel",
      fnValidity: "cashbox.v.fnValidity",
    });
  });

  it("takes a typed-in model and needs it", () => {
    expect(errors({ ...ru, model: OTHER_MODEL, modelOther: "" })).toEqual({
      modelOther: "cashbox.v.modelOther",
    });
    expect(
      ZCreateCashboxInput.parse({ ...ru, model: OTHER_MODEL, modelOther: "  Пионер  114Ф " }).model,
    ).toBe("Пионер 114Ф");
  });

  it("a KZ cashbox has no fiscal drive and chooses its OFD", () => {
    const kz = {
      country: "KZ",
      name: "ККМ",
      tradePointId: TP,
      model: "Webkassa Cloud",
      serialNumber: "SWK00033717",
      ofd: "TRANSTELECOM",
    };
    expect(ZCreateCashboxInput.parse(kz)).toMatchObject({ fiscalDrive: null, ofd: "TRANSTELECOM" });
    expect(errors({ ...kz, ofd: "OTHER" })).toEqual({ ofd: "cashbox.v.ofd" });
  });
});

describe("other inputs", () => {
  it("auto-close time is HH:MM or empty", () => {
    const base = { cashboxId: TP, name: "К", tradePointId: TP, receiptFooter: "", taxation: "" };
    expect(ZUpdateCashboxSettingsInput.safeParse({ ...base, autoCloseTime: "23:59" }).success).toBe(true);
    expect(ZUpdateCashboxSettingsInput.safeParse({ ...base, autoCloseTime: "" }).success).toBe(true);
    const bad = ZUpdateCashboxSettingsInput.safeParse({ ...base, autoCloseTime: "24:00" });
    expect(bad.success ? null : bad.error.issues[0].message).toBe("v.time");
  });

  it("a replacement drive has 16 digits", () => {
    const r = ZReplaceFiscalDriveInput.safeParse({
      cashboxId: TP,
      number: "12345",
      model: "ФН-1.2",
      validityMonths: "36",
    });
    expect(r.success ? null : r.error.issues.map((i) => i.message)).toEqual(["cashbox.v.fnNumber"]);
  });

  it("serial and model comparison ignores case and spacing", () => {
    expect(normalizeSerial(" ab 12-3 ")).toBe("AB12-3");
    expect(normalizeModel("  АТОЛ   30Ф ")).toBe("атол 30ф");
  });
});
