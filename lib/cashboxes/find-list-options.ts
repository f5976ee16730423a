import { db } from "@/lib/db/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";

/** Up to this many trade points go into a plain select; a larger chain gets a searchable filter. */
export const TRADE_POINT_SELECT_MAX = 200;

export interface CashboxListOptions {
  /** all trade points (archived ones too: their cashboxes are still listed) when ≤ TRADE_POINT_SELECT_MAX, else null */
  tradePoints: { id: string; name: string }[] | null;
  /** the filtered trade point, resolved inside the organization (null when foreign or unknown) */
  selectedTradePoint: { id: string; name: string } | null;
}

/** What the list's filters and dialogs need besides the page of rows. */
export async function findCashboxListOptions(
  ctx: TenantContext,
  selectedTradePointId: string | null,
): Promise<CashboxListOptions> {
  assertCan(ctx, "cashbox.read");
  const [tradePoints, selected] = await Promise.all([
    db.tradePoint.findMany({
      where: { organizationId: ctx.organizationId },
      select: { id: true, name: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: TRADE_POINT_SELECT_MAX + 1,
    }),
    selectedTradePointId
      ? db.tradePoint.findFirst({
          where: { organizationId: ctx.organizationId, id: selectedTradePointId },
          select: { id: true, name: true },
        })
      : null,
  ]);
  return {
    tradePoints: tradePoints.length > TRADE_POINT_SELECT_MAX ? null : tradePoints,
    selectedTradePoint: selected,
  };
}

/** Trade points whose name contains `q` (for the searchable filter of a large chain). */
export async function searchTradePointOptions(
  ctx: TenantContext,
  q: string,
): Promise<{ id: string; name: string }[]> {
  assertCan(ctx, "cashbox.read");
  const term = q.trim().slice(0, 100);
  return db.tradePoint.findMany({
    where: {
      organizationId: ctx.organizationId,
      ...(term ? { name: { contains: term, mode: "insensitive" as const } } : {}),
    },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 20,
  });
}
