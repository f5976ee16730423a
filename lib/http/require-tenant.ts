import { cache } from "react";
import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { resolveClientIp } from "./client-ip";
import { loadSessionUser, resolveTenant, type SessionUser } from "@/lib/auth/memberships";
import { can, type TenantContext } from "@/lib/tenant/context";
import type { Permission } from "@/lib/tenant/permissions";

export const ORG_COOKIE = "kassa-org";

/** The client's address (the socket's, or forwarded by a TRUSTED_PROXIES proxy): lib/http/client-ip.ts. */
export async function requestIp(): Promise<string | null> {
  const h = await headers();
  return resolveClientIp((name) => h.get(name));
}

/** The signed-in user of this request, or null. Cached per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const s = session as { user?: { id?: string }; pv?: number; sid?: string } | null;
  if (!s?.user?.id) return null;
  return loadSessionUser(s.user.id, s.pv ?? 0, s.sid);
});

/** Session + memberships + current organization, once per request. */
export const getTenant = cache(async () => {
  const user = await getSessionUser();
  if (!user) return null;
  const claimed = (await cookies()).get(ORG_COOKIE)?.value ?? null;
  const { ctx, memberships } = await resolveTenant(user, claimed, await requestIp());
  return { user, ctx, memberships };
});

/** For pages: redirects to /login without a session; 404 when the role lacks the permission. */
export async function requireTenant(permission?: Permission): Promise<TenantContext> {
  const t = await getTenant();
  if (!t) redirect("/login");
  if (!t.ctx) redirect("/no-organization");
  if (permission && !can(t.ctx, permission)) notFound();
  return t.ctx;
}

export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}
