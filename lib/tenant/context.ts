import { AppError } from "@/lib/errors/app-error";
import type { Permission, Role } from "./permissions";

declare const orgBrand: unique symbol;
/** An organization id that came from a verified membership, never from a request. */
export type OrganizationId = string & { readonly [orgBrand]: true };

export interface TenantContext {
  userId: string;
  userEmail: string;
  userName: string;
  organizationId: OrganizationId;
  organizationName: string;
  role: Role;
  permissions: ReadonlySet<Permission>;
  country: "RU" | "KZ";
  timezone: string;
  /** client address of the request, for the audit log */
  ip: string | null;
}

export function can(ctx: Pick<TenantContext, "permissions">, permission: Permission): boolean {
  return ctx.permissions.has(permission);
}

/** Throws FORBIDDEN unless the caller's role grants the permission. */
export function assertCan(ctx: Pick<TenantContext, "permissions">, permission: Permission): void {
  if (!can(ctx, permission)) throw new AppError("FORBIDDEN");
}

/**
 * Marks an organization id as verified: a membership's (lib/tenant/resolve-tenant.ts, lib/auth), the
 * tenant a device token's look-up names, a row a cross-tenant job (lib/db/fan-out.ts) or an operator
 * command found, and tests. Never an id straight from a request.
 */
export function unsafeOrganizationId(id: string): OrganizationId {
  return id as OrganizationId;
}
