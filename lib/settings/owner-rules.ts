import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { can, type TenantContext } from "@/lib/tenant/context";

/**
 * The rules around OWNER, checked inside the caller's transaction after lockOrganization():
 * only `user.manageOwners` may grant, change or take away OWNER, and an organization never
 * loses its last owner (so the last owner cannot remove or demote themselves either).
 */
export async function assertOwnerChangeAllowed(
  tx: Tx,
  ctx: TenantContext,
  change: { from: string; to: string | null },
) {
  const touchesOwner = change.from === "OWNER" || change.to === "OWNER";
  if (touchesOwner && !can(ctx, "user.manageOwners")) {
    throw new AppError("FORBIDDEN", { messageKey: "settings.errors.ownersOnly", field: "role" });
  }
  if (change.from === "OWNER" && change.to !== "OWNER") {
    const owners = await tx.membership.count({
      where: { organizationId: ctx.organizationId, role: "OWNER" },
    });
    if (owners <= 1)
      throw new AppError("CONFLICT", { messageKey: "settings.errors.lastOwner", field: "role" });
  }
}
