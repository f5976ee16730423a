import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { parsePrice } from "@/lib/nomenclature/price";
import { UNIT_INFO } from "@/lib/nomenclature/units";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { formatQuantity, parseStockQuantity } from "./quantity";
import type { TSaveStockLinesInput } from "./schemas";

interface LineProblem {
  /** 0-based index in the submitted list */
  index: number;
  /** i18n key */
  message: string;
}

/**
 * Replaces a draft's lines with the submitted list (the editor saves the whole list). Every line
 * names an item of this organization that tracks stock; the same item twice is added up; strict
 * quantities (3 decimals, whole units for pieces) and, for a приход, a strict cost price.
 * Refuses (VALIDATION_FAILED naming the first bad line) rather than dropping anything.
 */
export async function saveStockLines(
  ctx: TenantContext,
  input: TSaveStockLinesInput,
): Promise<{ lines: number }> {
  assertCan(ctx, "stock.manage");
  return db.$transaction(
    async (tx) => {
      const doc = await tx.stockDocument.findFirst({
        where: { organizationId: ctx.organizationId, id: input.documentId },
        select: { id: true, type: true, status: true, number: true },
      });
      if (!doc) throw new AppError("NOT_FOUND");
      if (doc.status !== "DRAFT") throw new AppError("CONFLICT", { messageKey: "stock.alreadyPosted" });
      const ids = [...new Set(input.lines.map((l) => l.itemId))];
      const items = new Map(
        (
          await tx.nomenclatureItem.findMany({
            where: { organizationId: ctx.organizationId, id: { in: ids } },
            select: { id: true, unit: true, tracksStock: true },
          })
        ).map((i) => [i.id, i]),
      );
      const problems: LineProblem[] = [];
      const merged = new Map<string, { quantity: bigint; cost: bigint | null }>();
      input.lines.forEach((l, index) => {
        const item = items.get(l.itemId);
        if (!item) return problems.push({ index, message: "stock.line.itemNotFound" });
        if (!item.tracksStock) return problems.push({ index, message: "stock.line.itemNotTracked" });
        const q = parseStockQuantity(l.quantity, { whole: !UNIT_INFO[item.unit].fractional });
        if (!q.ok) return problems.push({ index, message: `stock.line.quantity_${q.problem}` });
        if (doc.type !== "COUNT" && q.thousandths === 0n)
          return problems.push({ index, message: "stock.line.quantityZero" });
        let cost: bigint | null = null;
        if (doc.type === "RECEIPT") {
          const p = parsePrice(l.costPrice ?? "");
          if (!p.ok) return problems.push({ index, message: "stock.line.costPrice" });
          cost = p.minor;
        }
        const prev = merged.get(l.itemId);
        if (prev && doc.type === "COUNT")
          return problems.push({ index, message: "stock.line.duplicateCount" });
        merged.set(l.itemId, {
          quantity: (prev?.quantity ?? 0n) + q.thousandths,
          cost: cost ?? prev?.cost ?? null,
        });
      });
      if (problems.length > 0)
        throw new AppError("VALIDATION_FAILED", {
          field: "lines",
          messageKey: problems[0].message,
          params: { line: problems[0].index + 1, more: problems.length - 1 },
        });
      await tx.stockDocumentLine.deleteMany({
        where: { organizationId: ctx.organizationId, documentId: doc.id },
      });
      const rows = [...merged].map(([itemId, l], i) => ({
        organizationId: ctx.organizationId,
        documentId: doc.id,
        lineNo: i + 1,
        itemId,
        quantity: formatQuantity(l.quantity),
        costPrice: l.cost,
      }));
      if (rows.length > 0) await tx.stockDocumentLine.createMany({ data: rows });
      await tx.stockDocument.updateMany({
        where: { organizationId: ctx.organizationId, id: doc.id },
        data: { updatedAt: new Date() },
      });
      await audit(tx, ctx, {
        action: "stock.document.lines",
        objectType: "stockDocument",
        objectId: doc.id,
        details: { number: doc.number, lines: rows.length },
      });
      return { lines: rows.length };
    },
    { timeout: 60_000 },
  );
}
