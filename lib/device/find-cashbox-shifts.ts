// «Смены» of a cashbox in the cabinet: newest first, a page at a time, scoped to the caller's
// organization. Closed shifts carry their Z-report figures; the open one is summed live.
import { db } from "@/lib/db/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";

export const SHIFTS_PAGE_SIZE = 20;

export interface ShiftRow {
  id: string;
  number: number;
  openedAt: Date;
  closedAt: Date | null;
  autoClosed: boolean;
  openedByName: string;
  closedByName: string | null;
  documentCount: number;
  /** sales minus sale returns, minor units */
  revenue: bigint;
  /** cash in the drawer at closing, or now for the open shift */
  cash: bigint;
  zFiscalSign: string | null;
}

interface ZFigures {
  byType?: { sale?: { total?: number }; sale_return?: { total?: number } };
  fiscalSign?: string;
}

export async function findCashboxShifts(ctx: TenantContext, cashboxId: string, opts: { page?: number } = {}) {
  assertCan(ctx, "cashbox.read");
  const empty = { rows: [] as ShiftRow[], total: 0, page: 1, pages: 1 };
  if (!isUuid(cashboxId)) return empty;
  const where = { organizationId: ctx.organizationId, cashboxId };
  const total = await db.shift.count({ where });
  const pages = Math.max(1, Math.ceil(total / SHIFTS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(opts.page ?? 1)), pages);
  const shifts = await db.shift.findMany({
    where,
    orderBy: { number: "desc" },
    skip: (page - 1) * SHIFTS_PAGE_SIZE,
    take: SHIFTS_PAGE_SIZE,
    select: {
      id: true,
      number: true,
      openedAt: true,
      closedAt: true,
      autoClosed: true,
      openedByName: true,
      closedByName: true,
      documentCount: true,
      closingCash: true,
      zReport: true,
    },
  });
  const open = shifts.find((s) => s.closedAt === null);
  let live: { revenue: bigint; count: number; cash: bigint } | null = null;
  if (open) {
    const [sums, journal] = await Promise.all([
      db.fiscalDocument.groupBy({
        by: ["type"],
        where: {
          organizationId: ctx.organizationId,
          shiftId: open.id,
          type: { in: ["SALE", "SALE_RETURN"] },
        },
        _sum: { total: true },
      }),
      db.cashboxJournal.findFirst({
        where: { organizationId: ctx.organizationId, cashboxId },
        select: { shiftDocCount: true, cashInDrawer: true },
      }),
    ]);
    const sum = (t: string) => sums.find((s) => s.type === t)?._sum.total ?? 0n;
    live = {
      revenue: sum("SALE") - sum("SALE_RETURN"),
      count: journal?.shiftDocCount ?? 0,
      cash: journal?.cashInDrawer ?? 0n,
    };
  }
  const rows: ShiftRow[] = shifts.map((s) => {
    const z = (s.zReport ?? {}) as ZFigures;
    const isOpen = s.closedAt === null;
    return {
      id: s.id,
      number: s.number,
      openedAt: s.openedAt,
      closedAt: s.closedAt,
      autoClosed: s.autoClosed,
      openedByName: s.openedByName,
      closedByName: s.closedByName,
      documentCount: isOpen ? (live?.count ?? 0) : s.documentCount,
      revenue: isOpen
        ? (live?.revenue ?? 0n)
        : BigInt(z.byType?.sale?.total ?? 0) - BigInt(z.byType?.sale_return?.total ?? 0),
      cash: isOpen ? (live?.cash ?? 0n) : (s.closingCash ?? 0n),
      zFiscalSign: z.fiscalSign ?? null,
    };
  });
  return { rows, total, page, pages };
}
