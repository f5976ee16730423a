import { describe, expect, it } from "vitest";
import { isValidKzBik, isValidKzIik, isValidRuAccount, isValidRuBik } from "./bank";

describe("RU bank requisites", () => {
  it("checks the БИК format", () => {
    expect(isValidRuBik("044525225")).toBe(true);
    expect(isValidRuBik("04452522")).toBe(false);
    expect(isValidRuBik("04452522X")).toBe(false);
  });

  it("checks the account's control key against the БИК", () => {
    expect(isValidRuAccount("40702810938000012345", "044525225")).toBe(true);
    expect(isValidRuAccount("40702810938000012346", "044525225")).toBe(false);
    expect(isValidRuAccount("40702810938000012345", "044525226")).toBe(false);
    expect(isValidRuAccount("4070281093800001234", "044525225")).toBe(false);
  });
});

describe("KZ bank requisites", () => {
  it("checks the SWIFT-style БИК", () => {
    expect(isValidKzBik("HSBKKZKX")).toBe(true);
    expect(isValidKzBik("KCJBKZKX")).toBe(true);
    expect(isValidKzBik("HSBKKZKXXXX")).toBe(true);
    expect(isValidKzBik("hsbkkzkx")).toBe(false);
    expect(isValidKzBik("044525225")).toBe(false);
  });

  it("checks the ИИК (IBAN) with mod 97", () => {
    expect(isValidKzIik("KZ86125KZT5004100100")).toBe(true);
    expect(isValidKzIik("KZ75125KZT2069100100")).toBe(true);
    expect(isValidKzIik("KZ87125KZT5004100100")).toBe(false);
    expect(isValidKzIik("RU86125KZT5004100100")).toBe(false);
    expect(isValidKzIik("KZ86125KZT500410010")).toBe(false);
  });
});
