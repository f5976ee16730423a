// GET /api/cabinet/codes/cashboxes?q= – cashboxes to apply a code to («Применить к кассе»).
import { NextResponse } from "next/server";
import { findRenewableCashboxes } from "@/lib/codes/find-renewable-cashboxes";
import { withTenant } from "@/lib/http/with-tenant";

export const GET = withTenant(
  async (req, ctx) => {
    const q = new URL(req.url).searchParams.get("q") ?? "";
    const rows = await findRenewableCashboxes(ctx, q);
    return NextResponse.json({
      items: rows.map((r) => ({
        id: r.id,
        name: r.name,
        registrationNumber: r.registrationNumber,
        tradePoint: r.tradePoint.name,
        paidUntil: r.paidUntil ? r.paidUntil.toISOString().slice(0, 10) : null,
      })),
    });
  },
  { permission: "cashbox.renew" },
);
