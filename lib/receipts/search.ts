// «Чеки»: server-side search of an organization's receipts, newest first, a page at a time.
//
// For the analytics bench (`ana`, suite `analytics`, field `search_p95_ms`): time
// `searchReceipts(ctx, { ...EMPTY_SEARCH, number })` — the search by document number. It is one
// indexed query: FiscalDocument("organizationId", "number") (migration 20261123190000) finds the
// few documents of that number across the organization's cashboxes; nothing else is read but the
// page's cashbox names. Do not count pages here: at 10 million receipts a count(*) would dominate.
//
// The other filters ride the (organizationId, createdAt) index backwards: dates are local days of
// the organization's time zone, and a date range reads only the month partitions it overlaps
// (FiscalDocument and ReceiptLine are partitioned by month of createdAt, docs/analytics.md); item names use the trigram index of ReceiptLine.name. Paging is
// «one more row than the page» (no total count), so every page costs the same.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { zonedDayEnd, zonedDayStart } from "@/lib/audit/zoned-time";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { RECEIPT_TYPES, type ReceiptKind, type ReceiptSearchParams } from "./params";

export const RECEIPTS_PAGE_SIZE = 50;

export interface ReceiptRow {
  id: string;
  number: number;
  type: ReceiptKind;
  createdAt: Date;
  cashboxId: string;
  cashboxName: string;
  shiftNumber: number | null;
  numberInShift: number | null;
  total: bigint;
  cash: bigint;
  card: bigint;
  cashierName: string;
  fiscalSign: string;
  offline: boolean;
}

const toDbType = (t: ReceiptKind) =>
  t.toUpperCase() as "SALE" | "SALE_RETURN" | "PURCHASE" | "PURCHASE_RETURN";

/** The Prisma filter of a search (no undefined values: the guard refuses them). */
export function receiptWhere(ctx: TenantContext, p: ReceiptSearchParams): Prisma.FiscalDocumentWhereInput {
  const and: Prisma.FiscalDocumentWhereInput[] = [];
  const where: Prisma.FiscalDocumentWhereInput = {
    organizationId: ctx.organizationId,
    type: p.type ? toDbType(p.type) : { in: RECEIPT_TYPES.map(toDbType) },
  };
  if (p.number !== null) where.number = p.number;
  if (p.cashbox) where.cashboxId = p.cashbox;
  const from = p.from ? zonedDayStart(p.from, ctx.timezone) : null;
  const to = p.to ? zonedDayEnd(p.to, ctx.timezone) : null;
  const range = from || to ? { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } : null;
  if (range) where.createdAt = range;
  if (p.min !== null || p.max !== null)
    where.total = { ...(p.min !== null ? { gte: p.min } : {}), ...(p.max !== null ? { lte: p.max } : {}) };
  if (p.pay === "cash") and.push({ cash: { gt: 0 } }, { card: 0 });
  else if (p.pay === "card") and.push({ card: { gt: 0 } }, { cash: 0 });
  else if (p.pay === "mixed") and.push({ cash: { gt: 0 } }, { card: { gt: 0 } });
  if (p.item) {
    and.push({
      lines: {
        // the lines carry their document's createdAt: the same range prunes ReceiptLine's months too
        some: {
          organizationId: ctx.organizationId,
          name: { contains: p.item, mode: "insensitive" },
          ...(range ? { createdAt: range } : {}),
        },
      },
    });
  }
  if (and.length) where.AND = and;
  return where;
}

export async function searchReceipts(
  ctx: TenantContext,
  p: ReceiptSearchParams,
  opts: { pageSize?: number } = {},
): Promise<{ rows: ReceiptRow[]; page: number; hasNext: boolean }> {
  assertCan(ctx, "receipts.read");
  const size = opts.pageSize ?? RECEIPTS_PAGE_SIZE;
  const docs = await db.fiscalDocument.findMany({
    where: receiptWhere(ctx, p),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (p.page - 1) * size,
    take: size + 1,
    select: {
      id: true,
      number: true,
      type: true,
      createdAt: true,
      cashboxId: true,
      numberInShift: true,
      total: true,
      cash: true,
      card: true,
      cashierName: true,
      fiscalSign: true,
      offline: true,
      shift: { select: { number: true } },
    },
  });
  const page = docs.slice(0, size);
  const ids = [...new Set(page.map((d) => d.cashboxId))];
  const names = ids.length
    ? await db.cashbox.findMany({
        where: { organizationId: ctx.organizationId, id: { in: ids } },
        select: { id: true, name: true },
      })
    : [];
  const nameOf = new Map(names.map((c) => [c.id, c.name]));
  return {
    rows: page.map((d) => ({
      id: d.id,
      number: d.number,
      type: d.type.toLowerCase() as ReceiptKind,
      createdAt: d.createdAt,
      cashboxId: d.cashboxId,
      cashboxName: nameOf.get(d.cashboxId) ?? "",
      shiftNumber: d.shift?.number ?? null,
      numberInShift: d.numberInShift,
      total: d.total,
      cash: d.cash,
      card: d.card,
      cashierName: d.cashierName,
      fiscalSign: d.fiscalSign,
      offline: d.offline,
    })),
    page: p.page,
    hasNext: docs.length > size,
  };
}

/** Cashboxes for the filter: the organization's, by name (a chain's first 500; the selected one always). */
export async function findReceiptCashboxOptions(ctx: TenantContext, selected: string | null) {
  assertCan(ctx, "receipts.read");
  const list = await db.cashbox.findMany({
    where: { organizationId: ctx.organizationId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, name: true },
  });
  if (selected && !list.some((c) => c.id === selected)) {
    const one = await db.cashbox.findFirst({
      where: { organizationId: ctx.organizationId, id: selected },
      select: { id: true, name: true },
    });
    if (one) list.unshift(one);
  }
  return list;
}
