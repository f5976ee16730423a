// The columns of the template and of «Выгрузить в Excel»: the same, so an exported file can be
// edited and imported back (and importing it unchanged changes nothing).
import type ExcelJS from "exceljs";
import { translatorFor } from "@/lib/i18n/translator";
import { IMPORT_FIELDS, type ImportField } from "../import/fields";
import { ITEM_TYPES, type ItemType } from "../limits";
import { minorToDecimal } from "../price";
import { MEASURE_UNITS, type MeasureUnit } from "../units";
import { vatLabel, type VatRateInfo } from "../vat";

export type Translator = ReturnType<typeof translatorFor>;

export const COLUMN_WIDTHS: Record<ImportField, number> = {
  name: 44,
  article: 16,
  barcodes: 30,
  type: 10,
  unit: 10,
  price: 12,
  vatRate: 12,
  section: 24,
};

export function headerCells(t: Translator): string[] {
  return IMPORT_FIELDS.map((f) => t(`nomenclature.col.${f}`));
}

export function setupColumns(sheet: ExcelJS.Worksheet) {
  sheet.columns = IMPORT_FIELDS.map((f) => ({
    key: f,
    width: COLUMN_WIDTHS[f],
    style: f === "price" ? { numFmt: "0.00" } : f === "article" || f === "barcodes" ? { numFmt: "@" } : {},
  }));
}

export function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF9" } };
}

export interface ItemCells {
  name: string;
  article: string | null;
  barcodes: string[];
  type: ItemType;
  unit: MeasureUnit;
  price: bigint | number;
  vatRate: string;
  section: string | null;
}

export interface RowLabels {
  type: Record<ItemType, string>;
  unit: Record<MeasureUnit, string>;
  vat: Map<string, string>;
}

/** Labels looked up once per file rather than once per cell (an export has 100,000 rows). */
export function rowLabels(t: Translator, rates: VatRateInfo[]): RowLabels {
  return {
    type: Object.fromEntries(ITEM_TYPES.map((x) => [x, t(`nomenclature.type.${x}`)])) as Record<
      ItemType,
      string
    >,
    unit: Object.fromEntries(MEASURE_UNITS.map((u) => [u, t(`nomenclature.unit.${u}`)])) as Record<
      MeasureUnit,
      string
    >,
    vat: new Map(rates.map((r) => [r.code, vatText(t, r)])),
  };
}

export function vatText(t: Translator, rate: VatRateInfo): string {
  return vatLabel(rate.rateBasisPoints, (key, params) =>
    key === "vatNone" ? t("nomenclature.vatNone") : t("nomenclature.vatLabel", params!),
  );
}

export function itemRow(item: ItemCells, labels: RowLabels): (string | number)[] {
  return [
    item.name,
    item.article ?? "",
    item.barcodes.join(", "),
    labels.type[item.type],
    labels.unit[item.unit],
    Number(minorToDecimal(item.price)),
    labels.vat.get(item.vatRate) ?? item.vatRate,
    item.section ?? "",
  ];
}
