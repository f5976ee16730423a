"use server";
// Redemption as server actions, for the «Продлить» form (components/codes/renew-form.tsx, also
// inside the list's dialog and the partner cabinet) and «Применить к кассе». A refused code is a
// normal answer (ActionState with the stable error key), not an HTTP error.
import { redeemActivationCode } from "@/lib/codes/redeem-activation-code";
import { ZPartnerRenewInput, ZRedeemCodeInput } from "@/lib/codes/schemas";
import { tenantAction } from "@/lib/http/tenant-action";
import { renewClientCashbox } from "@/lib/partners/renew-client-cashbox";

export const redeemCodeAction = tenantAction(ZRedeemCodeInput, "cashbox.renew", async (ctx, input) => {
  const r = await redeemActivationCode(ctx, input);
  return { message: "", data: { paidUntil: r.paidUntil, unblocked: r.unblocked ? "1" : "" } };
});

/** A partner renews a linked client's cashbox with one of its own codes (the grant is checked inside). */
export const partnerRenewAction = tenantAction(ZPartnerRenewInput, "partner.cabinet", async (ctx, input) => {
  const r = await renewClientCashbox(ctx, input);
  return { message: "", data: { paidUntil: r.paidUntil, unblocked: r.unblocked ? "1" : "" } };
});
