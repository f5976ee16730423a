import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { MeasureUnit } from "@/lib/nomenclature/units";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { tenantQueryText } from "@/lib/db/sql";

export interface ItemMovement {
  id: string;
  at: string;
  tradePointId: string;
  tradePointName: string;
  kind: string;
  reversal: boolean;
  quantity: string;
  value: number;
  /** the fiscal document (number, cashbox) or the stock document (number) it came from */
  fiscal: { id: string; number: number; cashboxId: string } | null;
  stockDocument: { id: string; number: number } | null;
}

export interface ItemStockCard {
  item: {
    id: string;
    name: string;
    article: string | null;
    unit: MeasureUnit;
    type: string;
    tracksStock: boolean;
    stockMin: string | null;
  };
  balances: { tradePointId: string; tradePointName: string; quantity: string; value: number }[];
  movements: ItemMovement[];
  /** id of the oldest movement shown, for «Показать ещё» (older ones) */
  nextBefore: string | null;
}

const PAGE = 100;

/** The item card: balances per trade point and the movement history, newest first, 100 at a time. */
export async function findItemMovements(
  ctx: TenantContext,
  itemId: string,
  opts: { tradePointId?: string; before?: string } = {},
): Promise<ItemStockCard> {
  assertCan(ctx, "stock.read");
  const item = await db.nomenclatureItem.findFirst({
    where: { organizationId: ctx.organizationId, id: itemId },
    select: {
      id: true,
      name: true,
      article: true,
      unit: true,
      type: true,
      tracksStock: true,
      stockMin: true,
    },
  });
  if (!item) throw new AppError("NOT_FOUND");
  const balances = await tenantQueryText<
    { tradePointId: string; tradePointName: string; q: string; v: bigint }[]
  >(
    db,
    ctx.organizationId, // per trade point by the balance's key (no index by item: one fewer on the device write path)
    `SELECT b."tradePointId"::text AS "tradePointId", tp.name AS "tradePointName", b.quantity::text AS q, b.value AS v
       FROM "TradePoint" tp JOIN "StockBalance" b ON b."organizationId" = tp."organizationId" AND b."tradePointId" = tp.id AND b."itemId" = $2::uuid
      WHERE tp."organizationId" = $1::uuid ORDER BY tp.name, tp.id`,
    ctx.organizationId,
    itemId,
  );
  const args: unknown[] = [ctx.organizationId, itemId];
  let extra = "";
  if (opts.tradePointId) {
    args.push(opts.tradePointId);
    extra += ` AND m."tradePointId" = $${args.length}::uuid`;
  }
  if (opts.before && /^\d{1,19}$/.test(opts.before)) {
    args.push(opts.before);
    extra += ` AND m.id < $${args.length}::bigint`;
  }
  const rows = await tenantQueryText<
    {
      id: bigint;
      at: Date;
      tp: string;
      tpName: string;
      kind: string;
      reversal: boolean;
      q: string;
      v: bigint;
      fid: string | null;
      fnum: number | null;
      fcb: string | null;
      sid: string | null;
      snum: number | null;
    }[]
  >(
    db,
    ctx.organizationId,
    `SELECT m.id, m.at, m."tradePointId"::text AS tp, tp.name AS "tpName", m.kind::text AS kind, m.reversal,
            m.quantity::text AS q, m.value AS v, d.id::text AS fid, d.number AS fnum, d."cashboxId"::text AS fcb,
            s.id::text AS sid, s.number AS snum
       FROM "StockMovement" m
       JOIN "TradePoint" tp ON tp."organizationId" = m."organizationId" AND tp.id = m."tradePointId"
       LEFT JOIN "FiscalDocument" d ON d."organizationId" = m."organizationId" AND d.id = m."fiscalDocumentId"
       LEFT JOIN "StockDocument" s ON s."organizationId" = m."organizationId" AND s.id = m."stockDocumentId"
      WHERE m."organizationId" = $1::uuid AND m."itemId" = $2::uuid ${extra}
      ORDER BY m.id DESC LIMIT ${PAGE + 1}`,
    ...args,
  );
  const page = rows.slice(0, PAGE);
  return {
    item: { ...item, stockMin: item.stockMin?.toFixed(3) ?? null },
    balances: balances.map((b) => ({
      tradePointId: b.tradePointId,
      tradePointName: b.tradePointName,
      quantity: b.q,
      value: Number(b.v),
    })),
    movements: page.map((r) => ({
      id: r.id.toString(),
      at: r.at.toISOString(),
      tradePointId: r.tp,
      tradePointName: r.tpName,
      kind: r.kind,
      reversal: r.reversal,
      quantity: r.q,
      value: Number(r.v),
      fiscal: r.fid ? { id: r.fid, number: r.fnum!, cashboxId: r.fcb! } : null,
      stockDocument: r.sid ? { id: r.sid, number: r.snum! } : null,
    })),
    nextBefore: rows.length > PAGE ? page[page.length - 1].id.toString() : null,
  };
}
