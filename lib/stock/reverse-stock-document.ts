import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isPgUniqueViolation } from "@/lib/db/pool";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { nextStockDocumentNumber } from "./create-stock-document";
import { lockBalances, writeMovements, type CabinetMovementKind } from "./movements";
import { thousandthsOf } from "./quantity";
import { tenantExecuteText, tenantQueryText } from "@/lib/db/sql";

/**
 * Corrects a posted document the only way allowed: a new posted document of the same type
 * (reversesId → the original) whose movements negate the original's exactly (quantity and value),
 * with a copy of its lines. A document is reversed at most once (a unique key); a reversal is
 * never reversed itself.
 */
export async function reverseStockDocument(
  ctx: TenantContext,
  id: string,
  now: Date = new Date(),
): Promise<{ id: string; number: number }> {
  assertCan(ctx, "stock.manage");
  try {
    return await db.$transaction(
      async (tx) => {
        const orig = await tx.stockDocument.findFirst({
          where: { organizationId: ctx.organizationId, id },
          select: {
            id: true,
            number: true,
            type: true,
            status: true,
            tradePointId: true,
            toTradePointId: true,
            supplier: true,
            reason: true,
            reversesId: true,
            reversedBy: { select: { id: true } },
          },
        });
        if (!orig) throw new AppError("NOT_FOUND");
        if (orig.status !== "POSTED" || orig.reversesId || orig.reversedBy)
          throw new AppError("CONFLICT", { messageKey: "stock.cannotReverse" });
        const number = await nextStockDocumentNumber(tx, ctx.organizationId);
        const rev = await tx.stockDocument.create({
          data: {
            organizationId: ctx.organizationId,
            number,
            type: orig.type,
            status: "POSTED",
            tradePointId: orig.tradePointId,
            toTradePointId: orig.toTradePointId,
            supplier: orig.supplier,
            reason: orig.reason,
            comment: `№ ${orig.number}`,
            reversesId: orig.id,
            createdById: ctx.userId,
            postedAt: now,
            postedById: ctx.userId,
          },
          select: { id: true, number: true },
        });
        await tenantExecuteText(
          tx,
          ctx.organizationId,
          `INSERT INTO "StockDocumentLine" ("organizationId", "documentId", "lineNo", "itemId", quantity, "costPrice", "bookQuantity")
           SELECT "organizationId", $3::uuid, "lineNo", "itemId", quantity, "costPrice", "bookQuantity"
             FROM "StockDocumentLine" WHERE "organizationId" = $1::uuid AND "documentId" = $2::uuid`,
          ctx.organizationId,
          orig.id,
          rev.id,
        );
        const moves = await tenantQueryText<
          { tp: string; item: string; kind: CabinetMovementKind; q: string; v: bigint; n: number }[]
        >(
          tx,
          ctx.organizationId,
          `SELECT "tradePointId"::text AS tp, "itemId"::text AS item, kind::text AS kind, quantity::text AS q, value AS v, "stockLineNo" AS n
             FROM "StockMovement" WHERE "organizationId" = $1::uuid AND "stockDocumentId" = $2::uuid
            ORDER BY "tradePointId", "itemId"`,
          ctx.organizationId,
          orig.id,
        );
        const keys = moves.map((m) => ({ tradePointId: m.tp, itemId: m.item }));
        await lockBalances(tx, ctx.organizationId, keys);
        await writeMovements(
          tx,
          ctx.organizationId,
          rev.id,
          now,
          moves.map((m) => ({
            tradePointId: m.tp,
            itemId: m.item,
            kind: m.kind,
            reversal: true,
            quantity: -thousandthsOf(m.q),
            value: -BigInt(m.v),
            unitCost: null,
            stockLineNo: m.n,
          })),
        );
        await audit(tx, ctx, {
          action: "stock.document.reverse",
          objectType: "stockDocument",
          objectId: rev.id,
          details: { number, reverses: orig.number, type: orig.type, movements: moves.length },
        });
        return rev;
      },
      { timeout: 60_000 },
    );
  } catch (e) {
    if (isPgUniqueViolation(e) || (e as { code?: string }).code === "P2002")
      throw new AppError("CONFLICT", { messageKey: "stock.cannotReverse" });
    throw e;
  }
}
