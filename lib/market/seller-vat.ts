import type { Tx } from "@/lib/db/client";
import { localDate } from "@/lib/locale/zone";

/**
 * The seller's standard VAT rate on `now` (basis points): the highest rate of the country's VAT
 * table (VatRate, docs/product.md §3) in force that day; null when the table has none («без НДС»).
 */
export async function sellerVatRate(tx: Tx, country: "RU" | "KZ", now: Date): Promise<number | null> {
  const today = new Date(`${localDate(now, country === "RU" ? "Europe/Moscow" : "Asia/Almaty")}T00:00:00Z`);
  const rate = await tx.vatRate.findFirst({
    where: {
      country,
      rateBasisPoints: { not: null },
      validFrom: { lte: today },
      OR: [{ validTo: null }, { validTo: { gte: today } }],
    },
    orderBy: { rateBasisPoints: "desc" },
    select: { rateBasisPoints: true },
  });
  return rate?.rateBasisPoints ?? null;
}
