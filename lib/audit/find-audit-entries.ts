import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, can, type TenantContext } from "@/lib/tenant/context";
import { AUDIT_PAGE_SIZE, ZAuditFilters } from "./schemas";
import { zonedDayEnd, zonedDayStart } from "./zoned-time";

export interface AuditObject {
  label: string | null;
  /** the object's page, when it still exists and the caller may open it */
  href: string | null;
}

/**
 * A page of the current organization's audit log, newest first. Date filters are local days
 * of the organization's time zone. Objects are resolved to their current names (scoped to the
 * organization) where they still exist.
 */
export async function findAuditEntries(ctx: TenantContext, rawFilters: Record<string, unknown> = {}) {
  assertCan(ctx, "audit.read");
  const f = ZAuditFilters.parse(rawFilters);
  const from = f.from ? zonedDayStart(f.from, ctx.timezone) : null;
  const to = f.to ? zonedDayEnd(f.to, ctx.timezone) : null;
  const where: Prisma.AuditLogWhereInput = {
    organizationId: ctx.organizationId,
    ...(f.type ? { objectType: f.type } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.user ? { userId: f.user } : {}),
    ...(from || to ? { createdAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (f.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        userId: true,
        userEmail: true,
        action: true,
        objectType: true,
        objectId: true,
        details: true,
        ip: true,
      },
    }),
  ]);
  const objects = await resolveObjects(ctx, rows);
  const userNames = await resolveUsers(rows.map((r) => r.userId));
  return {
    items: rows.map((r) => ({
      ...r,
      userName: (r.userId && userNames.get(r.userId)) || null,
      object: objects.get(`${r.objectType}:${r.objectId}`) ?? { label: null, href: null },
    })),
    total,
    page: f.page,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    filters: f,
  };
}
export type AuditEntry = Awaited<ReturnType<typeof findAuditEntries>>["items"][number];

async function resolveUsers(ids: (string | null)[]) {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  if (unique.length === 0) return new Map<string, string>();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

async function resolveObjects(ctx: TenantContext, rows: { objectType: string; objectId: string | null }[]) {
  const out = new Map<string, AuditObject>();
  const idsOf = (type: string) => [
    ...new Set(
      rows
        .filter((r) => r.objectType === type && r.objectId && /^[0-9a-f-]{36}$/i.test(r.objectId))
        .map((r) => r.objectId!),
    ),
  ];
  const tradePointIds = idsOf("tradePoint");
  const memberIds = idsOf("member");
  const cashboxIds = idsOf("cashbox");
  const [points, members, cashboxes] = await Promise.all([
    tradePointIds.length
      ? db.tradePoint.findMany({
          where: { organizationId: ctx.organizationId, id: { in: tradePointIds } },
          select: { id: true, name: true },
        })
      : [],
    memberIds.length
      ? db.membership.findMany({
          where: { organizationId: ctx.organizationId, id: { in: memberIds } },
          select: { id: true, user: { select: { name: true, email: true } } },
        })
      : [],
    cashboxIds.length
      ? db.cashbox.findMany({
          where: { organizationId: ctx.organizationId, id: { in: cashboxIds } },
          select: { id: true, name: true },
        })
      : [],
  ]);
  out.set(`organization:${ctx.organizationId}`, {
    label: ctx.organizationName,
    href: can(ctx, "org.read") ? "/settings" : null,
  });
  for (const p of points) {
    out.set(`tradePoint:${p.id}`, {
      label: p.name,
      href: can(ctx, "tradePoint.read") ? `/settings/trade-points/${p.id}` : null,
    });
  }
  for (const m of members) {
    out.set(`member:${m.id}`, {
      label: `${m.user.name} (${m.user.email})`,
      href: can(ctx, "user.read") ? `/settings/users/${m.id}` : null,
    });
  }
  for (const c of cashboxes) {
    out.set(`cashbox:${c.id}`, {
      label: c.name,
      href: can(ctx, "cashbox.read") ? `/cashboxes/${c.id}` : null,
    });
  }
  return out;
}
