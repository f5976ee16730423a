// «Загрузить строки из Excel» for a stock document: the nomenclature import's reader (format
// detection, streaming .xlsx, .csv, the row and unpacked-size caps) and its header guessing for
// the item columns (barcode, article, name), plus the quantity and cost columns. Nothing is saved
// here: the lines go back to the editor, which saves them through the same strict checks as typed
// lines (lib/stock/save-stock-lines.ts).
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { guessMapping, normalizeHeader } from "@/lib/nomenclature/import/fields";
import { detectFormat, readRows } from "@/lib/nomenclature/import/read-file";
import { cellText } from "@/lib/nomenclature/import/row-validator";
import type { MeasureUnit } from "@/lib/nomenclature/units";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { MAX_STOCK_LINES } from "./schemas";
import { tenantQueryText } from "@/lib/db/sql";

export interface ImportedLine {
  itemId: string;
  name: string;
  unit: MeasureUnit;
  barcodes: string[];
  quantity: string;
  costPrice: string;
}

const QUANTITY = [
  "количество",
  "колво",
  "кол",
  "факт",
  "фактически",
  "фактическийостаток",
  "остаток",
  "qty",
  "quantity",
  "count",
  "counted",
  "саны",
  "нақтысаны",
];
const COST = [
  "ценазакупки",
  "закупочнаяцена",
  "себестоимость",
  "ценапоставщика",
  "cost",
  "costprice",
  "purchaseprice",
  "сатыпалубағасы",
  "өзіндікқұны",
];

const column = (headers: string[], names: string[]) => {
  const i = headers.findIndex((h) => names.includes(h));
  return i >= 0 ? i : null;
};

export async function importStockLines(
  ctx: TenantContext,
  documentId: string,
  file: { bytes: Uint8Array; name: string },
): Promise<{
  lines: ImportedLine[];
  errors: { row: number; message: string; params?: Record<string, string> }[];
}> {
  assertCan(ctx, "stock.manage");
  const doc = await db.stockDocument.findFirst({
    where: { organizationId: ctx.organizationId, id: documentId },
    select: { status: true, type: true },
  });
  if (!doc) throw new AppError("NOT_FOUND");
  if (doc.status !== "DRAFT") throw new AppError("CONFLICT", { messageKey: "stock.alreadyPosted" });
  const format = detectFormat(file.bytes, file.name);
  let cols: {
    barcode: number | null;
    article: number | null;
    name: number | null;
    q: number;
    cost: number | null;
  } | null = null;
  const raw: { row: number; barcode: string; article: string; name: string; q: string; cost: string }[] = [];
  for await (const r of readRows(file.bytes, format)) {
    const texts = r.cells.map(cellText);
    if (!cols) {
      const headers = texts.map(normalizeHeader);
      const q = column(headers, QUANTITY);
      const m = guessMapping(texts);
      if (q !== null && (m.barcodes !== null || m.article !== null || m.name !== null))
        cols = {
          barcode: m.barcodes,
          article: m.article,
          name: m.name,
          q,
          cost: column(headers, COST) ?? m.price,
        };
      else if (r.rowNumber > 20) break;
      continue;
    }
    const at = (i: number | null) => (i === null ? "" : (texts[i] ?? ""));
    raw.push({
      row: r.rowNumber,
      barcode: at(cols.barcode).split(/[,;\s]+/)[0] ?? "",
      article: at(cols.article),
      name: at(cols.name),
      q: at(cols.q),
      cost: at(cols.cost),
    });
    if (raw.length > MAX_STOCK_LINES)
      throw new AppError("VALIDATION_FAILED", { field: "file", messageKey: "stock.v.tooManyLines" });
  }
  if (!cols) throw new AppError("VALIDATION_FAILED", { field: "file", messageKey: "stock.doc.importHint" });

  const items = await tenantQueryText<
    {
      id: string;
      name: string;
      article: string | null;
      unit: MeasureUnit;
      tracks: boolean;
      barcodes: string[] | null;
    }[]
  >(
    db,
    ctx.organizationId,
    `SELECT i.id::text, i.name, i.article, i.unit::text AS unit, i."tracksStock" AS tracks,
            (SELECT array_agg(c.barcode ORDER BY c.position) FROM "NomenclatureBarcode" c
              WHERE c."organizationId" = i."organizationId" AND c."itemId" = i.id) AS barcodes
       FROM "NomenclatureItem" i
      WHERE i."organizationId" = $1::uuid AND i."archivedAt" IS NULL
        AND (i.id IN (SELECT "itemId" FROM "NomenclatureBarcode" WHERE "organizationId" = $1::uuid AND barcode = ANY($2::text[]))
             OR i.article = ANY($3::text[]) OR lower(i.name) = ANY($4::text[]))`,
    ctx.organizationId,
    raw.map((r) => r.barcode).filter(Boolean),
    raw.map((r) => r.article).filter(Boolean),
    raw.map((r) => r.name.toLowerCase()).filter(Boolean),
  );
  const byBarcode = new Map<string, (typeof items)[number]>();
  const byArticle = new Map<string, (typeof items)[number]>();
  const byName = new Map<string, (typeof items)[number]>();
  for (const it of items) {
    for (const b of it.barcodes ?? []) byBarcode.set(b, it);
    if (it.article) byArticle.set(it.article, it);
    byName.set(it.name.toLowerCase(), it);
  }
  const lines: ImportedLine[] = [];
  const errors: { row: number; message: string; params?: Record<string, string> }[] = [];
  for (const r of raw) {
    const it =
      (r.barcode && byBarcode.get(r.barcode)) ||
      (r.article && byArticle.get(r.article)) ||
      (r.name && byName.get(r.name.toLowerCase()));
    const code = r.barcode || r.article || r.name;
    if (!it) errors.push({ row: r.row, message: "stock.doc.scanNotFound", params: { code } });
    else if (!it.tracks)
      errors.push({ row: r.row, message: "stock.itemNotTracked", params: { name: it.name } });
    else
      lines.push({
        itemId: it.id,
        name: it.name,
        unit: it.unit,
        barcodes: it.barcodes ?? [],
        quantity: r.q,
        costPrice: r.cost,
      });
  }
  return { lines, errors };
}
