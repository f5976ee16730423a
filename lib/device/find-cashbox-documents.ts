// «Чеки» of a cashbox in the cabinet: every fiscal document the cashbox sent (receipts, cash
// operations, reports), newest first, a page at a time, scoped to the caller's organization.
import { db } from "@/lib/db/client";
import type { DocumentKind } from "@/lib/fiscal/content";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";

export const DOCUMENTS_PAGE_SIZE = 25;

export interface DocumentRow {
  id: string;
  number: number;
  type: DocumentKind;
  createdAt: Date;
  shiftNumber: number | null;
  total: bigint;
  cash: bigint;
  card: bigint;
  fiscalSign: string;
  offline: boolean;
  cashierName: string;
}

export async function findCashboxDocuments(
  ctx: TenantContext,
  cashboxId: string,
  opts: { page?: number } = {},
) {
  assertCan(ctx, "cashbox.read");
  if (!isUuid(cashboxId)) return { rows: [] as DocumentRow[], total: 0, page: 1, pages: 1 };
  const where = { organizationId: ctx.organizationId, cashboxId };
  const journal = await db.cashboxJournal.findFirst({ where, select: { lastNumber: true } });
  // numbers run 1..lastNumber without gaps, so the page is a range of the (org, cashbox, number) index
  const total = journal?.lastNumber ?? 0;
  const pages = Math.max(1, Math.ceil(total / DOCUMENTS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(opts.page ?? 1)), pages);
  const top = total - (page - 1) * DOCUMENTS_PAGE_SIZE;
  const docs = await db.fiscalDocument.findMany({
    where: { ...where, number: { lte: top, gt: top - DOCUMENTS_PAGE_SIZE } },
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      type: true,
      createdAt: true,
      total: true,
      cash: true,
      card: true,
      fiscalSign: true,
      offline: true,
      cashierName: true,
      shift: { select: { number: true } },
    },
  });
  const rows: DocumentRow[] = docs.map((d) => ({
    id: d.id,
    number: d.number,
    type: d.type.toLowerCase() as DocumentKind,
    createdAt: d.createdAt,
    shiftNumber: d.shift?.number ?? null,
    total: d.total,
    cash: d.cash,
    card: d.card,
    fiscalSign: d.fiscalSign,
    offline: d.offline,
    cashierName: d.cashierName,
  }));
  return { rows, total, page, pages };
}
