"use server";
import { headers } from "next/headers";
import { tenantAction } from "@/lib/http/tenant-action";
import { adminConfirmInvoicePayment, adminMarkOrderShipped } from "@/lib/market/admin-orders";
import { ZAdminOrderAction } from "@/lib/market/schemas";

export const confirmInvoiceAction = tenantAction(
  ZAdminOrderAction,
  "platform.admin",
  async (ctx, input) => {
    const h = await headers();
    // The simulated bank calls this same deployment back (KASSA_PAYMENT_CALLBACK_BASE overrides).
    await adminConfirmInvoicePayment(ctx, input, {
      callbackBase: process.env.APP_URL ?? `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host")}`,
    });
    return { message: "market.admin.invoiceConfirmed" };
  },
  { revalidate: "/admin/orders" },
);

export const markShippedAction = tenantAction(
  ZAdminOrderAction,
  "platform.admin",
  async (ctx, input) => {
    await adminMarkOrderShipped(ctx, input);
    return { message: "market.admin.shipped" };
  },
  { revalidate: "/admin/orders" },
);
