"use server";
import { tenantAction } from "@/lib/http/tenant-action";
import { adminSaveProduct } from "@/lib/market/admin-products";
import { ZProductInput } from "@/lib/market/schemas";

export const saveProductAction = tenantAction(
  ZProductInput,
  "platform.admin",
  async (ctx, input) => {
    await adminSaveProduct(ctx, input);
    return { message: "market.admin.saved" };
  },
  { revalidate: "/admin/catalog" },
);
