import { db } from "@/lib/db/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { tenantQueryText } from "@/lib/db/sql";

export interface UnmatchedLine {
  name: string;
  unitCode: string;
  /** receipt lines with this name and unit */
  lines: number;
  /** numeric text: sold minus returned */
  quantity: string;
  lastAt: string;
}

/** How far back «Без карточки товара» looks (documents are read through their date index). */
export const UNMATCHED_DAYS = 30;

/**
 * Receipt lines that moved no stock because they name no item of the nomenclature (a free-text
 * line, or an id the organization does not have), grouped by name and unit, for the owner to add
 * or map them. Only sales and returns of the last UNMATCHED_DAYS days.
 */
export async function findUnmatchedLines(
  ctx: TenantContext,
  query: { page: number },
  now: Date = new Date(),
): Promise<{ rows: UnmatchedLine[]; total: number; page: number; pages: number }> {
  assertCan(ctx, "stock.read");
  const since = new Date(now.getTime() - UNMATCHED_DAYS * 86400_000);
  const rows = await tenantQueryText<
    { name: string; unitCode: string; n: number; q: string; last: Date; total: number }[]
  >(
    db,
    ctx.organizationId,
    `SELECT l.name, l."unitCode", count(*)::int AS n,
            sum(CASE WHEN d.type = 'SALE' THEN l.quantity ELSE -l.quantity END)::numeric(16,3)::text AS q,
            max(d."createdAt") AS last, (count(*) OVER ())::int AS total
       FROM "FiscalDocument" d
       JOIN "ReceiptLine" l ON l."organizationId" = d."organizationId" AND l."documentId" = d.id
       LEFT JOIN "NomenclatureItem" i ON i."organizationId" = l."organizationId" AND i.id = l."nomenclatureId"
      WHERE d."organizationId" = $1::uuid AND d."createdAt" >= $2 AND d.type IN ('SALE', 'SALE_RETURN')
        AND i.id IS NULL
      GROUP BY l.name, l."unitCode"
      ORDER BY count(*) DESC, l.name LIMIT 50 OFFSET ${(query.page - 1) * 50}`,
    ctx.organizationId,
    since,
  );
  const total = rows[0]?.total ?? 0;
  return {
    rows: rows.map((r) => ({
      name: r.name,
      unitCode: r.unitCode,
      lines: r.n,
      quantity: r.q,
      lastAt: r.last.toISOString(),
    })),
    total,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / 50)),
  };
}
