// Demo stock (issue 23): every good of ООО «Ромашка» and ИП Сапарова А. tracks stock, and one
// posted приход per organization brings goods onto the first trade point (ИП Сапарова's is what
// the security walk reads as the foreign organization's stock document). Seeded after the trading
// history, so past demo sales moved nothing.
import type { Db } from "@/lib/db/client";
import { writeMovements } from "@/lib/stock/movements";
import { unsafeOrganizationId } from "@/lib/tenant/context";

export async function seedDemoStock(db: Db, orgs: { id: string }[], now: Date) {
  for (const org of orgs) {
    const organizationId = unsafeOrganizationId(org.id);
    await db.nomenclatureItem.updateMany({
      where: { organizationId, type: "GOOD", archivedAt: null },
      data: { tracksStock: true },
    });
    const tp = await db.tradePoint.findFirst({
      where: { organizationId, archivedAt: null },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    if (!tp) continue;
    const items = await db.nomenclatureItem.findMany({
      where: { organizationId, type: "GOOD", archivedAt: null },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 40,
      select: { id: true, price: true, unit: true },
    });
    if (items.length === 0) continue;
    await db.$transaction(async (tx) => {
      const doc = await tx.stockDocument.create({
        data: {
          organizationId,
          number: 1,
          type: "RECEIPT",
          status: "POSTED",
          tradePointId: tp.id,
          supplier: "ООО «Оптторг»",
          postedAt: now,
          createdAt: now,
        },
        select: { id: true },
      });
      const lines = items.map((it, i) => {
        const quantity = it.unit === "PIECE" || it.unit === "PACKAGE" ? 20n + BigInt(i % 7) * 5n : 12n;
        // cost: 60 % of the retail price
        const cost = (it.price * 6n) / 10n;
        return { lineNo: i + 1, itemId: it.id, quantity, cost };
      });
      await tx.stockDocumentLine.createMany({
        data: lines.map((l) => ({
          organizationId,
          documentId: doc.id,
          lineNo: l.lineNo,
          itemId: l.itemId,
          quantity: l.quantity.toString(),
          costPrice: l.cost,
        })),
      });
      await writeMovements(
        tx,
        organizationId,
        doc.id,
        now,
        lines.map((l) => ({
          tradePointId: tp.id,
          itemId: l.itemId,
          kind: "RECEIPT",
          reversal: false,
          quantity: l.quantity * 1000n,
          value: l.cost * l.quantity,
          unitCost: l.cost,
          stockLineNo: l.lineNo,
        })),
      );
      // a minimum on the first items, so «Ниже минимума» and the bell have something to show
      await tx.nomenclatureItem.updateMany({
        where: { organizationId, id: { in: items.slice(0, 2).map((i) => i.id) } },
        data: { stockMin: "50" },
      });
    });
  }
}
