import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { balanceKey, lockBalances, writeMovements, type NewMovement } from "./movements";
import { formatQuantity, thousandthsOf, unitCostOf, valueAtCost } from "./quantity";
import { tenantExecuteText, tenantQueryText } from "@/lib/db/sql";

/**
 * Posts a draft: its movements and balances in one transaction with the document's new status
 * and the audit row. приход +quantity at its cost; списание −quantity at average cost;
 * перемещение − at the source and + at the target, the same value; инвентаризация moves the
 * difference between the counted quantity and the book balance (locked, read at posting), and
 * records that book balance on each line. A posted document never changes again.
 */
export async function postStockDocument(
  ctx: TenantContext,
  id: string,
  now: Date = new Date(),
): Promise<{ movements: number }> {
  assertCan(ctx, "stock.manage");
  return db.$transaction(
    async (tx) => {
      const [doc] = await tenantQueryText<
        { id: string; number: number; type: string; status: string; tp: string; to: string | null }[]
      >(
        tx,
        ctx.organizationId,
        `SELECT id::text, number, type::text, status::text, "tradePointId"::text AS tp, "toTradePointId"::text AS to
           FROM "StockDocument" WHERE "organizationId" = $1::uuid AND id = $2::uuid FOR UPDATE`,
        ctx.organizationId,
        id,
      );
      if (!doc) throw new AppError("NOT_FOUND");
      if (doc.status !== "DRAFT") throw new AppError("CONFLICT", { messageKey: "stock.alreadyPosted" });
      const lines = await tenantQueryText<
        { lineNo: number; itemId: string; q: string; cost: bigint | null; tracks: boolean; name: string }[]
      >(
        tx,
        ctx.organizationId,
        `SELECT l."lineNo", l."itemId"::text AS "itemId", l.quantity::text AS q, l."costPrice" AS cost,
                i."tracksStock" AS tracks, i.name
           FROM "StockDocumentLine" l
           JOIN "NomenclatureItem" i ON i."organizationId" = l."organizationId" AND i.id = l."itemId"
          WHERE l."organizationId" = $1::uuid AND l."documentId" = $2::uuid ORDER BY l."lineNo"`,
        ctx.organizationId,
        id,
      );
      if (lines.length === 0) throw new AppError("VALIDATION_FAILED", { messageKey: "stock.noLines" });
      const untracked = lines.find((l) => !l.tracks);
      if (untracked)
        throw new AppError("CONFLICT", {
          messageKey: "stock.itemNotTracked",
          params: { name: untracked.name },
        });

      const keys = lines.map((l) => ({ tradePointId: doc.tp, itemId: l.itemId }));
      if (doc.to) keys.push(...lines.map((l) => ({ tradePointId: doc.to!, itemId: l.itemId })));
      const balances = await lockBalances(tx, ctx.organizationId, keys);

      const movements: NewMovement[] = [];
      const books: { lineNo: number; book: string }[] = [];
      for (const l of lines) {
        const q = thousandthsOf(l.q);
        const b = balances.get(balanceKey(doc.tp, l.itemId));
        const base = { tradePointId: doc.tp, itemId: l.itemId, reversal: false, stockLineNo: l.lineNo };
        if (doc.type === "RECEIPT") {
          const cost = BigInt(l.cost ?? 0n);
          const value = (cost * q * 2n + 1000n) / 2000n; // q ≥ 0: half-up
          movements.push({ ...base, kind: "RECEIPT", quantity: q, value, unitCost: cost });
        } else if (doc.type === "WRITE_OFF") {
          movements.push({
            ...base,
            kind: "WRITE_OFF",
            quantity: -q,
            value: -valueAtCost(b, q),
            unitCost: null,
          });
        } else if (doc.type === "TRANSFER") {
          const value = valueAtCost(b, q);
          movements.push({ ...base, kind: "TRANSFER_OUT", quantity: -q, value: -value, unitCost: null });
          movements.push({
            ...base,
            tradePointId: doc.to!,
            kind: "TRANSFER_IN",
            quantity: q,
            value,
            unitCost: q > 0n ? unitCostOf(value, q) : null,
          });
        } else {
          const book = b?.quantity ?? 0n;
          books.push({ lineNo: l.lineNo, book: formatQuantity(book) });
          const diff = q - book;
          if (diff === 0n) continue;
          const value = diff > 0n ? valueAtCost(b, diff) : -valueAtCost(b, -diff);
          movements.push({ ...base, kind: "COUNT", quantity: diff, value, unitCost: null });
        }
      }
      if (books.length > 0)
        await tenantExecuteText(
          tx,
          ctx.organizationId,
          `UPDATE "StockDocumentLine" l SET "bookQuantity" = x.book
             FROM jsonb_to_recordset($3::jsonb) AS x("lineNo" int, book numeric)
            WHERE l."organizationId" = $1::uuid AND l."documentId" = $2::uuid AND l."lineNo" = x."lineNo"`,
          ctx.organizationId,
          id,
          JSON.stringify(books),
        );
      await writeMovements(tx, ctx.organizationId, id, now, movements);
      await tx.stockDocument.updateMany({
        where: { organizationId: ctx.organizationId, id, status: "DRAFT" },
        data: { status: "POSTED", postedAt: now, postedById: ctx.userId },
      });
      await audit(tx, ctx, {
        action: "stock.document.post",
        objectType: "stockDocument",
        objectId: id,
        details: { number: doc.number, type: doc.type, lines: lines.length, movements: movements.length },
      });
      return { movements: movements.length };
    },
    { timeout: 60_000 },
  );
}
