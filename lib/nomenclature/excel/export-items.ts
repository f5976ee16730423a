import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { db } from "@/lib/db/client";
import { translatorFor } from "@/lib/i18n/translator";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { ItemType } from "../limits";
import type { TFindItemsQuery } from "../schemas";
import type { MeasureUnit } from "../units";
import { getVatRates } from "../vat-rates";
import { headerCells, itemRow, rowLabels, setupColumns, styleHeader } from "./columns";
import { tenantQueryText } from "@/lib/db/sql";

const PAGE = 5000;

export function exportFileName(locale: string, today: string) {
  return `${translatorFor(locale)("nomenclature.export.file")} ${today}.xlsx`;
}

interface ExportRow {
  id: string;
  name: string;
  article: string | null;
  type: ItemType;
  unit: MeasureUnit;
  price: string;
  vatRate: string;
  section: string | null;
  barcodes: string[];
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The same filter as the table (find-items.ts itemsWhere), as SQL: the export reads 100,000 rows
 * with keyset pages and the barcodes aggregated in the same query, which Prisma's cursor paging
 * plus a relation query per page does several times slower.
 */
function filterSql(ctx: TenantContext, query: Pick<TFindItemsQuery, "q" | "status" | "section">) {
  // $1 is the organization, named by value in the correlated subqueries too (one shard on Citus)
  const params: unknown[] = [ctx.organizationId];
  const where = [`i."organizationId" = $1::uuid`];
  if (query.status === "active") where.push(`i."archivedAt" IS NULL`);
  else if (query.status === "archived") where.push(`i."archivedAt" IS NOT NULL`);
  if (query.section) {
    params.push(query.section);
    where.push(`i.section = $${params.length}`);
  }
  const q = query.q?.trim();
  if (q) {
    params.push(`%${likeEscape(q)}%`, q);
    const like = `$${params.length - 1}`;
    const exact = `$${params.length}`;
    where.push(
      `(i.name ILIKE ${like} OR i.article ILIKE ${like} OR EXISTS (SELECT 1 FROM "NomenclatureBarcode" x WHERE x."organizationId" = $1::uuid AND x."itemId" = i.id AND x.barcode = ${exact}))`,
    );
  }
  return { where, params };
}

/**
 * «Выгрузить в Excel»: the items of the filter (or all), ordered by name, streamed to `out` through
 * exceljs's WorkbookWriter a page at a time: memory stays flat for 100,000 items. The columns are
 * the template's, so the file can be edited and imported back.
 */
export async function exportItems(
  ctx: TenantContext,
  query: Pick<TFindItemsQuery, "q" | "status" | "section">,
  locale: string,
  out: Writable,
) {
  assertCan(ctx, "nomenclature.read");
  const t = translatorFor(locale);
  const labels = rowLabels(t, await getVatRates(ctx.country));
  const { where, params } = filterSql(ctx, query);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = wb.addWorksheet(t("nomenclature.export.sheet"), { views: [{ state: "frozen", ySplit: 1 }] });
  setupColumns(sheet);
  const header = sheet.addRow(headerCells(t));
  styleHeader(header);
  header.commit();
  let after: { name: string; id: string } | null = null;
  for (;;) {
    const keyset: string = after
      ? `AND (i.name, i.id) > ($${params.length + 1}, $${params.length + 2}::uuid)`
      : "";
    const rows: ExportRow[] = await tenantQueryText<ExportRow[]>(
      db,
      ctx.organizationId,
      `SELECT i.id, i.name, i.article, i.type::text AS type, i.unit::text AS unit, i.price::text AS price, i."vatRate", i.section,
              COALESCE((SELECT array_agg(b.barcode ORDER BY b.position) FROM "NomenclatureBarcode" b
                         WHERE b."organizationId" = $1::uuid AND b."itemId" = i.id), '{}') AS barcodes
         FROM "NomenclatureItem" i
        WHERE ${where.join(" AND ")} ${keyset}
        ORDER BY i.name, i.id
        LIMIT ${PAGE}`,
      ...params,
      ...(after ? [after.name, after.id] : []),
    );
    for (const r of rows) sheet.addRow(itemRow({ ...r, price: BigInt(r.price) }, labels)).commit();
    if (rows.length < PAGE) break;
    after = { name: rows[rows.length - 1].name, id: rows[rows.length - 1].id };
  }
  sheet.commit();
  await wb.commit();
}
