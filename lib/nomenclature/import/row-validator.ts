// Turns one spreadsheet row into an item to upsert, or into per-row errors. Pure and stateful only
// in what it has seen earlier in the same file (duplicate articles, barcodes and key-less names),
// so the preview and the import job, which both read the file top to bottom, agree row by row.
import { barcodeFromNumber, checkBarcode, splitBarcodes } from "../barcode";
import { LIMITS, parseItemType, type ItemType } from "../limits";
import { parsePrice } from "../price";
import { parseUnit, type MeasureUnit } from "../units";
import { parseVatCell, type VatRateInfo } from "../vat";
import type { ColumnMapping } from "./fields";

export type Cell = string | number | boolean | Date | null | undefined;

export interface RowMessage {
  /** i18n key in the "nomenclature" namespace, e.g. "rowErrors.priceNegative" */
  key: string;
  params?: Record<string, string | number>;
}

/** An empty optional cell (or an unmapped column) is undefined: an existing item keeps its value. */
export interface ImportRow {
  name: string;
  price: bigint;
  article?: string;
  barcodes?: string[];
  type?: ItemType;
  unit?: MeasureUnit;
  vatRate?: string;
  section?: string;
}

export type ValidatedRow =
  | { rowNumber: number; cells: string[]; ok: true; row: ImportRow }
  | { rowNumber: number; cells: string[]; ok: false; errors: RowMessage[] };

export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number") {
    // String() of a safe integer never uses exponent notation; toLocaleString would be ~50× slower.
    if (Number.isSafeInteger(cell)) return String(cell);
    return Number.isInteger(cell) ? BigInt(cell).toString() : String(cell);
  }
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

export function isBlankRow(cells: Cell[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c === null || c === undefined) continue;
    if (typeof c === "string" && c.trim() === "") continue;
    return false;
  }
  return true;
}

/** Inner runs of white space become one space (only when there are any: most cells have none). */
function collapse(s: string): string {
  return /\s\s|[\t\n\r]/.test(s) ? s.replace(/\s+/g, " ") : s;
}

export interface RowValidatorOptions {
  mapping: ColumnMapping;
  /** every VAT rate of the organization's country, old ones included */
  vatRates: VatRateInfo[];
  /** today in the organization's timezone, YYYY-MM-DD */
  today: string;
}

export function createRowValidator({ mapping, vatRates, today }: RowValidatorOptions) {
  const seenArticle = new Map<string, number>();
  const seenBarcode = new Map<string, number>();
  const seenKeylessName = new Map<string, number>();
  const width = Math.max(0, ...Object.values(mapping).map((c) => (c === null ? 0 : c + 1)));
  // A column of units, types or VAT rates holds a handful of distinct texts: parse each once.
  const memo = <T>(parse: (key: string) => T) => {
    const cache = new Map<string, T>();
    return (key: string): T => {
      let v = cache.get(key);
      if (v === undefined && !cache.has(key)) cache.set(key, (v = parse(key)));
      return v as T;
    };
  };
  const unitOf = memo(parseUnit);
  const typeOf = memo(parseItemType);
  const vatOf = memo((key: string) =>
    parseVatCell(key.startsWith("#") ? Number(key.slice(1)) : key.slice(1), vatRates, today),
  );

  const {
    name: cName,
    price: cPrice,
    article: cArticle,
    barcodes: cBarcodes,
    type: cType,
    unit: cUnit,
    vatRate: cVat,
    section: cSection,
  } = mapping;

  // Called for every row of a file of up to hundreds of thousands: plain loops, no closures per row.
  return function validate(cells: Cell[], rowNumber: number): ValidatedRow {
    const n = width > cells.length ? width : cells.length;
    const texts: string[] = new Array(n);
    for (let i = 0; i < n; i++) texts[i] = cellText(cells[i]);
    const errors: RowMessage[] = [];

    const name = cName === null ? "" : collapse(texts[cName]);
    if (!name) errors.push({ key: "rowErrors.nameRequired" });
    else if (name.length > LIMITS.name)
      errors.push({ key: "rowErrors.nameTooLong", params: { max: LIMITS.name } });

    let price = 0n;
    const priceCell = cPrice === null ? undefined : cells[cPrice];
    const priceText = cPrice === null ? "" : texts[cPrice];
    if (priceText === "") errors.push({ key: "rowErrors.priceRequired" });
    else {
      const p = parsePrice(typeof priceCell === "number" ? priceCell : priceText);
      if (p.ok) price = p.minor;
      else if (p.problem === "negative") errors.push({ key: "rowErrors.priceNegative" });
      else if (p.problem === "precision") errors.push({ key: "rowErrors.pricePrecision" });
      else if (p.problem === "tooLarge") errors.push({ key: "rowErrors.priceTooLarge" });
      else if (p.problem === "ambiguous")
        errors.push({ key: "rowErrors.priceAmbiguous", params: { value: priceText } });
      else errors.push({ key: "rowErrors.priceFormat", params: { value: priceText } });
    }

    const row: ImportRow = { name, price };

    const article = cArticle === null ? "" : texts[cArticle];
    if (article) {
      if (article.length > LIMITS.article)
        errors.push({ key: "rowErrors.articleTooLong", params: { max: LIMITS.article } });
      row.article = article;
    }

    const barcodeCell = cBarcodes === null ? undefined : cells[cBarcodes];
    const codes =
      typeof barcodeCell === "number"
        ? [barcodeFromNumber(barcodeCell)]
        : cBarcodes === null || texts[cBarcodes] === ""
          ? []
          : splitBarcodes(texts[cBarcodes]);
    if (codes.length > 0) {
      if (codes.length > LIMITS.barcodes)
        errors.push({ key: "rowErrors.tooManyBarcodes", params: { max: LIMITS.barcodes } });
      for (let i = 0; i < codes.length; i++) {
        const code = codes[i];
        const problem = checkBarcode(code);
        if (problem === "checkDigit")
          errors.push({ key: "rowErrors.barcodeCheckDigit", params: { barcode: code } });
        else if (problem) errors.push({ key: "rowErrors.barcodeFormat", params: { barcode: code } });
      }
      row.barcodes = codes;
    }

    const typeText = cType === null ? "" : texts[cType];
    if (typeText) {
      const t = typeOf(typeText);
      if (t) row.type = t;
      else errors.push({ key: "rowErrors.typeUnknown", params: { value: typeText } });
    }

    const unitText = cUnit === null ? "" : texts[cUnit];
    if (unitText) {
      const u = unitOf(unitText);
      if (u) row.unit = u;
      else errors.push({ key: "rowErrors.unitUnknown", params: { value: unitText } });
    }
    if (row.unit === "SERVICE") {
      if (row.type === "GOOD") errors.push({ key: "rowErrors.serviceUnitForGood" });
      row.type ??= "SERVICE";
    }

    const vatCell = cVat === null ? undefined : cells[cVat];
    const vatText = cVat === null ? "" : texts[cVat];
    if (vatText) {
      const v = vatOf(typeof vatCell === "number" ? `#${vatCell}` : `$${vatText}`);
      if (v.ok) row.vatRate = v.code;
      else if (v.problem === "expired")
        errors.push({
          key: "rowErrors.vatExpired",
          params: { name: v.rate.name, date: (v.rate.validTo ?? "").split("-").reverse().join(".") },
        });
      else errors.push({ key: "rowErrors.vatUnknown", params: { value: vatText } });
    }

    const section = cSection === null ? "" : collapse(texts[cSection]);
    if (section) {
      if (section.length > LIMITS.section)
        errors.push({ key: "rowErrors.sectionTooLong", params: { max: LIMITS.section } });
      row.section = section;
    }

    // Duplicates within the file: the first occurrence is the one that counts.
    if (row.article) {
      const first = seenArticle.get(row.article);
      if (first !== undefined)
        errors.push({ key: "rowErrors.duplicateArticle", params: { article: row.article, row: first } });
      else seenArticle.set(row.article, rowNumber);
    }
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i];
      const first = seenBarcode.get(code);
      if (first !== undefined)
        errors.push({ key: "rowErrors.duplicateBarcode", params: { barcode: code, row: first } });
      else seenBarcode.set(code, rowNumber);
    }
    if (!row.article && !row.barcodes && name) {
      // Without an article or a barcode the name is the key; two such rows would overwrite each other.
      const first = seenKeylessName.get(name);
      if (first !== undefined) errors.push({ key: "rowErrors.duplicateName", params: { name, row: first } });
      else seenKeylessName.set(name, rowNumber);
    }

    return errors.length
      ? { rowNumber, cells: texts, ok: false, errors }
      : { rowNumber, cells: texts, ok: true, row };
  };
}

export type RowValidator = ReturnType<typeof createRowValidator>;
