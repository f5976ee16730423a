// GET /api/cabinet/cashboxes/trade-point-options?q= – trade points matching q, for the «Кассы»
// trade point filter when the organization has too many for a plain select.
import { NextResponse } from "next/server";
import { searchTradePointOptions } from "@/lib/cashboxes/find-list-options";
import { withTenant } from "@/lib/http/with-tenant";

export const GET = withTenant(
  async (req, ctx) => {
    const q = new URL(req.url).searchParams.get("q") ?? "";
    return NextResponse.json({ items: await searchTradePointOptions(ctx, q) });
  },
  { permission: "cashbox.read" },
);
