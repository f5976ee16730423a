// Issue 19.1: one dialog and one data table. Every modal of the cabinet and of /pos is built on components/ui/dialog.tsx
// (Radix: focus trap, Esc, labelled, focus back to the opener); a hand-made overlay elsewhere is a
// dialog that skipped those.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n) ? [p] : [];
  });
}

const ui = [...sources(path.join(root, "app")), ...sources(path.join(root, "components"))];
const rel = (f: string) => path.relative(root, f);

describe("UI kit", () => {
  it("a full-screen overlay (`fixed inset-0`) is written in components/ui/dialog.tsx only", () => {
    const found = ui.filter((f) => /\bfixed inset-0\b/.test(readFileSync(f, "utf8"))).map(rel);
    expect(found).toEqual(["components/ui/dialog.tsx"]);
  });

  it("Radix's dialog primitives are used by the kit and by the two /pos overlays built on its classes only", () => {
    const found = ui
      .filter((f) => /\b(Dialog|AlertDialog)\.(Root|Content)\b/.test(readFileSync(f, "utf8")))
      .map(rel)
      .sort();
    expect(found).toEqual([
      "components/pos/parts.tsx",
      "components/pos/screens/error-screen.tsx",
      "components/ui/confirm-button.tsx",
      "components/ui/dialog.tsx",
    ]);
  });

  it("@tanstack/react-table is driven by components/data-table only", () => {
    const found = ui.filter((f) => /\buseReactTable\b/.test(readFileSync(f, "utf8"))).map(rel);
    expect(found).toEqual(["components/data-table/data-table.tsx"]);
  });

  it("a raw <table> is written by the data table, or by markup that is not a data table", () => {
    // not data tables: a printed document, form grids whose cells are inputs, a settings matrix
    const allowed = [
      "app/(cabinet)/nomenclature/import/[importJobId]/_components/mapping-step.tsx", // column-mapping form
      "app/(cabinet)/settings/_components/notification-preferences-form.tsx", // checkbox matrix of a form
      "app/(cabinet)/stock/_components/line-editor.tsx", // editable lines of a stock document
      "app/invoice/[orderId]/page.tsx", // the printed invoice
      "components/data-table/data-table.tsx",
    ];
    const found = ui
      .filter((f) => /<table\b/.test(readFileSync(f, "utf8")))
      .map(rel)
      .sort();
    expect(found).toEqual(allowed);
  });

  // Issue 19.2: one filter bar and one wizard frame.
  const read = (f: string) => readFileSync(path.join(root, f), "utf8");

  it("the six list screens build their filters on components/filter-bar", () => {
    for (const f of [
      "app/(cabinet)/cashboxes/_components/cashbox-filters.tsx",
      "app/(cabinet)/receipts/_components/receipt-filters.tsx",
      "app/(cabinet)/analytics/_components/filters.tsx",
      "app/(cabinet)/reports/page.tsx",
      "app/(cabinet)/journal/_components/journal-filters.tsx",
      "app/(cabinet)/nomenclature/_components/item-filters.tsx",
    ]) {
      expect(read(f), f).toMatch(/from "@\/components\/filter-bar"/);
    }
  });

  it("no screen writes its own GET filter form or search landmark outside components/filter-bar", () => {
    const screens = ["cashboxes", "receipts", "analytics", "reports", "journal", "nomenclature"];
    const found = ui
      .filter((f) => screens.some((s) => rel(f).startsWith(`app/(cabinet)/${s}/`)))
      .filter((f) => /method="get"|role="search"/.test(readFileSync(f, "utf8")))
      .map(rel);
    expect(found).toEqual([]);
  });

  it("both registration wizards use components/wizard and keep no stepper of their own", () => {
    const dir = "app/(cabinet)/(cashbox-card)/cashboxes/[cashboxId]/registration/_components";
    for (const f of [`${dir}/registration-wizard.tsx`, `${dir}/ofd-wizard.tsx`]) {
      const src = read(f);
      expect(src, f).toMatch(/from "@\/components\/wizard"/);
      expect(src, f).not.toMatch(/aria-current=\{?["']step/);
    }
  });
});
