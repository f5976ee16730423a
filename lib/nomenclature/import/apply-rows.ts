// The bulk upsert of one chunk of valid import rows, inside the caller's transaction (which holds
// the organization's nomenclature lock). Matching: by article, else by barcode, else (a row with
// neither) by exact name among items that have neither; otherwise a new item.
import { randomUUID } from "node:crypto";
import type { ItemType } from "../limits";
import type { MeasureUnit } from "../units";
import { NO_VAT } from "../vat";
import type { ImportRow, RowMessage } from "./row-validator";
import type { Sql } from "./sql";
import type { OrganizationId } from "@/lib/tenant/context";

export interface RowToApply {
  rowNumber: number;
  cells: string[];
  row: ImportRow;
}

export interface ApplyResult {
  created: number;
  updated: number;
  skipped: number;
  failed: { rowNumber: number; cells: string[]; errors: RowMessage[] }[];
}

interface Existing {
  id: string;
  name: string;
  article: string | null;
  type: ItemType;
  unit: MeasureUnit;
  price: string;
  vatRate: string;
  section: string | null;
  archived: boolean;
  barcodes: string[];
}

interface ItemValues {
  name: string;
  article: string | null;
  type: ItemType;
  unit: MeasureUnit;
  price: bigint;
  vatRate: string;
  section: string | null;
  barcodes: string[];
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function mergeValues(row: ImportRow, existing: Existing | null): ItemValues {
  let type: ItemType = row.type ?? existing?.type ?? (row.unit === "SERVICE" ? "SERVICE" : "GOOD");
  let unit: MeasureUnit = row.unit ?? existing?.unit ?? (type === "SERVICE" ? "SERVICE" : "PIECE");
  if (type === "GOOD" && unit === "SERVICE") unit = "PIECE";
  if (row.unit === "SERVICE") type = "SERVICE";
  return {
    name: row.name,
    price: row.price,
    article: row.article ?? existing?.article ?? null,
    type,
    unit,
    vatRate: row.vatRate ?? existing?.vatRate ?? NO_VAT,
    section: row.section ?? existing?.section ?? null,
    barcodes: row.barcodes ?? existing?.barcodes ?? [],
  };
}

function unchanged(v: ItemValues, e: Existing): boolean {
  return (
    !e.archived &&
    v.name === e.name &&
    v.article === e.article &&
    v.type === e.type &&
    v.unit === e.unit &&
    v.price.toString() === e.price &&
    v.vatRate === e.vatRate &&
    v.section === e.section &&
    sameList(v.barcodes, e.barcodes)
  );
}

const ITEM_COLUMNS = `i.id, i.name, i.article, i.type::text AS type, i.unit::text AS unit, i.price::text AS price, i."vatRate", i.section,
  (i."archivedAt" IS NOT NULL) AS archived,
  COALESCE((SELECT array_agg(b.barcode ORDER BY b.position) FROM "NomenclatureBarcode" b
             WHERE b."organizationId" = $1::uuid AND b."itemId" = i.id), '{}') AS barcodes`; // $1: the organization (one shard on Citus)

/**
 * The existing items the rows may refer to. Most rows of a re-import match by article and carry
 * the barcodes their item already has, so those are looked up by article only; barcode owners
 * and key-less names are looked up just for what the article match does not explain.
 */
async function loadExisting(
  sql: Sql,
  organizationId: OrganizationId,
  rows: RowToApply[],
): Promise<Existing[]> {
  const articles = [...new Set(rows.map((r) => r.row.article).filter((a): a is string => Boolean(a)))];
  const found: Existing[] = articles.length
    ? (
        await sql<Existing>(
          `SELECT ${ITEM_COLUMNS} FROM "NomenclatureItem" i WHERE i."organizationId" = $1::uuid AND i.article = ANY($2::text[])`,
          [organizationId, articles],
        )
      ).rows
    : [];
  const byArticle = new Map(found.map((e) => [e.article!, e]));
  const barcodes = new Set<string>();
  const names = new Set<string>();
  for (const { row } of rows) {
    const own = row.article ? byArticle.get(row.article) : undefined;
    for (const b of row.barcodes ?? []) if (!own?.barcodes.includes(b)) barcodes.add(b);
    if (!row.article && !row.barcodes) names.add(row.name);
  }
  if (barcodes.size === 0 && names.size === 0) return found;
  // Two index look-ups (an OR of them would make PostgreSQL scan the organization's items).
  const { rows: more } = await sql<Existing>(
    `SELECT ${ITEM_COLUMNS} FROM "NomenclatureItem" i
      WHERE i."organizationId" = $1::uuid
        AND i.id IN (SELECT "itemId" FROM "NomenclatureBarcode" WHERE "organizationId" = $1::uuid AND barcode = ANY($2::text[]))
     UNION
     SELECT ${ITEM_COLUMNS} FROM "NomenclatureItem" i
      WHERE i."organizationId" = $1::uuid AND i.name = ANY($3::text[]) AND i.article IS NULL
        AND NOT EXISTS (SELECT 1 FROM "NomenclatureBarcode" b WHERE b."organizationId" = $1::uuid AND b."itemId" = i.id)
     ORDER BY 1`,
    [organizationId, [...barcodes], [...names]],
  );
  const known = new Set(found.map((e) => e.id));
  return [...found, ...more.filter((e) => !known.has(e.id))];
}

/**
 * Upserts the rows. `touched` (item id → row number) spans the whole import, so that two rows of
 * one file never both change the same item (the second fails instead of silently winning).
 */
export async function applyRows(
  sql: Sql,
  organizationId: OrganizationId,
  rows: RowToApply[],
  touched: Map<string, number>,
): Promise<ApplyResult> {
  const result: ApplyResult = { created: 0, updated: 0, skipped: 0, failed: [] };
  if (rows.length === 0) return result;
  const existing = await loadExisting(sql, organizationId, rows);
  const byArticle = new Map<string, Existing>();
  const byBarcode = new Map<string, Existing>();
  const byName = new Map<string, Existing>();
  for (const e of existing) {
    if (e.article) byArticle.set(e.article, e);
    for (const b of e.barcodes) byBarcode.set(b, e);
    if (!e.article && e.barcodes.length === 0 && !byName.has(e.name)) byName.set(e.name, e);
  }

  const ins: ItemValues[] = [];
  const insIds: string[] = [];
  const upd: ItemValues[] = [];
  const updIds: string[] = [];
  const barcodeReplace: string[] = [];
  const bcItem: string[] = [];
  const bcCode: string[] = [];
  const bcPos: number[] = [];

  // Hot loop (every row of the file): no closures or temporary maps per row.
  const noCodes: string[] = [];
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    const row = r.row;
    const codes = row.barcodes ?? noCodes;
    let problem: RowMessage | null = null;
    let target: Existing | null = row.article ? (byArticle.get(row.article) ?? null) : null;
    if (!target && codes.length > 0) {
      // Not found by article: the item the row's barcodes belong to (at most one).
      let owner: Existing | null = null;
      for (let i = 0; i < codes.length && !problem; i++) {
        const o = byBarcode.get(codes[i]);
        if (!o) continue;
        if (owner && owner !== o) problem = { key: "rowErrors.barcodesSeveralItems" };
        else if (!owner) {
          owner = o;
          if (row.article && o.article && o.article !== row.article) {
            problem = {
              key: "rowErrors.barcodeOtherArticle",
              params: { barcode: codes[i], article: o.article },
            };
          }
        }
      }
      target = owner;
    }
    if (!problem && !target && !row.article && !row.barcodes) target = byName.get(row.name) ?? null;
    if (!problem && target) {
      for (let i = 0; i < codes.length; i++) {
        const o = byBarcode.get(codes[i]);
        if (o && o.id !== target.id) {
          problem = { key: "rowErrors.barcodeTaken", params: { barcode: codes[i], name: o.name } };
          break;
        }
      }
      const earlier = touched.get(target.id);
      if (!problem && earlier !== undefined)
        problem = { key: "rowErrors.itemTouchedTwice", params: { name: target.name, row: earlier } };
    }
    if (problem) {
      result.failed.push({ rowNumber: r.rowNumber, cells: r.cells, errors: [problem] });
      continue;
    }
    if (target) {
      touched.set(target.id, r.rowNumber);
      const values = mergeValues(row, target);
      if (unchanged(values, target)) {
        result.skipped++;
        continue;
      }
      upd.push(values);
      updIds.push(target.id);
      if (!sameList(values.barcodes, target.barcodes)) {
        barcodeReplace.push(target.id);
        for (let i = 0; i < values.barcodes.length; i++) {
          bcItem.push(target.id);
          bcCode.push(values.barcodes[i]);
          bcPos.push(i);
        }
      }
      result.updated++;
    } else {
      // No `touched` entry: a later row cannot reach a new item (a repeated article, barcode or
      // key-less name already fails in the validator), and 100,000 ids would only cost memory.
      const id = randomUUID();
      const values = mergeValues(row, null);
      ins.push(values);
      insIds.push(id);
      for (let i = 0; i < values.barcodes.length; i++) {
        bcItem.push(id);
        bcCode.push(values.barcodes[i]);
        bcPos.push(i);
      }
      result.created++;
    }
  }

  const cols = (list: ItemValues[]) => [
    list.map((v) => v.name),
    list.map((v) => v.article),
    list.map((v) => v.type),
    list.map((v) => v.unit),
    list.map((v) => v.price.toString()),
    list.map((v) => v.vatRate),
    list.map((v) => v.section),
  ];
  if (ins.length) {
    await sql(
      `INSERT INTO "NomenclatureItem" (id, "organizationId", name, article, type, unit, price, "vatRate", section)
       SELECT u.id, $1::uuid, u.name, u.article, u.type, u.unit, u.price, u.vat, u.section
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::"NomenclatureItemType"[], $6::"MeasureUnit"[], $7::bigint[], $8::text[], $9::text[])
           AS u(id, name, article, type, unit, price, vat, section)`,
      [organizationId, insIds, ...cols(ins)],
    );
  }
  if (upd.length) {
    // enum arrays, not per-row casts: Citus refuses a STABLE cast of a column in an UPDATE
    await sql(
      `UPDATE "NomenclatureItem" i
          SET name = u.name, article = u.article, type = u.type, unit = u.unit,
              price = u.price, "vatRate" = u.vat, section = u.section, "archivedAt" = NULL, "updatedAt" = CURRENT_TIMESTAMP
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::"NomenclatureItemType"[], $6::"MeasureUnit"[], $7::bigint[], $8::text[], $9::text[])
           AS u(id, name, article, type, unit, price, vat, section)
        WHERE i."organizationId" = $1::uuid AND i.id = u.id`,
      [organizationId, updIds, ...cols(upd)],
    );
  }
  if (barcodeReplace.length) {
    await sql(
      `DELETE FROM "NomenclatureBarcode" WHERE "organizationId" = $1::uuid AND "itemId" = ANY($2::uuid[])`,
      [organizationId, barcodeReplace],
    );
  }
  if (bcCode.length) {
    await sql(
      `INSERT INTO "NomenclatureBarcode" ("organizationId", barcode, "itemId", position)
       SELECT $1::uuid, u.barcode, u.item, u.pos FROM unnest($2::text[], $3::uuid[], $4::int[]) AS u(barcode, item, pos)`,
      [organizationId, bcCode, bcItem, bcPos],
    );
  }
  return result;
}
