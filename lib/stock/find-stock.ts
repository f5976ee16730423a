import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { MeasureUnit } from "@/lib/nomenclature/units";
import { assertCan, type OrganizationId, type TenantContext } from "@/lib/tenant/context";
import type { TFindStockQuery } from "./schemas";
import { tenantQueryText } from "@/lib/db/sql";

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

const LISTED = `i."tracksStock" AND i."archivedAt" IS NULL`;

const FILTER: Record<TFindStockQuery["filter"], string> = {
  all: "",
  low: `AND b.quantity < i."stockMin"`,
  negative: `AND b.quantity < 0`,
  positive: `AND b.quantity > 0`,
};

const COLUMNS = `i.id::text AS "itemId", i.name, i.article, i.unit::text AS unit, i.section,
  COALESCE(b.quantity, 0)::numeric(16,3)::text AS q, COALESCE(b.value, 0) AS v, i."stockMin"::text AS min,
  COALESCE(b.quantity < i."stockMin", false) AS low`;

interface RawRow {
  itemId: string;
  name: string;
  article: string | null;
  unit: MeasureUnit;
  section: string | null;
  q: string;
  v: bigint;
  min: string | null;
  low: boolean;
}

/**
 * The figures over a whole trade point, exact and without reading its balances: value at cost and
 * the negative / positive balances are the trade point's rows of "StockTotal" (kept by every balance
 * writer, lib/stock/fiscal-sql.ts) less the balances of the unlisted items (not stock-tracked or
 * archived: few, an index); the listed items below their minimum: the items that have a minimum
 * (an index) each probe their balance by its key (a hash join would read all of the trade point's
 * balances). One statement: one snapshot.
 */
async function stockSummary(organizationId: OrganizationId, tradePointId: string) {
  const [row] = await tenantQueryText<{ value: bigint; negative: number; positive: number; low: number }[]>(
    db,
    organizationId,
    `WITH t AS (SELECT COALESCE(sum(value), 0)::bigint AS value, COALESCE(sum(negative), 0)::int AS negative,
                       COALESCE(sum(positive), 0)::int AS positive
                  FROM "StockTotal" WHERE "organizationId" = $1::uuid AND "tradePointId" = $2::uuid),
          u AS (SELECT COALESCE(sum(b.value), 0)::bigint AS value, (count(*) FILTER (WHERE b.quantity < 0))::int AS negative,
                       (count(*) FILTER (WHERE b.quantity > 0))::int AS positive
                  FROM "NomenclatureItem" i
                  JOIN "StockBalance" b ON b."organizationId" = i."organizationId" AND b."tradePointId" = $2::uuid AND b."itemId" = i.id
                 WHERE i."organizationId" = $1::uuid AND (NOT i."tracksStock" OR i."archivedAt" IS NOT NULL))
     SELECT t.value - u.value AS value, t.negative - u.negative AS negative, t.positive - u.positive AS positive,
            (SELECT count(*)::int FROM "NomenclatureItem" i
              WHERE i."organizationId" = $1::uuid AND i."stockMin" IS NOT NULL AND ${LISTED}
                AND (SELECT m.quantity FROM "StockBalance" m
                      WHERE m."organizationId" = $1::uuid AND m."tradePointId" = $2::uuid AND m."itemId" = i.id) < i."stockMin") AS low
       FROM t, u`,
    organizationId,
    tradePointId,
  );
  return row;
}

/**
 * Rows `offset`…`offset + limit` of the concatenation of `bands` (SELECTs, each ordered, together in
 * the page's order): each band is read with LIMIT/OFFSET, a band wholly before the page only counted
 * (up to the offset). Every band is an index range (balances by quantity or value, items by name).
 */
async function readBands(
  org: OrganizationId,
  bands: string[],
  args: unknown[],
  offset: number,
  limit: number,
): Promise<RawRow[]> {
  const out: RawRow[] = [];
  let skip = offset;
  for (const band of bands) {
    const need = limit - out.length;
    if (need === 0) break;
    const rows = await tenantQueryText<RawRow[]>(db, org, `${band} LIMIT ${need} OFFSET ${skip}`, ...args);
    if (rows.length > 0) {
      out.push(...rows);
      skip = 0;
    } else if (skip > 0) {
      const [{ n }] = await tenantQueryText<{ n: number }[]>(
        db,
        org,
        `SELECT count(*)::int AS n FROM (${band} LIMIT ${skip}) x`,
        ...args,
      );
      skip -= n;
    }
  }
  return out;
}

/**
 * «Остатки»: one page of the stock-tracked items of a trade point with their balances (an item
 * without movements there shows 0, and is never «below minimum»: it was never stocked there), searched by name, article or exact barcode.
 *
 * Every query reads a bounded index range, never all of a trade point's rows (issue 23, 100,000
 * items × 3 trade points): by name, the page's items from the listed-items index, then their
 * balances; by quantity or value, three bands in the page's order — balances below zero from the
 * balance index, the items at zero (a zero balance or none, by name), balances above zero — each
 * read only as far as the page needs; the count of the listed items is an index-only scan, of a
 * filter without a search the summary's figure; the summary reads counter rows (stockSummary).
 */
export async function findStock(ctx: TenantContext, query: TFindStockQuery): Promise<StockPage> {
  assertCan(ctx, "stock.read");
  const tp = await resolveTradePoint(ctx, query.tp);
  const args: unknown[] = [ctx.organizationId, tp];
  let search = "";
  const q = query.q?.trim();
  if (q) {
    args.push(`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, q);
    // the barcode as a list of ids: an OR of three index scans (trigram name/article, primary key)
    search = `AND (i.name ILIKE $3 OR i.article ILIKE $3 OR i.id = ANY(ARRAY(SELECT c."itemId" FROM "NomenclatureBarcode" c
                WHERE c."organizationId" = $1::uuid AND c.barcode = $4)))`;
  }
  if (query.section) {
    args.push(query.section);
    search += ` AND i.section = $${args.length}`;
  }
  const filter = FILTER[query.filter];
  const offset = (query.page - 1) * query.pageSize;
  const limit = query.pageSize;
  const items = `"NomenclatureItem" i WHERE i."organizationId" = $1::uuid AND ${LISTED} ${search}`;
  // the balance side of an outer join names the tenant by value (single-shard on Citus)
  const balance = `"StockBalance" b ON b."organizationId" = $1::uuid AND b."tradePointId" = $2::uuid AND b."itemId" = i.id`;

  const readRows = async (): Promise<RawRow[]> => {
    const sort = query.sort.replace(/^-/, "") as "name" | "quantity" | "value";
    const desc = query.sort.startsWith("-");
    if (sort === "name") {
      const order = `i.name ${desc ? "DESC" : "ASC"}, i.id`;
      if (!filter)
        // the page's items first (LIMIT inside: an index-only scan of the listed items), then their balances
        return tenantQueryText<RawRow[]>(
          db,
          ctx.organizationId,
          `SELECT ${COLUMNS} FROM (SELECT i.id FROM ${items} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}) p
             JOIN "NomenclatureItem" i ON i."organizationId" = $1::uuid AND i.id = p.id
             LEFT JOIN ${balance} ORDER BY ${order}`,
          ...args,
        );
      return tenantQueryText<RawRow[]>(
        db,
        ctx.organizationId,
        `SELECT ${COLUMNS} FROM "NomenclatureItem" i JOIN ${balance}
          WHERE i."organizationId" = $1::uuid AND ${LISTED} ${search} ${filter}
          ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
        ...args,
      );
    }
    const k = `b.${sort}`;
    const signed = (cmp: string) =>
      `SELECT ${COLUMNS} FROM "StockBalance" b JOIN "NomenclatureItem" i ON i."organizationId" = b."organizationId" AND i.id = b."itemId"
        WHERE b."organizationId" = $1::uuid AND b."tradePointId" = $2::uuid AND ${k} ${cmp} 0
          AND ${LISTED} ${search} ${filter}
        ORDER BY ${k} ${desc ? "DESC" : "ASC"}, i.name, i.id`;
    const zero = `SELECT ${COLUMNS} FROM "NomenclatureItem" i LEFT JOIN ${balance}
        WHERE i."organizationId" = $1::uuid AND ${LISTED} ${search} AND COALESCE(${k}, 0) = 0 ${filter}
        ORDER BY i.name, i.id`;
    const bands = [signed("<"), zero, signed(">")];
    return readBands(ctx.organizationId, desc ? bands.reverse() : bands, args, offset, limit);
  };

  const summaryP = stockSummary(ctx.organizationId, tp);
  const countP: Promise<number> =
    search !== ""
      ? tenantQueryText<{ n: number }[]>(
          db,
          ctx.organizationId,
          filter
            ? `SELECT count(*)::int AS n FROM "NomenclatureItem" i JOIN ${balance}
                  WHERE i."organizationId" = $1::uuid AND ${LISTED} ${search} ${filter}`
            : `SELECT count(*)::int AS n FROM ${items} AND $2::uuid IS NOT NULL` /* $2: the trade point, unused */,
          ...args,
        ).then(([r]) => r.n)
      : query.filter === "all"
        ? tenantQueryText<{ n: number }[]>(
            db,
            ctx.organizationId,
            `SELECT count(*)::int AS n FROM "NomenclatureItem" i WHERE i."organizationId" = $1::uuid AND ${LISTED}`,
            ctx.organizationId,
          ).then(([r]) => r.n)
        : summaryP.then((s) => s[query.filter as "low" | "negative" | "positive"]);
  const [rows, total, summary] = await Promise.all([readRows(), countP, summaryP]);
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
    total,
    page: query.page,
    pageSize: query.pageSize,
    pages: Math.max(1, Math.ceil(total / query.pageSize)),
    summary: { value: Number(summary.value), negative: summary.negative, low: summary.low },
  };
}
