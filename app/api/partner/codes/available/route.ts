// GET /api/partner/codes/available?client= – the partner's own codes for «Продлить» (plus those
// already handed to that client), shaped like the cabinet's renew options.
import { NextResponse } from "next/server";
import { withTenant } from "@/lib/http/with-tenant";
import { findPartnerUsableCodes } from "@/lib/partners/find-partner-codes";
import { isUuid } from "@/lib/validation/uuid";

export const GET = withTenant(
  async (req, ctx) => {
    const client = new URL(req.url).searchParams.get("client");
    const codes = await findPartnerUsableCodes(ctx, isUuid(client) ? client : undefined);
    return NextResponse.json({ codes, partner: null, canBuy: false });
  },
  { permission: "partner.cabinet" },
);
