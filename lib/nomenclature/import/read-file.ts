// Reads an uploaded nomenclature file row by row without loading a whole workbook into memory:
// .xlsx through exceljs's streaming reader (first worksheet), .csv decoded and split in memory.
// Old binary .xls and anything unreadable become a clear user error.
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { AppError } from "@/lib/errors/app-error";
import { assertUnpackedSize, importCaps, tooManyRows, type ImportCaps } from "./caps";
import { decodeCsv, detectDelimiter, parseCsv } from "./csv";
import { guessMapping } from "./fields";
import { cellText, isBlankRow, type Cell } from "./row-validator";

export type FileFormat = "xlsx" | "csv";

export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

const fileError = (key: string) =>
  new AppError("VALIDATION_FAILED", { messageKey: `nomenclature.fileErrors.${key}`, field: "file" });

/** The format from the bytes (a name is only a hint): zip → xlsx, OLE2 → old .xls (refused), text → csv. */
export function detectFormat(bytes: Uint8Array, fileName: string): FileFormat {
  const name = fileName.toLowerCase();
  if (bytes.length === 0) throw fileError("empty");
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    if (name.endsWith(".ods")) throw fileError("ods");
    return "xlsx";
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw fileError("xls");
  if (name.endsWith(".xls")) throw fileError("xls");
  if (name.endsWith(".xlsx")) throw fileError("broken");
  if (name.endsWith(".csv") || name.endsWith(".txt")) {
    if (bytes.subarray(0, 4096).includes(0)) throw fileError("broken");
    return "csv";
  }
  throw fileError("unsupported");
}

/** exceljs cell values (rich text, hyperlinks, formulas, errors) → plain values. */
function plain(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean" ||
    value instanceof Date
  )
    return value;
  if (typeof value === "object") {
    const v = value as {
      richText?: { text: string }[];
      text?: unknown;
      result?: unknown;
      formula?: unknown;
      error?: unknown;
    };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
    if ("result" in v || "formula" in v) return plain(v.result);
    if ("text" in v) return plain(v.text);
    if ("error" in v) return null;
  }
  return String(value);
}

export interface FileRow {
  /** 1-based row number in the file */
  rowNumber: number;
  cells: Cell[];
}

async function* xlsxRows(bytes: Uint8Array, caps: ImportCaps): AsyncGenerator<FileRow> {
  await assertUnpackedSize(bytes, caps.maxUnpackedBytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  let sheets = 0;
  try {
    for await (const sheet of reader) {
      if (sheets++ > 0) continue; // only the first worksheet; drain the rest
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as unknown[];
        const cells: Cell[] = new Array(Math.max(0, values.length - 1));
        for (let i = 1; i < values.length; i++) cells[i - 1] = plain(values[i]);
        yield { rowNumber: row.number, cells };
      }
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw fileError("broken");
  }
  if (sheets === 0) throw fileError("broken");
}

function* csvRows(bytes: Uint8Array): Generator<FileRow> {
  const { text } = decodeCsv(bytes);
  let n = 0;
  for (const cells of parseCsv(text, detectDelimiter(text))) yield { rowNumber: ++n, cells };
}

/**
 * Every non-blank row of the file, the header included. Reading stops with a user error as soon as
 * the file passes a cap (rows, or unpacked bytes of an .xlsx): see caps.ts.
 */
export async function* readRows(
  bytes: Uint8Array,
  format: FileFormat,
  caps: ImportCaps = importCaps(),
): AsyncGenerator<FileRow> {
  let seen = 0;
  const rows = format === "csv" ? csvRows(bytes) : xlsxRows(bytes, caps);
  for await (const r of rows) {
    if (++seen > caps.maxRows || r.rowNumber > caps.maxRows + 1000)
      throw tooManyRows(caps.maxRows, r.rowNumber);
    if (!isBlankRow(r.cells)) yield r;
  }
}

export interface FileLayout {
  /** row number of the header row */
  row: number;
  cells: string[];
  /** a few data rows after the header, as text */
  sample: string[][];
}

const HEADER_SEARCH_ROWS = 20;
const SAMPLE_ROWS = 5;

/**
 * Finds the header row (the first of the top rows in which at least two columns are recognised;
 * price lists often start with a title line) and a few data rows after it.
 */
export async function readLayout(
  bytes: Uint8Array,
  format: FileFormat,
  caps: ImportCaps = importCaps(),
): Promise<FileLayout> {
  const top: FileRow[] = [];
  let header: FileRow | null = null;
  const sample: string[][] = [];
  for await (const r of readRows(bytes, format, caps)) {
    if (!header) {
      top.push(r);
      const texts = r.cells.map(cellText);
      const found = Object.values(guessMapping(texts)).filter((c) => c !== null).length;
      if (found >= 2) header = r;
      else if (top.length >= HEADER_SEARCH_ROWS) {
        header = top[0];
        for (const t of top.slice(1, 1 + SAMPLE_ROWS)) sample.push(t.cells.map(cellText));
        if (sample.length >= SAMPLE_ROWS) break;
      }
      continue;
    }
    sample.push(r.cells.map(cellText));
    if (sample.length >= SAMPLE_ROWS) break;
  }
  if (!header) {
    if (top.length === 0) throw fileError("empty");
    header = top[0];
    // Rows after the fallback header that were read while searching become the sample.
    for (const r of top.slice(1, 1 + SAMPLE_ROWS)) sample.push(r.cells.map(cellText));
  }
  const width = Math.max(header.cells.length, ...sample.map((s) => s.length));
  const cells = Array.from({ length: width }, (_, i) => cellText(header!.cells[i]));
  if (cells.every((c) => c === "")) throw fileError("empty");
  return { row: header.rowNumber, cells, sample };
}

/** Data rows (after the header row), in file order. */
export async function* readDataRows(
  bytes: Uint8Array,
  format: FileFormat,
  headerRow: number,
  caps: ImportCaps = importCaps(),
): AsyncGenerator<FileRow> {
  for await (const r of readRows(bytes, format, caps)) if (r.rowNumber > headerRow) yield r;
}
