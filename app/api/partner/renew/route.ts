// POST /api/partner/renew – a partner renews a linked client's cashbox with one of its codes
// ({ code, cashboxId, clientOrganizationId }), for API clients; the link is checked inside the
// redemption. The partner cabinet's form uses the server action in app/(cabinet)/codes/actions.ts.
import { NextResponse } from "next/server";
import { ZPartnerRenewInput } from "@/lib/codes/schemas";
import { AppError } from "@/lib/errors/app-error";
import { withTenant } from "@/lib/http/with-tenant";
import { renewClientCashbox } from "@/lib/partners/renew-client-cashbox";

export const POST = withTenant(
  async (req, ctx) => {
    const parsed = ZPartnerRenewInput.safeParse(await req.json().catch(() => null));
    if (!parsed.success) throw new AppError("VALIDATION_FAILED", { messageKey: "codes.errors.FORMAT" });
    return NextResponse.json(await renewClientCashbox(ctx, parsed.data));
  },
  { permission: "partner.cabinet" },
);
