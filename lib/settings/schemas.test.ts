import { describe, expect, it } from "vitest";
import { formatMajorAmount, parseMajorAmount, taxIdMessage } from "./schemas";

describe("amounts typed in major units", () => {
  it("parses to minor units, blank to no limit, anything else to undefined", () => {
    expect(parseMajorAmount("50000")).toBe(5_000_000n);
    expect(parseMajorAmount("1500,50")).toBe(150_050n);
    expect(parseMajorAmount("1 500.5")).toBe(150_050n);
    expect(parseMajorAmount("0")).toBe(0n);
    expect(parseMajorAmount("  ")).toBeNull();
    expect(parseMajorAmount("-1")).toBeUndefined();
    expect(parseMajorAmount("1,234")).toBeUndefined();
    expect(parseMajorAmount("1e5")).toBeUndefined();
  });

  it("formats minor units back for the input field", () => {
    expect(formatMajorAmount(5_000_000n)).toBe("50000");
    expect(formatMajorAmount(150_050n)).toBe("1500,50");
    expect(formatMajorAmount(5n)).toBe("0,05");
    expect(formatMajorAmount(null)).toBe("");
  });
});

describe("tax id messages", () => {
  it("names the problem per country and legal form", () => {
    expect(taxIdMessage("RU", "ООО", "7707083893")).toBeNull();
    expect(taxIdMessage("RU", "ООО", "123")).toBe("v.taxIdLengthRU10");
    expect(taxIdMessage("RU", "ИП", "7707083893")).toBe("v.taxIdLengthRU12");
    expect(taxIdMessage("RU", "АО", "7707083894")).toBe("v.taxIdChecksumRU");
    expect(taxIdMessage("KZ", "ТОО", "000740001307")).toBeNull();
    expect(taxIdMessage("KZ", "ТОО", "000740001308")).toBe("v.taxIdChecksumKZ");
    expect(taxIdMessage("KZ", "ИП", "1234")).toBe("v.taxIdLengthKZ");
    expect(taxIdMessage("KZ", "ИП", "12345678901a")).toBe("v.taxIdFormat");
  });
});
