// Writes cabinet stock movements and their balances in the caller's transaction: one statement
// (movements INSERT … RETURNING, then the same balance upsert as the device path). Every row is
// keyed by the organization (single-shard on Citus); balances are locked and upserted in
// (tradePointId, itemId) order, the lock order every stock writer keeps.
import type { Tx } from "@/lib/db/client";
import type { OrganizationId } from "@/lib/tenant/context";
import { balanceUpsertCte, CABINET_WRITER } from "./fiscal-sql";
import { formatQuantity, thousandthsOf, type BalanceCost } from "./quantity";
import { tenantQueryText } from "@/lib/db/sql";

export type CabinetMovementKind = "RECEIPT" | "WRITE_OFF" | "TRANSFER_OUT" | "TRANSFER_IN" | "COUNT";

export interface NewMovement {
  tradePointId: string;
  itemId: string;
  kind: CabinetMovementKind;
  reversal: boolean;
  /** signed thousandths */
  quantity: bigint;
  /** signed minor units */
  value: bigint;
  unitCost: bigint | null;
  stockLineNo: number;
}

const key = (tp: string, item: string) => `${tp}:${item}`;

/** Locks and reads the balances of `keys` (FOR UPDATE, in key order); missing ones are absent. */
export async function lockBalances(
  tx: Tx,
  organizationId: OrganizationId,
  keys: { tradePointId: string; itemId: string }[],
): Promise<Map<string, BalanceCost>> {
  const out = new Map<string, BalanceCost>();
  if (keys.length === 0) return out;
  const rows = await tenantQueryText<{ tp: string; item: string; q: string; v: bigint; c: bigint }[]>(
    tx,
    organizationId,
    `SELECT b."tradePointId"::text AS tp, b."itemId"::text AS item, b.quantity::text AS q, b.value AS v, b."lastCost" AS c
       FROM "StockBalance" b
       JOIN jsonb_to_recordset($2::jsonb) AS k(tp uuid, item uuid) ON b."tradePointId" = k.tp AND b."itemId" = k.item
      WHERE b."organizationId" = $1::uuid
      ORDER BY b."tradePointId", b."itemId" FOR UPDATE OF b`,
    organizationId,
    JSON.stringify(keys.map((k) => ({ tp: k.tradePointId, item: k.itemId }))),
  );
  for (const r of rows)
    out.set(key(r.tp, r.item), { quantity: thousandthsOf(r.q), value: BigInt(r.v), lastCost: BigInt(r.c) });
  return out;
}

export const balanceKey = key;

/** Inserts the movements of a stock document and adds them to the balances. */
export async function writeMovements(
  tx: Tx,
  organizationId: OrganizationId,
  stockDocumentId: string,
  at: Date,
  movements: NewMovement[],
): Promise<void> {
  if (movements.length === 0) return;
  const rows = movements.map((m) => ({
    tp: m.tradePointId,
    item: m.itemId,
    kind: m.kind,
    rev: m.reversal,
    q: formatQuantity(m.quantity),
    v: m.value.toString(),
    c: m.unitCost === null ? null : m.unitCost.toString(),
    n: m.stockLineNo,
  }));
  await tenantQueryText(
    tx,
    organizationId,
    `WITH mv AS (INSERT INTO "StockMovement" ("organizationId", "tradePointId", "itemId", kind, reversal, quantity, value, "unitCost", at, "stockDocumentId", "stockLineNo")
       SELECT $1::uuid, x.tp, x.item, x.kind::"StockMovementKind", x.rev, x.q, x.v, x.c, $3::timestamptz, $2::uuid, x.n
         FROM jsonb_to_recordset($4::jsonb) AS x(tp uuid, item uuid, kind text, rev boolean, q numeric, v bigint, c bigint, n int)
        ORDER BY x.tp, x.item, x.n
       RETURNING "tradePointId", "itemId", quantity, value, "unitCost", id),
     ${balanceUpsertCte("bal", "$1", "mv", `'${CABINET_WRITER}'`).join(",\n")}
     SELECT 1 AS ok`,
    organizationId,
    stockDocumentId,
    at,
    JSON.stringify(rows),
  );
}
