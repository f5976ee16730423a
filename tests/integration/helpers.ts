import { getUnguardedDb } from "@/lib/db/client";
import { permissionsOf, type Role } from "@/lib/tenant/permissions";
import { unsafeOrganizationId, type TenantContext } from "@/lib/tenant/context";

// the tests' own reads and fixtures may span tenants; the app's queries run guarded (npm run test:citus)
export const db = () => getUnguardedDb();

/** A tenant context as requireTenant() would build it, for calling lib use cases directly. */
export function ctxFor(
  org: { id: string; name?: string; country?: "RU" | "KZ"; timezone?: string },
  user: { id: string; email?: string },
  role: Role,
): TenantContext {
  return {
    userId: user.id,
    userEmail: user.email ?? "test@example.com",
    userName: "Test",
    organizationId: unsafeOrganizationId(org.id),
    organizationName: org.name ?? "Org",
    role,
    permissions: permissionsOf(role),
    country: org.country ?? "RU",
    timezone: org.timezone ?? "Europe/Moscow",
    ip: "127.0.0.1",
  };
}
