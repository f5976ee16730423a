import { describe, expect, it } from "vitest";
import { buildApplicationXml, type ApplicationData } from "./application";
import { effectiveRequisites, hasChanges, kindOfChanges } from "./requisites";

const registered = {
  organizationName: "ООО «Ромашка»",
  tradePoint: { name: "Магазин", address: "ул. Арбат, 5" },
  taxation: "OSN",
  ofd: "OWN",
};

describe("re-registration of requisites (pure parts)", () => {
  it("an address-only change is REREGISTRATION_ADDRESS, anything else REREGISTRATION_REQUISITES", () => {
    expect(kindOfChanges({ tradePoint: { id: "a", name: "Склад", address: "ул. Новая, 1" } })).toBe(
      "REREGISTRATION_ADDRESS",
    );
    expect(kindOfChanges({ tradePointAddress: { id: "a", address: "ул. Новая, 1", group: "g" } })).toBe(
      "REREGISTRATION_ADDRESS",
    );
    expect(
      kindOfChanges({ tradePoint: { id: "a", name: "Склад", address: "ул. Новая, 1" }, taxation: "PATENT" }),
    ).toBe("REREGISTRATION_REQUISITES");
    expect(kindOfChanges({ organizationName: { value: "ООО «Лютик»", group: "g" } })).toBe(
      "REREGISTRATION_REQUISITES",
    );
    expect(hasChanges({})).toBe(false);
  });

  it("the application declares the new values over the registered ones", () => {
    const eff = effectiveRequisites(registered, {
      organizationName: { value: "ООО «Лютик»", group: "g" },
      tradePointAddress: { id: "tp", address: "ул. Садовая, 10", group: "h" },
      taxation: "",
    });
    expect(eff).toEqual({
      organizationName: "ООО «Лютик»",
      tradePoint: { name: "Магазин", address: "ул. Садовая, 10" },
      taxation: "",
      ofd: "OWN",
    });
    expect(effectiveRequisites(registered, {})).toEqual(registered);
  });

  it("the taxation element appears only when the application changes it", () => {
    const base: ApplicationData = {
      kind: "REREGISTRATION_REQUISITES",
      country: "RU",
      organization: {
        name: "ООО «Ромашка»",
        legalForm: "ООО",
        taxId: "7707083893",
        kpp: null,
        address: "г. Москва",
      },
      cashbox: { model: "АТОЛ 30Ф", serialNumber: "SN1", registrationNumber: "0000000001012345" },
      fiscalDrive: null,
      tradePoint: registered.tradePoint,
      ofd: { name: "ООО «Касса ОФД»", taxId: "7704358518" },
      report: null,
      reason: null,
    };
    expect(buildApplicationXml(base)).not.toContain("<Taxation>");
    const xml = buildApplicationXml({ ...base, taxation: "PATENT" });
    expect(xml).toContain('kind="REREGISTRATION_REQUISITES" kindCode="5"');
    expect(xml).toContain("  <Taxation>PATENT</Taxation>\n");
  });
});
