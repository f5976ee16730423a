import { describe, expect, it } from "vitest";
import { sectionAfterSwitch } from "@/components/app-shell/section-after-switch";

describe("sectionAfterSwitch", () => {
  it("stays in the same section", () => {
    expect(sectionAfterSwitch("/nomenclature", "OWNER")).toBe("/nomenclature");
    expect(sectionAfterSwitch("/reports", "ACCOUNTANT")).toBe("/reports");
    expect(sectionAfterSwitch("/settings/users", "ADMIN")).toBe("/settings/users");
    expect(sectionAfterSwitch("/cashboxes/new", "OWNER")).toBe("/cashboxes/new");
    expect(sectionAfterSwitch("/profile", "CASHIER")).toBe("/profile");
  });
  it("drops the old organization's record and the query", () => {
    expect(sectionAfterSwitch("/cashboxes/7f9c2f1e-4a4b-4c7e-9a0e-2b1d3c4e5f60/registration", "OWNER")).toBe(
      "/cashboxes",
    );
    expect(sectionAfterSwitch("/nomenclature/import/7f9c2f1e-4a4b-4c7e-9a0e-2b1d3c4e5f60", "OWNER")).toBe(
      "/nomenclature/import",
    );
    expect(sectionAfterSwitch("/market/orders/7f9c2f1e-4a4b-4c7e-9a0e-2b1d3c4e5f60", "OWNER")).toBe(
      "/market/orders",
    );
    expect(sectionAfterSwitch("/receipts?cashboxId=1", "OWNER")).toBe("/receipts");
  });
  it("goes to the role's start when the new role may not see the section", () => {
    expect(sectionAfterSwitch("/journal", "ACCOUNTANT")).toBe("/");
    expect(sectionAfterSwitch("/nomenclature", "CASHIER")).toBe("/");
    expect(sectionAfterSwitch("/", "OWNER")).toBe("/");
    expect(sectionAfterSwitch("/unknown", "OWNER")).toBe("/");
  });
});
