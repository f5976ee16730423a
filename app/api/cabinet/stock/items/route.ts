// GET /api/cabinet/stock/items?q= – stock-tracked items for a document's line editor (scan or name).
import { NextResponse } from "next/server";
import { withTenant } from "@/lib/http/with-tenant";
import { searchStockItems } from "@/lib/stock/search-stock-items";

export const GET = withTenant(
  async (req, ctx) => {
    const q = new URL(req.url).searchParams.get("q") ?? "";
    return NextResponse.json({ items: await searchStockItems(ctx, q) });
  },
  { permission: "stock.manage" },
);
