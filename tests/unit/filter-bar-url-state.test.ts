// The pure half of components/filter-bar: filters <-> search params.
import { describe, expect, it } from "vitest";
import {
  applyFilterChanges,
  filterHref,
  formFilters,
  namedOptions,
  optionsFor,
} from "@/components/filter-bar/url-state";

describe("applyFilterChanges", () => {
  it("sets a changed filter, keeps the others and drops the page number", () => {
    const next = applyFilterChanges("q=kassa&status=UNPAID&page=3", { status: "EXPIRING" });
    expect(next.toString()).toBe("q=kassa&status=EXPIRING");
  });

  it("removes a filter changed to empty, null or an empty list", () => {
    expect(applyFilterChanges("a=1&b=2&c=3", { a: "", b: null, c: [] }).toString()).toBe("");
    expect(applyFilterChanges("a=1", { a: "   " }).toString()).toBe("");
  });

  it("joins several values with commas and trims them", () => {
    expect(applyFilterChanges("", { status: ["UNPAID", "EXPIRING"], q: "  x " }).toString()).toBe(
      "status=UNPAID%2CEXPIRING&q=x",
    );
  });

  it("drops the page even when nothing else changes (a new filter is a new first page)", () => {
    expect(applyFilterChanges(new URLSearchParams("page=2&tp=a"), {}).toString()).toBe("tp=a");
  });

  it("puts the keys in the screen's order, unknown keys after them", () => {
    const next = applyFilterChanges(
      "period=7d&tp=t1&utm=x",
      { period: "custom", from: "2020-01-01", to: "2020-01-31" },
      ["period", "from", "to", "tp", "cb"],
    );
    expect(next.toString()).toBe("period=custom&from=2020-01-01&to=2020-01-31&tp=t1&utm=x");
  });

  it("does not change the search it was given", () => {
    const current = new URLSearchParams("a=1&page=2");
    applyFilterChanges(current, { a: "2" });
    expect(current.toString()).toBe("a=1&page=2");
  });
});

describe("formFilters", () => {
  it("takes the listed fields in their order, trimmed, and leaves empty ones out", () => {
    const data = new FormData();
    data.set("item", " эклер ");
    data.set("number", "");
    data.set("from", "2026-01-01");
    data.set("other", "ignored");
    expect(formFilters(data, ["number", "from", "to", "item"]).toString()).toBe(
      `from=2026-01-01&item=${encodeURIComponent("эклер")}`,
    );
  });
});

describe("filterHref", () => {
  it("is the bare path without filters", () => {
    expect(filterHref("/receipts", "")).toBe("/receipts");
    expect(filterHref("/receipts", new URLSearchParams())).toBe("/receipts");
  });
  it("appends the search", () => {
    expect(filterHref("/receipts", new URLSearchParams("pay=card"))).toBe("/receipts?pay=card");
  });
});

describe("optionsFor", () => {
  const known = [{ value: "a", label: "A" }];
  it("is the known options for a known or empty value", () => {
    expect(optionsFor(known, "a")).toBe(known);
    expect(optionsFor(known, "")).toBe(known);
  });
  it("keeps an unknown value from the URL visible, labelled", () => {
    expect(optionsFor(known, "zzz")).toEqual([...known, { value: "zzz", label: "—" }]);
    expect(optionsFor(known, "x,y", "X, Y")).toEqual([...known, { value: "x,y", label: "X, Y" }]);
  });
});

describe("namedOptions", () => {
  it("turns id/name rows into options", () => {
    expect(namedOptions([{ id: "1", name: "Точка" }])).toEqual([{ value: "1", label: "Точка" }]);
  });
});
