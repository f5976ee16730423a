import { db } from "@/lib/db/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";

/** People who can be picked in the «Пользователь» filter: the organization's members. */
export async function findAuditUsers(ctx: TenantContext) {
  assertCan(ctx, "audit.read");
  const rows = await db.membership.findMany({
    where: { organizationId: ctx.organizationId },
    orderBy: { user: { name: "asc" } },
    select: { user: { select: { id: true, name: true, email: true } } },
    take: 500,
  });
  return rows.map((r) => r.user);
}
