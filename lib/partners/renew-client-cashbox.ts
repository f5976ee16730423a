import { redeem } from "@/lib/codes/redeem-activation-code";
import type { TPartnerRenewInput } from "@/lib/codes/schemas";
import { assertCan, type TenantContext } from "@/lib/tenant/context";

/**
 * «Продлить» in the partner cabinet: one of the partner's own codes for a linked client's cashbox.
 * The link is checked inside the redemption's cashbox query (lib/codes/redeem-activation-code.ts).
 */
export async function renewClientCashbox(ctx: TenantContext, input: TPartnerRenewInput, now = new Date()) {
  assertCan(ctx, "partner.cabinet");
  return redeem(
    ctx,
    {
      code: input.code,
      cashboxId: input.cashboxId,
      cashboxOrganizationId: input.clientOrganizationId,
      asPartner: true,
    },
    now,
  );
}
