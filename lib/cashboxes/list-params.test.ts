import { describe, expect, it } from "vitest";
import { DEFAULT_LIST_PARAMS, hasFilters, listHref, parseListParams } from "./list-params";

describe("list params in the URL", () => {
  it("defaults for an empty URL", () => {
    expect(parseListParams({})).toEqual(DEFAULT_LIST_PARAMS);
    expect(listHref(DEFAULT_LIST_PARAMS)).toBe("/cashboxes");
    expect(hasFilters(DEFAULT_LIST_PARAMS)).toBe(false);
  });

  it("round-trips a full state", () => {
    const url =
      "/cashboxes?q=%D0%BA%D0%B0%D1%81%D1%81%D0%B0+1&status=EXPIRING%2CUNPAID&state=BLOCKED&tp=0b6f1c9e-8a61-4c59-9d0e-1f0f0a6c0d11&sort=paidUntil&dir=desc&page=3";
    const p = parseListParams(new URLSearchParams(url.split("?")[1]));
    expect(p).toEqual({
      q: "касса 1",
      status: ["UNPAID", "EXPIRING"],
      state: ["BLOCKED"],
      tp: "0b6f1c9e-8a61-4c59-9d0e-1f0f0a6c0d11",
      sort: "paidUntil",
      dir: "desc",
      page: 3,
    });
    expect(parseListParams(new URLSearchParams(listHref(p).split("?")[1]))).toEqual(p);
    expect(hasFilters(p)).toBe(true);
  });

  it("falls back to defaults on junk instead of failing", () => {
    expect(
      parseListParams({
        page: "-4",
        sort: "DROP TABLE",
        dir: "up",
        status: "NOPE,DRAFT",
        state: "ACTIVE,x",
        tp: "../etc",
        q: "  x  ",
      }),
    ).toEqual({ ...DEFAULT_LIST_PARAMS, status: ["DRAFT"], state: ["ACTIVE"], q: "x" });
    expect(parseListParams({ page: "1e9" }).page).toBe(1);
    expect(parseListParams({ page: "99999999999" }).page).toBe(1_000_000);
    expect(parseListParams({ q: "я".repeat(500) }).q).toHaveLength(100);
    expect(parseListParams({ page: ["2", "5"] }).page).toBe(2);
  });

  it("a filter change link drops the page, keeps the rest", () => {
    expect(listHref({ ...DEFAULT_LIST_PARAMS, sort: "status", q: "12", page: 1 })).toBe(
      "/cashboxes?q=12&sort=status",
    );
  });
});
