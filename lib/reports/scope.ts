// The period and cashbox scope shared by every report: local days → instants in the organization's
// time zone, and the cashbox / trade point filter as SQL (always inside the organization).
import { Prisma } from "@/lib/db/generated/client";
import { zonedDayEnd, zonedDayStart } from "@/lib/audit/zoned-time";
import type { TenantContext } from "@/lib/tenant/context";
import type { ReportParams } from "./params";

export interface ReportScope {
  from: Date;
  to: Date;
  /** SQL condition on a table aliased `alias` that has "organizationId" and "cashboxId" */
  cashboxSql: (alias: string) => Prisma.Sql;
}

export function reportScope(ctx: TenantContext, p: Pick<ReportParams, "from" | "to" | "cashbox" | "tp">) {
  const from = zonedDayStart(p.from, ctx.timezone)!;
  const to = zonedDayEnd(p.to, ctx.timezone)!;
  const cashboxSql = (alias: string) => {
    const a = Prisma.raw(`${alias}."cashboxId"`);
    const parts: Prisma.Sql[] = [];
    if (p.cashbox) parts.push(Prisma.sql`${a} = ${p.cashbox}::uuid`);
    if (p.tp)
      parts.push(
        Prisma.sql`${a} IN (SELECT c.id FROM "Cashbox" c WHERE c."organizationId" = ${ctx.organizationId}::uuid AND c."tradePointId" = ${p.tp}::uuid)`,
      );
    return parts.length ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
  };
  return { from, to, cashboxSql } satisfies ReportScope;
}
