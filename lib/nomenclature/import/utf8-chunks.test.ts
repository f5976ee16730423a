// Issue 15.1: exceljs decoded each chunk of the sheet XML on its own, so a two-byte (or longer) UTF-8
// character cut by a chunk edge became U+FFFD. These tests cut the XML at EVERY byte offset, and read a
// generated workbook and a UTF-8 CSV whose multi-byte characters fall on chunk edges at every alignment.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readRows } from "./read-file";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const parseSax = require("exceljs/lib/utils/parse-sax") as (
  chunks: AsyncIterable<Uint8Array>,
) => AsyncGenerator<{ eventType: string; value: unknown }[]>;

// Two-, three- and four-byte characters: Cyrillic, Kazakh letters, «₽» and «€», an emoji.
const SAMPLE = "Молоко «Қазақ» әғқңөұүһі ₽€ 🥛 Ёж";

async function* chunked(bytes: Uint8Array, cuts: number[]) {
  let at = 0;
  for (const c of [...cuts, bytes.length]) {
    yield bytes.subarray(at, c);
    at = c;
  }
}

async function textOf(chunks: AsyncIterable<Uint8Array>) {
  let text = "";
  for await (const events of parseSax(chunks))
    for (const e of events) if (e.eventType === "text") text += e.value as string;
  return text;
}

/** Rows of distinct multi-byte names, each shifted by one more ASCII byte so every alignment occurs. */
function names(n: number) {
  return Array.from({ length: n }, (_, i) => `${"x".repeat(i % 4)}${SAMPLE} ${i}`);
}

describe("multi-byte characters across chunk edges", () => {
  it("exceljs's SAX reader decodes a split at every byte offset", async () => {
    const xml = new Uint8Array(Buffer.from(`<t>${SAMPLE}</t>`, "utf8"));
    for (let cut = 1; cut < xml.length; cut++) {
      expect(await textOf(chunked(xml, [cut])), `cut at byte ${cut}`).toBe(SAMPLE);
    }
    // and in one-byte chunks: every character is split
    const ones = Array.from({ length: xml.length - 1 }, (_, i) => i + 1);
    expect(await textOf(chunked(xml, ones))).toBe(SAMPLE);
  });

  it("a generated .xlsx (shared strings and inline strings) reads back without U+FFFD", async () => {
    const expected = names(4000);
    for (const useSharedStrings of [true, false]) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Товары");
      ws.addRow(["Наименование", "Цена"]);
      expected.forEach((name, i) => ws.addRow([name, i + 0.5]));
      const bytes = new Uint8Array(await wb.xlsx.writeBuffer({ useSharedStrings } as never));
      const got: string[] = [];
      for await (const r of readRows(bytes, "xlsx")) if (r.rowNumber > 1) got.push(String(r.cells[0]));
      expect(got.filter((s) => s.includes("\ufffd"))).toEqual([]);
      expect(got).toEqual(expected);
    }
  });

  it("a UTF-8 .csv with multi-byte characters at every offset reads back exactly", async () => {
    const expected = names(4000);
    const text = "Наименование;Цена\n" + expected.map((n, i) => `${n};${i},50`).join("\n") + "\n";
    const got: string[] = [];
    for await (const r of readRows(new Uint8Array(Buffer.from(text, "utf8")), "csv"))
      if (r.rowNumber > 1) got.push(String(r.cells[0]));
    expect(got).toEqual(expected);
  });
});
