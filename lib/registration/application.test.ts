import { describe, expect, it } from "vitest";
import { buildApplicationXml, type ApplicationData } from "./application";

const base: ApplicationData = {
  kind: "REGISTRATION",
  country: "RU",
  organization: {
    name: "ООО «Ромашка» & Co <1>",
    legalForm: "ООО",
    taxId: "7707083893",
    kpp: "770701001",
    address: "Москва",
  },
  cashbox: { model: "АТОЛ 30Ф", serialNumber: "SN1", registrationNumber: null },
  fiscalDrive: { number: "9999078900000001", model: "ФН-1.2", validityMonths: 15 },
  tradePoint: { name: "Точка", address: "ул. Ленина, 1" },
  ofd: { name: "ООО «Касса ОФД»", taxId: "7704358518" },
  report: { number: 1, fiscalSign: "1234567890", createdAt: "2026-11-23T10:00:00.000Z" },
  reason: null,
};

describe("buildApplicationXml", () => {
  it("is deterministic, escaped, and omits what does not apply", () => {
    const a = buildApplicationXml(base);
    expect(buildApplicationXml({ ...base })).toBe(a);
    expect(a).toContain("<Name>ООО «Ромашка» &amp; Co &lt;1&gt;</Name>");
    expect(a).toContain('kind="REGISTRATION"');
    expect(a).not.toContain("<RegistrationNumber>");
    expect(a).not.toContain("<Reason>");
    expect(a.endsWith("</Application>\n")).toBe(true);
  });
  it("KZ: БИН, КГД, no fiscal drive and no KPP", () => {
    const k = buildApplicationXml({
      ...base,
      country: "KZ",
      fiscalDrive: null,
      organization: { ...base.organization, taxId: "000740001307" },
    });
    expect(k).toContain("<BIN>000740001307</BIN>");
    expect(k).toContain('authority="КГД"');
    expect(k).not.toContain("<FiscalDrive>");
    expect(k).not.toContain("<KPP>");
  });
  it("any change of requisites changes the bytes", () => {
    expect(buildApplicationXml({ ...base, kind: "DEREGISTRATION", reason: "Продажа" })).not.toBe(
      buildApplicationXml(base),
    );
  });
});
