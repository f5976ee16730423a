import { describe, expect, it } from "vitest";
import { assertCan, can } from "./context";
import { PERMISSIONS, ROLES, permissionsOf, rolePermissions } from "./permissions";

describe("permissions", () => {
  it("every role lists only known permissions", () => {
    for (const role of ROLES) for (const p of rolePermissions[role]) expect(PERMISSIONS).toContain(p);
  });
  it("ADMIN is OWNER without owner management", () => {
    const owner = permissionsOf("OWNER");
    const admin = permissionsOf("ADMIN");
    expect(owner.has("user.manageOwners")).toBe(true);
    expect(admin.has("user.manageOwners")).toBe(false);
    expect([...owner].filter((p) => !admin.has(p))).toEqual(["user.manageOwners"]);
  });
  it("ACCOUNTANT changes nothing and CASHIER sees no cabinet data", () => {
    const acc = permissionsOf("ACCOUNTANT");
    for (const p of acc) expect(p).toMatch(/\.read$/);
    expect(permissionsOf("CASHIER").size).toBe(0);
  });
  it("assertCan throws FORBIDDEN", () => {
    const ctx = { permissions: permissionsOf("ACCOUNTANT") };
    expect(can(ctx, "cashbox.read")).toBe(true);
    expect(() => assertCan(ctx, "cashbox.block")).toThrow(/FORBIDDEN/);
  });
});
