// A return against a receipt: what is left of each sold line (the server's figure, else this
// browser's own returns of it) and the cart lines that return it, or why it cannot be returned.
import { formatQuantity } from "@/lib/fiscal/money";
import { thousandths, type CartLine, type DocRecord, type NomItem } from "./model";

/** Why a receipt cannot be returned (the key under pos.ret.* of the messages). */
export type ReturnRefusal = "notFound" | "cancelled" | "nothingLeft" | "notSent";

/** What is left of each sold line (thousandths): the server's figure, else this browser's returns of it. */
export function leftOf(rec: DocRecord, history: readonly DocRecord[]): number[] {
  const items = rec.payload?.items ?? [];
  if (rec.remaining) return rec.remaining;
  const returned = new Map<number, number>();
  for (const h of history) {
    if (h.basisClientDocId !== rec.clientDocId || !h.payload) continue;
    for (const it of h.payload.items) {
      const idx = items.findIndex(
        (x) =>
          x.name === it.name &&
          x.price === it.price &&
          (x.nomenclatureId ?? null) === (it.nomenclatureId ?? null),
      );
      if (idx >= 0) returned.set(idx, (returned.get(idx) ?? 0) + thousandths(it.quantity));
    }
  }
  return items.map((it, idx) => thousandths(it.quantity) - (returned.get(idx) ?? 0));
}

/** The cart of a return against `rec`: each line with what is left of it, its discount in proportion. */
export function returnLines(
  rec: DocRecord,
  history: readonly DocRecord[],
  nom: readonly NomItem[],
  newKey: () => string = () => crypto.randomUUID(),
): CartLine[] | ReturnRefusal {
  if (!rec.payload) return "notFound";
  if (rec.cancelled) return "cancelled";
  const leftByLine = leftOf(rec, history);
  const lines: CartLine[] = [];
  rec.payload.items.forEach((it, idx) => {
    const left = leftByLine[idx] ?? 0;
    if (left <= 0) return;
    const soldQ = thousandths(it.quantity);
    const item = nom.find((n) => n.id === it.nomenclatureId);
    lines.push({
      key: newKey(),
      nomenclatureId: it.nomenclatureId ?? null,
      name: it.name,
      unitCode: it.unit.code,
      unitName: item?.unit.name ?? "",
      fractional: left % 1000 !== 0 || soldQ % 1000 !== 0 || !!item?.unit.fractional,
      price: it.price,
      quantity: formatQuantity(BigInt(left)),
      vatRate: it.vatRate,
      // the line discount is returned in proportion to the quantity
      discount: it.discount ? Math.round((it.discount * left) / soldQ) : 0,
      maxQuantity: left,
    });
  });
  if (lines.length === 0 || rec.remainingTotal === 0) return "nothingLeft";
  if (!rec.serverId) return "notSent";
  return lines;
}
