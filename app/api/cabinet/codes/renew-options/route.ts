// GET /api/cabinet/codes/renew-options – what the «Продлить» dialog offers: the organization's own
// usable codes, the linked partner's contacts, whether it may buy in the «Маркет».
import { NextResponse } from "next/server";
import { getRenewOptions } from "@/lib/codes/get-renew-options";
import { withTenant } from "@/lib/http/with-tenant";

export const GET = withTenant(async (_req, ctx) => NextResponse.json(await getRenewOptions(ctx)), {
  permission: "cashbox.renew",
});
