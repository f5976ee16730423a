// components/data-table/url-state.ts: the sort and the page of a data table as they live in the URL.
import { describe, expect, it } from "vitest";
import {
  ariaSort,
  pageHref,
  readPage,
  readSort,
  toggleSort,
  writeSort,
} from "@/components/data-table/url-state";

const SORTABLE = ["name", "price", "status"] as const;

describe("data table URL state", () => {
  it("reads both spellings of a sort; an unknown column falls back", () => {
    expect(readSort("sort=price&dir=desc", "dir", SORTABLE)).toEqual({ id: "price", desc: true });
    expect(readSort("sort=price", "dir", SORTABLE)).toEqual({ id: "price", desc: false });
    expect(readSort("sort=-price", "signed", SORTABLE)).toEqual({ id: "price", desc: true });
    expect(readSort({ sort: ["name", "price"] }, "signed", SORTABLE)).toEqual({ id: "name", desc: false });
    expect(readSort("sort=drop&dir=desc", "dir", SORTABLE, { id: "name", desc: false })).toEqual({
      id: "name",
      desc: false,
    });
    expect(readSort("sort=-drop", "signed", SORTABLE)).toBeNull();
    // the signed spelling takes no `dir`
    expect(readSort("sort=price&dir=desc", "signed", SORTABLE)).toEqual({ id: "price", desc: false });
  });

  it("writes a sort, keeps the filters and starts again at page 1", () => {
    const dir = writeSort("q=abc&page=3&sort=name&dir=asc", "dir", { id: "status", desc: true });
    expect(dir.toString()).toBe("q=abc&sort=status&dir=desc");
    const signed = writeSort(new URLSearchParams("status=all&page=2"), "signed", { id: "price", desc: true });
    expect(signed.toString()).toBe("status=all&sort=-price");
    expect(writeSort("sort=-price&page=2&q=x", "signed", null).toString()).toBe("q=x");
  });

  it("round-trips: what is written is read back", () => {
    for (const style of ["dir", "signed"] as const)
      for (const s of [
        { id: "name", desc: false },
        { id: "price", desc: true },
      ])
        expect(readSort(writeSort("q=1", style, s), style, SORTABLE)).toEqual(s);
  });

  it("a header click sorts another column ascending and flips the same one", () => {
    expect(toggleSort(null, "name")).toEqual({ id: "name", desc: false });
    expect(toggleSort({ id: "name", desc: false }, "name")).toEqual({ id: "name", desc: true });
    expect(toggleSort({ id: "name", desc: true }, "name")).toEqual({ id: "name", desc: false });
    expect(toggleSort({ id: "name", desc: true }, "price")).toEqual({ id: "price", desc: false });
    expect(ariaSort({ id: "name", desc: true }, "name")).toBe("descending");
    expect(ariaSort({ id: "name", desc: false }, "name")).toBe("ascending");
    expect(ariaSort({ id: "name", desc: false }, "price")).toBeUndefined();
  });

  it("reads the page leniently and links other pages with the other params kept", () => {
    expect(readPage("page=4")).toBe(4);
    expect(readPage("page=0")).toBe(1);
    expect(readPage("page=abc")).toBe(1);
    expect(readPage({})).toBe(1);
    expect(readPage("page=99999999999", 1000)).toBe(1000);
    expect(pageHref("/stock", { tp: "t1", q: "", filter: undefined, page: "2" }, 3)).toBe(
      "/stock?tp=t1&page=3",
    );
    expect(pageHref("/stock", "tp=t1&page=3", 1)).toBe("/stock?tp=t1");
    expect(pageHref("/receipts", {}, 1)).toBe("/receipts");
  });
});
