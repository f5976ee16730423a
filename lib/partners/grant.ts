// The partner grant (docs/product.md §2): a partner organization sees a client's data only while the
// client has linked it (PartnerLink, set by the client in «Настройки → Партнёр»). Every partner
// query puts one of these filters inside its own where, so there is no fetch-then-compare and an
// unlinked client's rows simply do not match.
import type { TenantContext } from "@/lib/tenant/context";

/** Organization rows that are clients of the caller's partner organization. */
export function linkedClientWhere(ctx: TenantContext) {
  return { partnerLink: { is: { partnerOrganizationId: ctx.organizationId } } };
}

/** Rows of a tenant table (having an `organization` relation) that belong to a linked client. */
export function linkedClientRowWhere(ctx: TenantContext, clientOrganizationId: string) {
  return { organizationId: clientOrganizationId, organization: linkedClientWhere(ctx) };
}
