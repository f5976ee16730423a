import { describe, expect, it } from "vitest";
import { crc16ccitt, decide, makeRegistrationNumber, type SimulatorInput } from "./simulator";

const now = new Date("2026-11-23T12:00:00Z");
const base: SimulatorInput = {
  country: "RU",
  kind: "REGISTRATION",
  organizationTaxId: "7707083893",
  certificateTaxIds: ["7707083893"],
  serialNumber: "00106304812345",
  serialTakenByOther: false,
  fiscalDrive: {
    number: "9999078900001234",
    installedAt: new Date("2026-01-01T00:00:00Z"),
    validityMonths: 15,
  },
  reportTaxId: "7707083893",
  currentRegistrationNumber: null,
  now,
};

describe("simulator rules", () => {
  it("accepts with a 16-digit number whose last 6 digits are the CRC", () => {
    const d = decide(base);
    expect(d.result).toBe("ACCEPTED");
    if (d.result !== "ACCEPTED") return;
    expect(d.registrationNumber).toMatch(/^\d{16}$/);
    const n = d.registrationNumber!;
    expect(Number(n.slice(10))).toBe(
      crc16ccitt(n.slice(0, 10) + "007707083893" + base.serialNumber.padStart(20, "0")),
    );
  });
  it("CRC-16/CCITT-FALSE check value", () => {
    expect(crc16ccitt("123456789")).toBe(0x29b1);
  });
  it("refuses by each rule in order", () => {
    expect(decide({ ...base, certificateTaxIds: ["7728168971"] })).toMatchObject({
      result: "REFUSED",
      rule: "CERT_TAX_ID",
    });
    expect(decide({ ...base, serialTakenByOther: true })).toMatchObject({
      result: "REFUSED",
      rule: "SERIAL_TAKEN",
    });
    expect(decide({ ...base, fiscalDrive: null })).toMatchObject({ result: "REFUSED", rule: "FN_UNKNOWN" });
    expect(
      decide({ ...base, fiscalDrive: { ...base.fiscalDrive!, number: "1234500000000001" } }),
    ).toMatchObject({ rule: "FN_UNKNOWN" });
    expect(
      decide({
        ...base,
        fiscalDrive: {
          ...base.fiscalDrive!,
          installedAt: new Date("2025-01-01T00:00:00Z"),
          validityMonths: 13,
        },
      }),
    ).toMatchObject({
      rule: "FN_EXPIRED",
    });
    expect(decide({ ...base, reportTaxId: "7728168971" })).toMatchObject({ rule: "REPORT_TAX_ID" });
  });
  it("KZ has no ФН rules and gets a 12-digit РНМ; re-registration keeps the number", () => {
    const kz = decide({
      ...base,
      country: "KZ",
      organizationTaxId: "000740001307",
      certificateTaxIds: ["000740001307"],
      reportTaxId: null,
      fiscalDrive: null,
    });
    expect(kz).toMatchObject({ result: "ACCEPTED" });
    if (kz.result === "ACCEPTED") expect(kz.registrationNumber).toMatch(/^\d{12}$/);
    expect(
      decide({ ...base, kind: "REREGISTRATION_FN", currentRegistrationNumber: "0000123456789012" }),
    ).toEqual({
      result: "ACCEPTED",
      registrationNumber: "0000123456789012",
    });
    expect(
      decide({ ...base, kind: "DEREGISTRATION", serialTakenByOther: true, fiscalDrive: null }),
    ).toMatchObject({ result: "ACCEPTED" });
    expect(makeRegistrationNumber("RU", "7707083893", "X", 1)).toMatch(/^0000000001\d{6}$/);
  });
});
