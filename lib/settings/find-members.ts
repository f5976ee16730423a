import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { PAGE_SIZE, ZMemberFilters } from "./schemas";

export const MEMBER_SELECT = {
  id: true,
  role: true,
  pinHash: true,
  operationLimit: true,
  createdAt: true,
  user: { select: { id: true, name: true, email: true, passwordHash: true } },
} as const;

type Row = Prisma.MembershipGetPayload<{ select: typeof MEMBER_SELECT }>;

/** What pages may see of a membership: never the hashes themselves. */
export function toMemberView(m: Row) {
  return {
    id: m.id,
    role: m.role,
    userId: m.user.id,
    name: m.user.name,
    email: m.user.email,
    hasPin: m.pinHash !== null,
    operationLimit: m.operationLimit,
    /** invited, has not set a password yet */
    invitePending: m.user.passwordHash === null,
    createdAt: m.createdAt,
  };
}
export type MemberView = ReturnType<typeof toMemberView>;

/** A page of the organization's members, owners first, searchable by name or e-mail. */
export async function findMembers(ctx: TenantContext, rawFilters: Record<string, unknown> = {}) {
  assertCan(ctx, "user.read");
  const f = ZMemberFilters.parse(rawFilters);
  const where: Prisma.MembershipWhereInput = {
    organizationId: ctx.organizationId,
    ...(f.q
      ? {
          user: {
            OR: [
              { name: { contains: f.q, mode: "insensitive" } },
              { email: { contains: f.q, mode: "insensitive" } },
            ],
          },
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.membership.count({ where }),
    db.membership.findMany({
      where,
      orderBy: [{ role: "asc" }, { user: { name: "asc" } }, { id: "asc" }],
      skip: (f.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: MEMBER_SELECT,
    }),
  ]);
  return {
    items: rows.map(toMemberView),
    total,
    page: f.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    filters: f,
  };
}
