import type { OrganizationId } from "@/lib/tenant/context";
// What one accepted fiscal document does to stock, as CTEs of the device pipeline's single write
// statement (lib/device/pipeline/write.ts). Every table it touches is keyed by the document's
// organizationId (single-shard on Citus); it runs only when the journal CTE (`gate`) moved.
//
// Rules (docs/stock.md): a line moves stock when its nomenclatureId names an item of this
// organization that tracks stock; sale −, sale return +, purchase +, purchase return − (a
// cancel-last reverse document is a return of the opposite kind, so it reverses). The trade point
// is the cashbox's. Value at cost: a purchase line brings its own total and sets the last cost;
// every other movement is valued at the balance's average cost (value / quantity while the
// quantity is positive, else the last cost). Negative stock is allowed: a sale is never refused.
// The balances are upserted in (tradePointId, itemId) order, the lock order every stock writer keeps.

export const STOCK_SIGN: Record<string, 1 | -1> = {
  SALE: -1,
  SALE_RETURN: 1,
  PURCHASE: 1,
  PURCHASE_RETURN: -1,
};

export interface StockFiscalDoc {
  documentId: string;
  cashboxId: string;
  /** FiscalDocumentType, upper case */
  type: string;
  reversal: boolean;
  createdAt: Date;
  lines: { lineNo: number; nomenclatureId: string | null; quantityText: string; total: bigint }[];
}

/**
 * CTEs that write the stock movements of `d` and add them to the balances. `p` binds a value and
 * returns its placeholder; `org` is the placeholder of the organization id; `gate` a CTE of the
 * same statement that returns a row only when the document is being written.
 */
export function stockCtes(p: (v: unknown) => string, org: string, d: StockFiscalDoc, gate: string): string[] {
  const sign = STOCK_SIGN[d.type];
  const L = d.lines.filter((l) => l.nomenclatureId !== null);
  if (!sign || L.length === 0) return [];
  const purchase = d.type === "PURCHASE";
  const cashbox = p(d.cashboxId);
  return [
    `st_l AS (SELECT c."tradePointId" AS tp, x.line_no, x.item, x.q * ${sign} AS q, x.t
        FROM ${gate}, unnest(${p(L.map((l) => l.lineNo))}::int[], ${p(L.map((l) => l.nomenclatureId))}::uuid[],
          ${p(L.map((l) => l.quantityText))}::numeric[], ${p(L.map((l) => l.total.toString()))}::bigint[]) AS x(line_no, item, q, t)
        JOIN "Cashbox" c ON c."organizationId" = ${org}::uuid AND c.id = ${cashbox}::uuid
        JOIN "NomenclatureItem" i ON i."organizationId" = ${org}::uuid AND i.id = x.item AND i."tracksStock")`,
    `st_mv AS (INSERT INTO "StockMovement" ("organizationId", "tradePointId", "itemId", kind, reversal, quantity, value, "unitCost", at, "fiscalDocumentId", "fiscalLineNo")
        SELECT ${org}::uuid, l.tp, l.item, ${p(d.type)}::"StockMovementKind", ${p(d.reversal)}::boolean, l.q,
          ${
            purchase
              ? "l.t"
              : `round(l.q * CASE WHEN b.quantity > 0 THEN b.value / b.quantity ELSE COALESCE(b."lastCost", 0) END)::bigint`
          },
          ${purchase ? `CASE WHEN l.q > 0 THEN round(l.t / l.q)::bigint END` : "NULL::bigint"},
          ${p(d.createdAt)}::timestamptz, ${p(d.documentId)}::uuid, l.line_no
        FROM st_l l LEFT JOIN "StockBalance" b ON b."organizationId" = ${org}::uuid AND b."tradePointId" = l.tp AND b."itemId" = l.item
        ORDER BY l.line_no
        RETURNING "tradePointId", "itemId", quantity, value, "unitCost", id)`,
    ...balanceUpsertCte("st_bal", org, "st_mv", cashbox),
  ];
}

/**
 * The same as stockCtes, as two statements of their own for Citus (lib/device/pipeline/write.ts):
 * the movements, then the balances from this document's movements. Run in the document's
 * transaction after its write statement, and only when that moved the journal. The movements' INSERT
 * joins the tenant's co-located tables on the distribution column (Citus plans an INSERT … SELECT only
 * so), and names the tenant by value on the cashbox: it runs on the tenant's shard.
 */
export function stockStatements(
  organizationId: OrganizationId,
  d: StockFiscalDoc,
): { text: string; values: unknown[] }[] {
  const sign = STOCK_SIGN[d.type];
  const L = d.lines.filter((l) => l.nomenclatureId !== null);
  if (!sign || L.length === 0) return [];
  const purchase = d.type === "PURCHASE";
  const movements = {
    text: `INSERT INTO "StockMovement" ("organizationId", "tradePointId", "itemId", kind, reversal, quantity, value, "unitCost", at, "fiscalDocumentId", "fiscalLineNo")
      SELECT c."organizationId", c."tradePointId", x.item, $3::"StockMovementKind", $4::boolean, x.q * ${sign},
        ${
          purchase
            ? "x.t"
            : `round(x.q * ${sign} * CASE WHEN b.quantity > 0 THEN b.value / b.quantity ELSE COALESCE(b."lastCost", 0) END)::bigint`
        },
        ${purchase ? `CASE WHEN x.q > 0 THEN round(x.t / x.q)::bigint END` : "NULL::bigint"},
        $5::timestamptz, $6::uuid, x.line_no
      FROM unnest($7::int[], $8::uuid[], $9::numeric[], $10::bigint[]) AS x(line_no, item, q, t)
      JOIN "Cashbox" c ON c."organizationId" = $1::uuid AND c.id = $2::uuid
      JOIN "NomenclatureItem" i ON i."organizationId" = c."organizationId" AND i.id = x.item AND i."tracksStock"
      LEFT JOIN "StockBalance" b ON b."organizationId" = c."organizationId" AND b."tradePointId" = c."tradePointId" AND b."itemId" = x.item
      ORDER BY x.line_no`,
    values: [
      organizationId,
      d.cashboxId,
      d.type,
      d.reversal,
      d.createdAt,
      d.documentId,
      L.map((l) => l.lineNo),
      L.map((l) => l.nomenclatureId),
      L.map((l) => l.quantityText),
      L.map((l) => l.total.toString()),
    ],
  };
  const balances = {
    text: `WITH m AS (SELECT "tradePointId", "itemId", quantity, value, "unitCost", id FROM "StockMovement"
        WHERE "organizationId" = $1::uuid AND "fiscalDocumentId" = $2::uuid),
      ${balanceUpsertCte("st_bal", "$1", "m", "$3").join(",\n")}
      SELECT 1`,
    values: [organizationId, d.documentId, d.cashboxId],
  };
  return [movements, balances];
}

/** The writer key of the cabinet's stock documents and the rebuild in "StockTotal". */
export const CABINET_WRITER = "00000000-0000-0000-0000-000000000000";

/**
 * Adds the movements RETURNED by the CTE `from` (tradePointId, itemId, quantity, value, unitCost,
 * id) to "StockBalance": one row per key (ON CONFLICT may not touch a row twice), in key order.
 * The last cost is the unit cost of the movement with the highest id (as the rebuild takes it).
 * Then adds what that changed to the trade points' figures in "StockTotal", on the row of `writer`
 * (an SQL uuid expression: the cashbox of a fiscal document, CABINET_WRITER otherwise): the value,
 * and the balances that became or stopped being negative / positive (a balance's quantity before is
 * its quantity after less the document's; a new balance was 0). Locks: balances, then the
 * writer's total rows in trade point order, the order the rebuild keeps too.
 * CTEs `${name}_g`, `${name}`, `${name}_t`.
 */
export function balanceUpsertCte(name: string, org: string, from: string, writer: string): string[] {
  return [
    `${name}_g AS (SELECT m."tradePointId" AS tp, m."itemId" AS item, sum(m.quantity) AS q, sum(m.value) AS v,
        COALESCE((array_agg(m."unitCost" ORDER BY m.id DESC) FILTER (WHERE m."unitCost" IS NOT NULL))[1], 0) AS c,
        COALESCE(max(m.id) FILTER (WHERE m."unitCost" IS NOT NULL), 0) AS s
      FROM ${from} m GROUP BY m."tradePointId", m."itemId")`,
    `${name} AS (INSERT INTO "StockBalance" AS b ("organizationId", "tradePointId", "itemId", quantity, value, "lastCost", "lastCostSeq")
      SELECT ${org}::uuid, g.tp, g.item, g.q, g.v, g.c, g.s FROM ${name}_g g ORDER BY g.tp, g.item
    ON CONFLICT ("organizationId", "tradePointId", "itemId") DO UPDATE SET
      quantity = b.quantity + EXCLUDED.quantity, value = b.value + EXCLUDED.value,
      "lastCost" = CASE WHEN EXCLUDED."lastCostSeq" > b."lastCostSeq" THEN EXCLUDED."lastCost" ELSE b."lastCost" END,
      "lastCostSeq" = GREATEST(b."lastCostSeq", EXCLUDED."lastCostSeq")
    RETURNING b."tradePointId", b."itemId", b.quantity)`,
    `${name}_t AS (INSERT INTO "StockTotal" AS t ("organizationId", "tradePointId", "writerId", value, negative, positive)
      SELECT ${org}::uuid, g.tp, ${writer}::uuid, sum(g.v),
        count(*) FILTER (WHERE r.quantity < 0) - count(*) FILTER (WHERE r.quantity - g.q < 0),
        count(*) FILTER (WHERE r.quantity > 0) - count(*) FILTER (WHERE r.quantity - g.q > 0)
      FROM ${name} r JOIN ${name}_g g ON g.tp = r."tradePointId" AND g.item = r."itemId"
      GROUP BY g.tp ORDER BY g.tp
    ON CONFLICT ("organizationId", "tradePointId", "writerId") DO UPDATE SET
      value = t.value + EXCLUDED.value, negative = t.negative + EXCLUDED.negative, positive = t.positive + EXCLUDED.positive)`,
  ];
}
