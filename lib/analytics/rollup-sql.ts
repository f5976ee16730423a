// The analytics rollups (docs/analytics.md): what one accepted document adds to them, as CTEs of
// the engine's single write statement (lib/device/engine.ts), and the same figures recomputed from
// the stored documents (lib/analytics/rebuild.ts). Both sides take the local day and hour from SQL
// (`createdAt AT TIME ZONE <org timezone>`) and use the same rules below, so they agree exactly.
//
// Rules: every document adds to AnalyticsDay (count, amounts, payment method counts) under its type,
// whether it is the reverse document of «cancel last» and its cashier's name (the cashier report
// groups by it; the dashboard sums over it). SALE and SALE_RETURN documents also add
// to AnalyticsHours (revenue: +sale, −sale return; receipts: +1 for a sale, −1 for the reversal of
// a sale) — and, by local weekday × hour of the month, to AnalyticsWeekHours — and their lines to the
// goods tables: net quantity and revenue (+ for a sale, − for a return) and, for the goods report,
// the split (a SALE's lines to soldQuantity / soldAmount, a SALE_RETURN's — reversals included — to
// returnedQuantity / returnedAmount, positive).

export const RECEIPT_TYPES = ["SALE", "SALE_RETURN", "PURCHASE", "PURCHASE_RETURN"] as const;

export interface RollupDoc {
  organizationId: string;
  cashboxId: string;
  timezone: string;
  /** FiscalDocumentType, upper case */
  type: string;
  reversal: boolean;
  /** the name the document snapshots (FiscalDocument.cashierName: '' for a server-made document) */
  cashierName: string;
  createdAt: Date;
  total: bigint;
  cash: bigint;
  card: bigint;
  change: bigint;
  discount: bigint;
  vat: bigint;
  lines: {
    nomenclatureId: string | null;
    name: string;
    unitCode: string;
    quantityText: string;
    total: bigint;
  }[];
}

/** The goods key of a receipt line (SQL twin in rebuild.ts: ITEM_KEY_SQL). */
export function itemKey(line: { nomenclatureId: string | null; name: string; unitCode: string }) {
  return line.nomenclatureId ?? `n:${line.unitCode}:${line.name}`;
}
export const ITEM_KEY_SQL = `COALESCE(l."nomenclatureId"::text, 'n:' || l."unitCode" || ':' || l.name)`;

/** Element-wise sum of two equal-length arrays (the hour arrays). */
const addArrays = (a: string, b: string, cast: string) =>
  `(SELECT array_agg(x + y ORDER BY n)::${cast} FROM unnest(${a}, ${b}) WITH ORDINALITY AS u(x, y, n))`;

/**
 * CTEs that add `d` to the rollups. `p` binds a value and returns its placeholder; `org` is the
 * placeholder already bound to the organization id. Runs inside the document's transaction, under
 * the cashbox's journal lock: every row it touches is keyed by this cashbox.
 */
export function rollupCtes(p: (v: unknown) => string, org: string, d: RollupDoc, gate?: string): string[] {
  const cb = p(d.cashboxId);
  const ctes: string[] = [];
  // `gate`: a CTE of the same statement; the rollups are written only when it returned a row
  ctes.push(
    `an_t AS (SELECT (${p(d.createdAt)}::timestamptz AT TIME ZONE ${p(d.timezone)}) AS lt${gate ? ` FROM ${gate}` : ""})`,
  );
  const cashOnly = d.cash > 0n && d.card === 0n ? 1 : 0;
  const cardOnly = d.card > 0n && d.cash === 0n ? 1 : 0;
  const mixed = d.card > 0n && d.cash > 0n ? 1 : 0;
  ctes.push(`an_day AS (INSERT INTO "AnalyticsDay" AS a ("organizationId", day, "cashboxId", type, reversal, "cashierName", count, total, cash, card, change, discount, vat, "cashOnly", "cardOnly", mixed)
      SELECT ${org}::uuid, an_t.lt::date, ${cb}::uuid, ${p(d.type)}::"FiscalDocumentType", ${p(d.reversal)}, ${p(d.cashierName)}::text, 1,
        ${p(d.total)}::bigint, ${p(d.cash)}::bigint, ${p(d.card)}::bigint, ${p(d.change)}::bigint, ${p(d.discount)}::bigint, ${p(d.vat)}::bigint,
        ${cashOnly}, ${cardOnly}, ${mixed} FROM an_t
    ON CONFLICT ("organizationId", day, "cashboxId", type, reversal, "cashierName") DO UPDATE SET
      count = a.count + 1, total = a.total + EXCLUDED.total, cash = a.cash + EXCLUDED.cash, card = a.card + EXCLUDED.card,
      change = a.change + EXCLUDED.change, discount = a.discount + EXCLUDED.discount, vat = a.vat + EXCLUDED.vat,
      "cashOnly" = a."cashOnly" + EXCLUDED."cashOnly", "cardOnly" = a."cardOnly" + EXCLUDED."cardOnly", mixed = a.mixed + EXCLUDED.mixed)`);

  if (d.type !== "SALE" && d.type !== "SALE_RETURN") return ctes;
  const sign = d.type === "SALE" ? 1n : -1n;
  const receipts = d.type === "SALE" && !d.reversal ? 1 : d.type === "SALE_RETURN" && d.reversal ? -1 : 0;
  ctes.push(`an_hours AS (INSERT INTO "AnalyticsHours" AS a ("organizationId", day, "cashboxId", receipts, revenue)
      SELECT ${org}::uuid, an_t.lt::date, ${cb}::uuid,
        (SELECT array_agg(CASE WHEN h = extract(hour FROM an_t.lt) THEN ${p(receipts)}::int ELSE 0 END ORDER BY h) FROM generate_series(0, 23) h),
        (SELECT array_agg(CASE WHEN h = extract(hour FROM an_t.lt) THEN ${p(sign * d.total)}::bigint ELSE 0 END ORDER BY h) FROM generate_series(0, 23) h)
      FROM an_t
    ON CONFLICT ("organizationId", day, "cashboxId") DO UPDATE SET
      receipts = ${addArrays("a.receipts", "EXCLUDED.receipts", "int[]")},
      revenue = ${addArrays("a.revenue", "EXCLUDED.revenue", "bigint[]")})`);

  // the month's weekday × hour table: a row of zeros around the document's slot, added element-wise
  // like the hours above (Citus allows neither parameters nor a CTE in DO UPDATE SET on a distributed
  // table, so the slot cannot be addressed there; the sum of 168 elements costs tens of microseconds)
  const rv = p(receipts);
  const vv = p(sign * d.total);
  ctes.push(`an_slot AS (SELECT date_trunc('month', an_t.lt)::date AS month,
        (extract(isodow FROM an_t.lt)::int - 1) * 24 + extract(hour FROM an_t.lt)::int + 1 AS i FROM an_t)`);
  ctes.push(`an_week AS (INSERT INTO "AnalyticsWeekHours" AS a ("organizationId", month, "cashboxId", receipts, revenue)
      SELECT ${org}::uuid, s.month, ${cb}::uuid,
        array_fill(0, ARRAY[s.i - 1]) || ${rv}::int || array_fill(0, ARRAY[168 - s.i]),
        array_fill(0::bigint, ARRAY[s.i - 1]) || ${vv}::bigint || array_fill(0::bigint, ARRAY[168 - s.i])
      FROM an_slot s
    ON CONFLICT ("organizationId", month, "cashboxId") DO UPDATE SET
      receipts = ${addArrays("a.receipts", "EXCLUDED.receipts", "int[]")},
      revenue = ${addArrays("a.revenue", "EXCLUDED.revenue", "bigint[]")})`);

  if (d.lines.length === 0) return ctes;
  const L = d.lines;
  // one row per key (ON CONFLICT may not touch a row twice in one statement), sorted for a stable lock order
  // sold / returned: the whole document is one or the other, so one factor is 1 and the other 0
  const sold = p(d.type === "SALE" ? 1 : 0);
  const returned = p(d.type === "SALE" ? 0 : 1);
  ctes.push(`an_items AS (SELECT k AS "itemKey", min(n) AS name, min(u) AS "unitCode", sum(q) * ${p(sign)}::int AS quantity, (sum(t) * ${p(sign)}::int)::bigint AS revenue,
        sum(q) * ${sold}::int AS "soldQuantity", (sum(t) * ${sold}::int)::bigint AS "soldAmount",
        sum(q) * ${returned}::int AS "returnedQuantity", (sum(t) * ${returned}::int)::bigint AS "returnedAmount"
      FROM unnest(${p(L.map(itemKey))}::text[], ${p(L.map((l) => l.name))}::text[], ${p(L.map((l) => l.unitCode))}::text[],
        ${p(L.map((l) => l.quantityText))}::numeric[], ${p(L.map((l) => l.total.toString()))}::bigint[]) AS x(k, n, u, q, t)
      GROUP BY k ORDER BY k)`);
  for (const [name, table, col, expr] of [
    ["an_item_day", "AnalyticsItemDay", "day", "an_t.lt::date"],
    ["an_item_month", "AnalyticsItemMonth", "month", "date_trunc('month', an_t.lt)::date"],
  ] as const) {
    ctes.push(`${name} AS (INSERT INTO "${table}" AS a ("organizationId", ${col}, "cashboxId", "itemKey", name, "unitCode", quantity, revenue,
          "soldQuantity", "soldAmount", "returnedQuantity", "returnedAmount")
        SELECT ${org}::uuid, ${expr}, ${cb}::uuid, i."itemKey", i.name, i."unitCode", i.quantity, i.revenue,
          i."soldQuantity", i."soldAmount", i."returnedQuantity", i."returnedAmount" FROM an_items i, an_t ORDER BY i."itemKey"
      ON CONFLICT ("organizationId", ${col}, "cashboxId", "itemKey") DO UPDATE SET
        name = LEAST(a.name, EXCLUDED.name), "unitCode" = LEAST(a."unitCode", EXCLUDED."unitCode"),
        quantity = a.quantity + EXCLUDED.quantity, revenue = a.revenue + EXCLUDED.revenue,
        "soldQuantity" = a."soldQuantity" + EXCLUDED."soldQuantity", "soldAmount" = a."soldAmount" + EXCLUDED."soldAmount",
        "returnedQuantity" = a."returnedQuantity" + EXCLUDED."returnedQuantity",
        "returnedAmount" = a."returnedAmount" + EXCLUDED."returnedAmount")`);
  }
  return ctes;
}
