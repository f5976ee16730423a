// Issue 14.5: reading stops, with a Russian message, as soon as a file passes the row cap or unpacks
// to more than the size cap; a zip-bomb-like .xlsx is generated here.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { assertUnpackedSize, importCaps } from "./caps";
import { readDataRows, readLayout } from "./read-file";

const MB = 1024 * 1024;

async function workbook(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Товары");
  ws.addRow(["Наименование", "Цена"]);
  for (let i = 1; i <= rows; i++) ws.addRow([`Товар ${i}`, i]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A valid small workbook whose sheet XML is padded with `padMb` megabytes of whitespace (compresses ~1000:1). */
async function bomb(padMb: number, lieAboutSize: boolean): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await workbook(3));
  const path = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(path)!.async("string");
  const padded = xml.replace("<sheetData>", `<sheetData>${" ".repeat(padMb * MB)}`);
  zip.file(path, padded, { compression: "DEFLATE" });
  const out = Buffer.from(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  if (lieAboutSize) {
    // Rewrite every declared uncompressed size in the central directory to 1 byte.
    for (let i = 0; i + 4 <= out.length; i++)
      if (out.readUInt32LE(i) === 0x02014b50) out.writeUInt32LE(1, i + 24);
  }
  return new Uint8Array(out);
}

async function drain(it: AsyncIterable<unknown>) {
  let n = 0;
  for await (const _ of it) n++;
  return n;
}

describe("import caps", () => {
  it("defaults to 200,000 rows and is configurable", () => {
    expect(importCaps().maxRows).toBe(200_000);
    process.env.KASSA_IMPORT_MAX_ROWS = "500";
    process.env.KASSA_IMPORT_MAX_UNPACKED_MB = "8";
    try {
      expect(importCaps()).toEqual({ maxRows: 500, maxUnpackedBytes: 8 * MB });
    } finally {
      delete process.env.KASSA_IMPORT_MAX_ROWS;
      delete process.env.KASSA_IMPORT_MAX_UNPACKED_MB;
    }
  });

  it("a sheet with more rows than the cap stops at the cap with a Russian message", async () => {
    const caps = { maxRows: 100, maxUnpackedBytes: 64 * MB };
    const bytes = await workbook(150);
    let read = 0;
    const err = await (async () => {
      for await (const _ of readDataRows(bytes, "xlsx", 1, caps)) read++;
    })().catch((e) => e);
    expect(err).toMatchObject({
      code: "VALIDATION_FAILED",
      messageKey: "nomenclature.fileErrors.tooManyRows",
      params: { max: 100, row: 101 },
    });
    expect(read).toBe(99); // rows 2..100: nothing past the cap was handed on
    expect(messagesFor("ru").nomenclature.fileErrors.tooManyRows).toContain("В файле больше {max} строк");
    // under the cap the same file reads whole
    expect(await drain(readDataRows(bytes, "xlsx", 1, { ...caps, maxRows: 151 }))).toBe(150);
    // and a .csv the same way
    const csv = new TextEncoder().encode(
      "Наименование;Цена\n" + Array.from({ length: 150 }, (_, i) => `Т${i};1`).join("\n"),
    );
    await expect(drain(readDataRows(csv, "csv", 1, caps))).rejects.toMatchObject({
      messageKey: "nomenclature.fileErrors.tooManyRows",
    });
  });

  it("a zip bomb is refused by its declared size before unpacking anything", async () => {
    const bytes = await bomb(20, false);
    expect(bytes.length).toBeLessThan(200 * 1024);
    await expect(
      readLayout(bytes, "xlsx", { maxRows: 200_000, maxUnpackedBytes: 4 * MB }),
    ).rejects.toMatchObject({
      messageKey: "nomenclature.fileErrors.unpackedTooLarge",
      params: { mb: 4 },
    });
  });

  it("a zip bomb that lies about its size stops unpacking right after the cap", async () => {
    const bytes = await bomb(20, true);
    const err = await assertUnpackedSize(bytes, 4 * MB).catch((e) => e);
    expect(err).toMatchObject({ messageKey: "nomenclature.fileErrors.unpackedTooLarge" });
    // stopped within one inflate chunk of the cap, not after all 20 MB
    expect((err as { unpackedBytes: number }).unpackedBytes).toBeLessThanOrEqual(4 * MB + 64 * 1024);
    await expect(
      drain(readDataRows(bytes, "xlsx", 1, { maxRows: 200_000, maxUnpackedBytes: 4 * MB })),
    ).rejects.toMatchObject({ messageKey: "nomenclature.fileErrors.unpackedTooLarge" });
    // an ordinary workbook passes
    expect(await assertUnpackedSize(await workbook(10), 4 * MB)).toBeGreaterThan(0);
  });
});
