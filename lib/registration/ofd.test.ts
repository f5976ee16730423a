import { describe, expect, it } from "vitest";
import {
  isThirdPartyOfd,
  mismatchText,
  reportMismatches,
  ZActivateOfdInput,
  ZInkOfd,
  ZOfdPaidUntil,
  ZRnm,
} from "./ofd";

const expected = { registrationNumber: "010102360128", inkOfd: "316528", serialNumber: "WK-0001" };

describe("formats of what the ОФД assigns", () => {
  it("РНМ: exactly 12 digits, spaces and dashes dropped", () => {
    expect(ZRnm.parse("0101 0236-0128")).toBe("010102360128");
    for (const bad of ["", "12345", "0101023601281", "01010236012A"])
      expect(ZRnm.safeParse(bad).error?.issues[0].message).toBe("registration.ofd.v.rnm");
  });

  it("ИНК ОФД: 4 to 12 digits", () => {
    expect(ZInkOfd.parse(" 316 528 ")).toBe("316528");
    expect(ZInkOfd.parse("1234")).toBe("1234");
    for (const bad of ["123", "1234567890123", "31a528"])
      expect(ZInkOfd.safeParse(bad).error?.issues[0].message).toBe("registration.ofd.v.ink");
  });

  it("«Оплачено в ОФД до»: a real calendar date", () => {
    expect(ZOfdPaidUntil.parse("2027-02-28")).toBe("2027-02-28");
    expect(ZOfdPaidUntil.safeParse("").error?.issues[0].message).toBe("registration.ofd.v.paidUntilRequired");
    for (const bad of ["2027-02-29", "28.02.2027", "1999-01-01", "2101-01-01"])
      expect(ZOfdPaidUntil.safeParse(bad).error?.issues[0].message).toBe("registration.ofd.v.paidUntil");
  });

  it("the activation input names each bad field", () => {
    const r = ZActivateOfdInput.safeParse({
      cashboxId: "x",
      registrationNumber: "1",
      inkOfd: "1",
      paidUntil: "",
    });
    expect(r.error?.issues.map((i) => i.path[0])).toEqual(
      expect.arrayContaining(["cashboxId", "registrationNumber", "inkOfd", "paidUntil"]),
    );
  });

  it("only Транстелеком and Казахтелеком are third-party", () => {
    expect(isThirdPartyOfd("TRANSTELECOM")).toBe(true);
    expect(isThirdPartyOfd("KAZAKHTELECOM")).toBe(true);
    expect(isThirdPartyOfd("OWN")).toBe(false);
    expect(isThirdPartyOfd(null)).toBe(false);
  });
});

describe("matching a registration report", () => {
  it("matches on equal digits; the serial only when the report carries one", () => {
    expect(reportMismatches(expected, { registrationNumber: "0101 0236 0128", inkOfd: "316528" })).toEqual(
      [],
    );
    expect(
      reportMismatches(expected, {
        registrationNumber: "010102360128",
        inkOfd: "316528",
        serialNumber: "wk-0001",
      }),
    ).toEqual([]);
  });

  it("names every difference, a missing number included", () => {
    const m = reportMismatches(expected, { registrationNumber: "010102360129", serialNumber: "WK-0002" });
    expect(m).toEqual([
      { field: "registrationNumber", expected: "010102360128", actual: "010102360129" },
      { field: "inkOfd", expected: "316528", actual: null },
      { field: "serialNumber", expected: "WK-0001", actual: "WK-0002" },
    ]);
    expect(mismatchText(m)).toBe(
      "РНМ (в кабинете 010102360128, в отчёте 010102360129); ИНК ОФД (в кабинете 316528, в отчёте не указан); заводской номер (в кабинете WK-0001, в отчёте WK-0002)",
    );
  });
});
