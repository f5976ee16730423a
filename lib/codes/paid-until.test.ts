import { describe, expect, it } from "vitest";
import { addMonths, extendPaidUntil } from "./paid-until";

describe("paidUntil extension", () => {
  it("adds calendar months, clamping to the month's end", () => {
    expect(addMonths("2026-01-15", 1)).toBe("2026-02-15");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2026-05-10", 36)).toBe("2029-05-10");
  });
  it("extends from paidUntil while it is in the future, from today otherwise", () => {
    expect(extendPaidUntil("2026-12-20", "2026-11-23", 12)).toBe("2027-12-20");
    expect(extendPaidUntil("2026-11-23", "2026-11-23", 1)).toBe("2026-12-23");
    expect(extendPaidUntil("2026-10-01", "2026-11-23", 1)).toBe("2026-12-23");
    expect(extendPaidUntil(null, "2026-11-23", 6)).toBe("2027-05-23");
  });
});
