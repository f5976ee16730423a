import { db } from "@/lib/db/client";
import type { MeasureUnit } from "@/lib/nomenclature/units";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { tenantQueryText } from "@/lib/db/sql";

export interface StockItemOption {
  id: string;
  name: string;
  article: string | null;
  unit: MeasureUnit;
  barcodes: string[];
  /** the code matched exactly (a scan): the editor adds it without asking */
  exact: boolean;
}

/**
 * Stock-tracked items for a document's line editor: an exact barcode or article first (what a
 * scanner types), then names containing the text; at most 20.
 */
export async function searchStockItems(ctx: TenantContext, q: string): Promise<StockItemOption[]> {
  assertCan(ctx, "stock.read");
  const text = q.trim().slice(0, 100);
  if (!text) return [];
  const rows = await tenantQueryText<
    {
      id: string;
      name: string;
      article: string | null;
      unit: MeasureUnit;
      barcodes: string[] | null;
      exact: boolean;
    }[]
  >(
    db,
    ctx.organizationId,
    `WITH hit AS (
       SELECT i.id, true AS exact FROM "NomenclatureBarcode" b
         JOIN "NomenclatureItem" i ON i."organizationId" = b."organizationId" AND i.id = b."itemId"
        WHERE b."organizationId" = $1::uuid AND b.barcode = $2
       UNION
       SELECT i.id, true FROM "NomenclatureItem" i WHERE i."organizationId" = $1::uuid AND i.article = $2
       UNION
       (SELECT i.id, false FROM "NomenclatureItem" i
         WHERE i."organizationId" = $1::uuid AND i."tracksStock" AND i."archivedAt" IS NULL AND i.name ILIKE $3
         ORDER BY i.name LIMIT 20))
     SELECT i.id::text, i.name, i.article, i.unit::text AS unit, bool_or(h.exact) AS exact,
            (SELECT array_agg(c.barcode ORDER BY c.position) FROM "NomenclatureBarcode" c
              WHERE c."organizationId" = i."organizationId" AND c."itemId" = i.id) AS barcodes
       FROM hit h JOIN "NomenclatureItem" i ON i."organizationId" = $1::uuid AND i.id = h.id
      WHERE i."tracksStock" AND i."archivedAt" IS NULL
      GROUP BY i.id, i.name, i.article, i.unit, i."organizationId"
      ORDER BY bool_or(h.exact) DESC, i.name LIMIT 20`,
    ctx.organizationId,
    text,
    `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
  );
  return rows.map((r) => ({ ...r, barcodes: r.barcodes ?? [] }));
}
