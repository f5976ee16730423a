import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { MeasureUnit } from "@/lib/nomenclature/units";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { TFindStockQuery } from "./schemas";

export interface StockRow {
  itemId: string;
  name: string;
  article: string | null;
  unit: MeasureUnit;
  section: string | null;
  /** numeric text, 3 decimals ("-2.000") */
  quantity: string;
  /** value at cost, minor units */
  value: number;
  stockMin: string | null;
  low: boolean;
  negative: boolean;
}

export interface StockPage {
  tradePointId: string;
  rows: StockRow[];
  total: number;
  page: number;
  pageSize: number;
  pages: number;
  /** over the whole trade point, not the page */
  summary: { value: number; negative: number; low: number };
}

const ORDER: Record<TFindStockQuery["sort"], string> = {
  name: `i.name ASC, i.id`,
  "-name": `i.name DESC, i.id`,
  quantity: `COALESCE(b.quantity, 0) ASC, i.name, i.id`,
  "-quantity": `COALESCE(b.quantity, 0) DESC, i.name, i.id`,
  value: `COALESCE(b.value, 0) ASC, i.name, i.id`,
  "-value": `COALESCE(b.value, 0) DESC, i.name, i.id`,
};

const FILTER: Record<TFindStockQuery["filter"], string> = {
  all: "",
  low: `AND b.quantity < i."stockMin"`,
  negative: `AND b.quantity < 0`,
  positive: `AND b.quantity > 0`,
};

/** The trade point to show: the one asked for (of this organization) or the first by name. */
export async function resolveTradePoint(ctx: TenantContext, tp: string | undefined): Promise<string> {
  const row = await db.tradePoint.findFirst({
    where: tp
      ? { organizationId: ctx.organizationId, id: tp }
      : { organizationId: ctx.organizationId, archivedAt: null },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return row.id;
}

/**
 * The figures over a whole trade point: value at cost and the negative balances (its balances less
 * those of the few unlisted items), and the listed items below their minimum (only items with a
 * minimum are joined). Each part reads an index (migration 20261204070000_stock_list_indexes); an
 * item without a balance row has none of these.
 */
async function stockSummary(organizationId: string, tradePointId: string) {
  return db.$queryRawUnsafe<{ value: bigint | null; negative: number; low: number }[]>(
    `SELECT sum(b.value)::bigint AS value, (count(*) FILTER (WHERE b.quantity < 0))::int AS negative,
            (SELECT count(*)::int FROM "NomenclatureItem" i
               JOIN "StockBalance" m ON m."organizationId" = i."organizationId" AND m."tradePointId" = $2::uuid AND m."itemId" = i.id
              WHERE i."organizationId" = $1::uuid AND i."stockMin" IS NOT NULL AND i."tracksStock" AND i."archivedAt" IS NULL
                AND m.quantity < i."stockMin") AS low
       FROM "StockBalance" b
      WHERE b."organizationId" = $1::uuid AND b."tradePointId" = $2::uuid
        AND NOT EXISTS (SELECT 1 FROM "NomenclatureItem" u
                         WHERE u."organizationId" = $1::uuid AND u.id = b."itemId" AND (NOT u."tracksStock" OR u."archivedAt" IS NOT NULL))`,
    organizationId,
    tradePointId,
  );
}

/**
 * «Остатки»: one page of the stock-tracked items of a trade point with their balances (an item
 * without movements there shows 0, and is never «below minimum»: it was never stocked there), searched by name, article or exact barcode.
 */
export async function findStock(ctx: TenantContext, query: TFindStockQuery): Promise<StockPage> {
  assertCan(ctx, "stock.read");
  const tp = await resolveTradePoint(ctx, query.tp);
  const args: unknown[] = [ctx.organizationId, tp];
  let search = "";
  const q = query.q?.trim();
  if (q) {
    args.push(`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, q);
    search = `AND (i.name ILIKE $3 OR i.article ILIKE $3 OR EXISTS (SELECT 1 FROM "NomenclatureBarcode" c
                WHERE c."organizationId" = i."organizationId" AND c.barcode = $4 AND c."itemId" = i.id))`;
  }
  if (query.section) {
    args.push(query.section);
    search += ` AND i.section = $${args.length}`;
  }
  const from = `FROM "NomenclatureItem" i
    LEFT JOIN "StockBalance" b ON b."organizationId" = i."organizationId" AND b."tradePointId" = $2::uuid AND b."itemId" = i.id
    WHERE i."organizationId" = $1::uuid AND i."tracksStock" AND i."archivedAt" IS NULL ${search} ${FILTER[query.filter]}`;
  const offset = (query.page - 1) * query.pageSize;
  // The count: of the listed items alone (an index-only scan) unless a search or filter narrows it.
  const narrowed = search !== "" || query.filter !== "all";
  const [rows, [count], [summary]] = await Promise.all([
    db.$queryRawUnsafe<
      {
        itemId: string;
        name: string;
        article: string | null;
        unit: MeasureUnit;
        section: string | null;
        q: string;
        v: bigint;
        min: string | null;
        low: boolean;
      }[]
    >(
      `SELECT i.id::text AS "itemId", i.name, i.article, i.unit::text AS unit, i.section,
              COALESCE(b.quantity, 0)::numeric(16,3)::text AS q, COALESCE(b.value, 0) AS v, i."stockMin"::text AS min,
              COALESCE(b.quantity < i."stockMin", false) AS low
         ${from} ORDER BY ${ORDER[query.sort]} LIMIT ${query.pageSize} OFFSET ${offset}`,
      ...args,
    ),
    narrowed
      ? db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n ${from}`, ...args)
      : db.$queryRawUnsafe<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM "NomenclatureItem" i
            WHERE i."organizationId" = $1::uuid AND i."tracksStock" AND i."archivedAt" IS NULL`,
          ctx.organizationId,
        ),
    stockSummary(ctx.organizationId, tp),
  ]);
  return {
    tradePointId: tp,
    rows: rows.map((r) => {
      const qn = Number(r.q);
      return {
        itemId: r.itemId,
        name: r.name,
        article: r.article,
        unit: r.unit,
        section: r.section,
        quantity: r.q,
        value: Number(r.v),
        stockMin: r.min,
        low: r.low,
        negative: qn < 0,
      };
    }),
    total: count.n,
    page: query.page,
    pageSize: query.pageSize,
    pages: Math.max(1, Math.ceil(count.n / query.pageSize)),
    summary: { value: Number(summary.value ?? 0), negative: summary.negative, low: summary.low },
  };
}
