import { audit } from "@/lib/audit/log";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type OrganizationId, type TenantContext } from "@/lib/tenant/context";
import type { TCreateStockDocumentInput } from "./schemas";
import { tenantExecuteText, tenantQueryText } from "@/lib/db/sql";

/** Serializes the numbering of an organization's stock documents (transaction-scoped). */
export async function nextStockDocumentNumber(tx: Tx, organizationId: OrganizationId): Promise<number> {
  await tenantExecuteText(
    tx,
    organizationId,
    `SELECT pg_advisory_xact_lock(hashtextextended('stock-doc:' || $1::text, 0))`,
    organizationId,
  );
  const [r] = await tenantQueryText<{ n: number }[]>(
    tx,
    organizationId,
    `SELECT COALESCE(max(number), 0)::int + 1 AS n FROM "StockDocument" WHERE "organizationId" = $1::uuid`,
    organizationId,
  );
  return r.n;
}

/** A trade point of this organization that is not archived, or NOT_FOUND on the field. */
export async function assertTradePoint(tx: Tx, ctx: TenantContext, id: string, field: string) {
  const tp = await tx.tradePoint.findFirst({
    where: { organizationId: ctx.organizationId, id, archivedAt: null },
    select: { id: true },
  });
  if (!tp) throw new AppError("NOT_FOUND", { field });
}

/** A new draft stock document (приход, списание, перемещение or инвентаризация). */
export async function createStockDocument(
  ctx: TenantContext,
  input: TCreateStockDocumentInput,
): Promise<{ id: string; number: number }> {
  assertCan(ctx, "stock.manage");
  return db.$transaction(async (tx) => {
    await assertTradePoint(tx, ctx, input.tradePointId, "tradePointId");
    if (input.type === "TRANSFER") await assertTradePoint(tx, ctx, input.toTradePointId!, "toTradePointId");
    const number = await nextStockDocumentNumber(tx, ctx.organizationId);
    const doc = await tx.stockDocument.create({
      data: {
        organizationId: ctx.organizationId,
        number,
        type: input.type,
        tradePointId: input.tradePointId,
        toTradePointId: input.type === "TRANSFER" ? input.toTradePointId : null,
        supplier: input.type === "RECEIPT" ? input.supplier : "",
        reason: input.type === "WRITE_OFF" ? input.reason : "",
        comment: input.comment,
        createdById: ctx.userId,
      },
      select: { id: true, number: true },
    });
    await audit(tx, ctx, {
      action: "stock.document.create",
      objectType: "stockDocument",
      objectId: doc.id,
      details: { number, type: input.type, tradePointId: input.tradePointId },
    });
    return doc;
  });
}
