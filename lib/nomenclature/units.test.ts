import { describe, expect, it } from "vitest";
import { parseUnit, unitCode } from "./units";
import { parseItemType } from "./limits";

describe("units of measure", () => {
  it("maps units to ФФД 1.2 tag 2108 (RU) and ОКЕИ (KZ) codes", () => {
    expect(unitCode("KILOGRAM", "RU")).toBe("11");
    expect(unitCode("LITER", "RU")).toBe("41");
    expect(unitCode("PIECE", "RU")).toBe("0");
    expect(unitCode("KILOGRAM", "KZ")).toBe("166");
    expect(unitCode("PIECE", "KZ")).toBe("796");
    expect(unitCode("SERVICE", "KZ")).toBe("5114");
  });

  it("reads units written in many ways", () => {
    expect(parseUnit("Кг.")).toBe("KILOGRAM");
    expect(parseUnit("kg")).toBe("KILOGRAM");
    expect(parseUnit("кв. м")).toBe("SQUARE_METER");
    expect(parseUnit("м²")).toBe("SQUARE_METER");
    expect(parseUnit("дана")).toBe("PIECE");
    expect(parseUnit("796")).toBe("PIECE");
    expect(parseUnit("Услуга")).toBe("SERVICE");
    expect(parseUnit("уп.")).toBe("PACKAGE");
    expect(parseUnit("ящик")).toBeNull();
  });

  it("reads item types", () => {
    expect(parseItemType("Товар")).toBe("GOOD");
    expect(parseItemType("service")).toBe("SERVICE");
    expect(parseItemType("Қызмет")).toBe("SERVICE");
    expect(parseItemType("набор")).toBeNull();
  });
});
