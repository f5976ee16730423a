import { db } from "@/lib/db/client";
import { isSessionRevoked } from "./sessions";
import { permissionsOf, type Role } from "@/lib/tenant/permissions";
import { unsafeOrganizationId, type TenantContext } from "@/lib/tenant/context";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  locale: string;
}

/**
 * Loads the signed-in user and checks that the session is still valid: the user exists and has
 * not changed the password since the token was issued (a password change signs out everywhere),
 * and this session was not signed out (lib/auth/sessions.ts).
 */
export async function loadSessionUser(
  userId: string,
  passwordVersion: number,
  sessionId?: string,
): Promise<SessionUser | null> {
  const [user, revoked] = await Promise.all([
    db.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, name: true, locale: true, passwordChangedAt: true },
    }),
    isSessionRevoked(sessionId),
  ]);
  if (!user || revoked) return null;
  if ((user.passwordChangedAt?.getTime() ?? 0) > passwordVersion) return null;
  return { id: user.id, email: user.email, name: user.name, locale: user.locale };
}

export async function listMemberships(userId: string) {
  // the user's organizations come from the lookup table (one shard on Citus), then each membership
  // is read inside its own tenant: a query over Membership by userId alone would span every tenant
  const orgs = await db.membershipLookup.findMany({ where: { userId }, select: { tenantId: true } });
  const rows = await Promise.all(
    orgs.map((o) =>
      db.membership.findFirst({
        where: { organizationId: o.tenantId, userId },
        select: {
          role: true,
          createdAt: true,
          organization: { select: { id: true, name: true, country: true, timezone: true, legalForm: true } },
        },
      }),
    ),
  );
  return rows
    .filter((r) => r !== null)
    .sort(
      (a, b) =>
        a.createdAt.getTime() - b.createdAt.getTime() || a.organization.id.localeCompare(b.organization.id),
    )
    .map(({ role, organization }) => ({ role, organization }));
}

/**
 * Builds the tenant context for a user and a *claimed* organization id (from a cookie): the
 * claim is honoured only when the user is a member; otherwise the first membership is used.
 */
export async function resolveTenant(user: SessionUser, claimedOrgId: string | null, ip: string | null) {
  const memberships = await listMemberships(user.id);
  if (memberships.length === 0) return { ctx: null, memberships };
  const current = memberships.find((m) => m.organization.id === claimedOrgId) ?? memberships[0];
  const ctx: TenantContext = {
    userId: user.id,
    userEmail: user.email,
    userName: user.name,
    organizationId: unsafeOrganizationId(current.organization.id),
    organizationName: current.organization.name,
    role: current.role as Role,
    permissions: permissionsOf(current.role as Role),
    country: current.organization.country,
    timezone: current.organization.timezone,
    ip,
  };
  return { ctx, memberships };
}
