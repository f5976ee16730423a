// POST /api/cabinet/codes/redeem – redeem an activation code for one of the organization's
// cashboxes ({ code, cashboxId }), for API clients; errors carry the stable codes of
// lib/codes/errors.ts. The cabinet's own forms use the server action in app/(cabinet)/codes/actions.ts.
import { NextResponse } from "next/server";
import { redeemActivationCode } from "@/lib/codes/redeem-activation-code";
import { ZRedeemCodeInput } from "@/lib/codes/schemas";
import { AppError } from "@/lib/errors/app-error";
import { withTenant } from "@/lib/http/with-tenant";

export const POST = withTenant(
  async (req, ctx) => {
    const parsed = ZRedeemCodeInput.safeParse(await req.json().catch(() => null));
    if (!parsed.success) throw new AppError("VALIDATION_FAILED", { messageKey: "codes.errors.FORMAT" });
    return NextResponse.json(await redeemActivationCode(ctx, parsed.data));
  },
  { permission: "cashbox.renew" },
);
