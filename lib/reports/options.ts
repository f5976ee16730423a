// Filter options of «Отчёты»: the organization's trade points and cashboxes (a chain's first 500
// by name; the selected one always).
import { db } from "@/lib/db/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";

export async function findReportOptions(ctx: TenantContext, selectedCashbox: string | null) {
  assertCan(ctx, "reports.read");
  const where = { organizationId: ctx.organizationId };
  const [tradePoints, cashboxes] = await Promise.all([
    db.tradePoint.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    }),
    db.cashbox.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 500,
      select: { id: true, name: true },
    }),
  ]);
  if (selectedCashbox && !cashboxes.some((c) => c.id === selectedCashbox)) {
    const one = await db.cashbox.findFirst({
      where: { ...where, id: selectedCashbox },
      select: { id: true, name: true },
    });
    if (one) cashboxes.unshift(one);
  }
  return { tradePoints, cashboxes };
}
