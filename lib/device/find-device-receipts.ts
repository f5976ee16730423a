// GET /api/device/v1/receipts: the documents of the calling cashbox, newest first, a page at a time
// (a cursor on the document number, which never changes and has no gaps), filtered by number,
// fiscal sign, time, total and kind. Every sale and purchase carries what is left to return of it,
// line by line, after all its earlier returns (from any cashbox of the organization), so that a
// terminal other than the one that sold can make the return. The server's own limit on a return is
// its amount (lib/device/pipeline/handlers/rules.ts checkReturn); the per-line quantities are matched
// the way /pos builds a return: the same name, price and nomenclature item as the sold line.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { FiscalDocumentType } from "@/lib/db/generated/enums";
import type { DocumentKind } from "@/lib/fiscal/content";
import type { DeviceCashbox } from "./context";
import { validationError } from "./errors";
import { fieldsFromZod } from "./fields";
import { ZReceiptsQuery, type TReceiptList, type TReceiptSummary } from "./schemas";

export const RECEIPTS_DEFAULT_LIMIT = 50;

const RETURNABLE = new Set<DocumentKind>(["sale", "purchase"]);

/** thousandths of a Decimal(12,3) quantity */
const milli = (q: Prisma.Decimal | string): bigint => {
  const [whole, frac = ""] = q.toString().split(".");
  const negative = whole.startsWith("-");
  const v = BigInt(whole.replace("-", "")) * 1000n + BigInt((frac + "000").slice(0, 3));
  return negative ? -v : v;
};
const quantityText = (m: bigint) => `${m / 1000n}.${String(m % 1000n).padStart(3, "0")}`;
const lineKey = (l: { name: string; price: bigint; nomenclatureId: string | null }) =>
  `${l.nomenclatureId ?? ""}\u0000${l.price}\u0000${l.name}`;

export async function findDeviceReceipts(
  cb: Pick<DeviceCashbox, "id" | "organizationId">,
  params: URLSearchParams,
): Promise<TReceiptList> {
  const parsed = ZReceiptsQuery.safeParse(Object.fromEntries(params.entries()));
  if (!parsed.success) throw validationError(fieldsFromZod(parsed.error));
  const q = parsed.data;
  const limit = Number(q.limit ?? RECEIPTS_DEFAULT_LIMIT);
  const number: Prisma.IntFilter = {};
  if (q.before) number.lt = Number(q.before);
  if (q.number) number.equals = Number(q.number);
  const createdAt: Prisma.DateTimeFilter = {};
  if (q.from) createdAt.gte = new Date(q.from);
  if (q.to) createdAt.lte = new Date(q.to);
  const docs = await db.fiscalDocument.findMany({
    where: {
      organizationId: cb.organizationId,
      cashboxId: cb.id,
      ...(q.before || q.number ? { number } : {}),
      ...(q.from || q.to ? { createdAt } : {}),
      ...(q.total ? { total: BigInt(q.total) } : {}),
      ...(q.fiscalSign ? { fiscalSign: q.fiscalSign.padStart(10, "0") } : {}),
      ...(q.type
        ? {
            type: {
              in: [...new Set(q.type.split(","))].map((k) => k.toUpperCase() as FiscalDocumentType),
            },
          }
        : {}),
    },
    orderBy: { number: "desc" },
    take: limit + 1,
    select: {
      id: true,
      clientDocId: true,
      type: true,
      number: true,
      createdAt: true,
      fiscalSign: true,
      offline: true,
      cashierName: true,
      total: true,
      cash: true,
      card: true,
      change: true,
      returnBasisId: true,
      shift: { select: { number: true } },
      lines: { orderBy: { lineNo: "asc" } },
    },
  });
  const page = docs.slice(0, limit);
  // which documents a reverse document cancels (no relation: cancelsId has no FK on the partitioned table)
  const cancelledAmong = async (ids: string[]) =>
    ids.length
      ? new Set(
          (
            await db.fiscalDocument.findMany({
              where: { organizationId: cb.organizationId, cancelsId: { in: ids } },
              select: { cancelsId: true },
            })
          ).map((x) => x.cancelsId!),
        )
      : new Set<string>();
  const cancelled = await cancelledAmong(page.map((d) => d.id));
  const bases = page.filter((d) => RETURNABLE.has(d.type.toLowerCase() as DocumentKind)).map((d) => d.id);
  // the returns of this page's sales and purchases, from any cashbox of the organization (the same
  // set checkReturn counts: a return that was itself cancelled gives nothing back)
  const allReturns = bases.length
    ? await db.fiscalDocument.findMany({
        where: { organizationId: cb.organizationId, returnBasisId: { in: bases } },
        select: {
          id: true,
          returnBasisId: true,
          total: true,
          lines: { select: { name: true, price: true, nomenclatureId: true, quantity: true } },
        },
      })
    : [];
  const cancelledReturns = await cancelledAmong(allReturns.map((r) => r.id));
  const returns = allReturns.filter((r) => !cancelledReturns.has(r.id));
  const receipts = page.map((d): TReceiptSummary => {
    const kind = d.type.toLowerCase() as DocumentKind;
    const mine = RETURNABLE.has(kind) ? returns.filter((r) => r.returnBasisId === d.id) : [];
    // returned quantity per sold line: each returned line fills the matching sold lines in order
    const returnedBy = new Map<number, bigint>();
    for (const r of mine)
      for (const rl of r.lines) {
        let left = milli(rl.quantity);
        for (const l of d.lines) {
          if (left <= 0n) break;
          if (lineKey(l) !== lineKey(rl)) continue;
          const room = milli(l.quantity) - (returnedBy.get(l.lineNo) ?? 0n);
          const take = room < left ? room : left;
          if (take <= 0n) continue;
          returnedBy.set(l.lineNo, (returnedBy.get(l.lineNo) ?? 0n) + take);
          left -= take;
        }
      }
    const returnedTotal = mine.reduce((s, r) => s + r.total, 0n);
    const remainingTotal = RETURNABLE.has(kind) && d.total > returnedTotal ? d.total - returnedTotal : 0n;
    return {
      id: d.id,
      clientDocId: d.clientDocId,
      type: kind,
      number: d.number,
      shiftNumber: d.shift?.number ?? null,
      createdAt: d.createdAt.toISOString(),
      fiscalSign: d.fiscalSign,
      offline: d.offline,
      cashierName: d.cashierName,
      total: Number(d.total),
      cash: Number(d.cash),
      card: Number(d.card),
      change: Number(d.change),
      returnBasisId: d.returnBasisId,
      cancelled: cancelled.has(d.id),
      returnedTotal: Number(returnedTotal),
      remainingTotal: Number(remainingTotal),
      items: d.lines.map((l) => {
        const sold = milli(l.quantity);
        const returned = returnedBy.get(l.lineNo) ?? 0n;
        // nothing is left of a line once the money of the whole document has been returned
        const remaining = RETURNABLE.has(kind) && remainingTotal > 0n ? sold - returned : 0n;
        return {
          lineNo: l.lineNo,
          name: l.name,
          nomenclatureId: l.nomenclatureId,
          unitCode: l.unitCode,
          price: Number(l.price),
          quantity: quantityText(sold),
          discount: Number(l.discount),
          total: Number(l.total),
          vatRate: l.vatRate,
          returnedQuantity: quantityText(returned),
          remainingQuantity: quantityText(remaining),
        };
      }),
    };
  });
  const more = docs.length > limit;
  return { receipts, nextCursor: more ? String(page[page.length - 1].number) : null };
}
