// PLATFORM_ADMIN use cases for /admin/orders: across tenants by design. Each checks
// platform.admin first and journals under the order's own organization (the client sees in
// «Журнал» that the operator looked at or acted on its orders), like lib/cashboxes/admin-*.ts.
import { crossTenant } from "@/lib/db/fan-out";
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { deliverCallback, newEvent } from "@/lib/payments/test-provider";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { TAdminOrderAction } from "./schemas";
import type { OrderStatusValue } from "./schemas";

export const ADMIN_ORDERS_PAGE_SIZE = 25;

async function adminFindOrdersUnscoped(ctx: TenantContext, q: { status?: OrderStatusValue; page: number }) {
  assertCan(ctx, "platform.admin");
  const where = q.status ? { status: q.status } : {};
  const [total, rows] = await Promise.all([
    db.order.count({ where }),
    db.order.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (q.page - 1) * ADMIN_ORDERS_PAGE_SIZE,
      take: ADMIN_ORDERS_PAGE_SIZE,
      select: {
        id: true,
        organizationId: true,
        number: true,
        status: true,
        paymentMethod: true,
        total: true,
        currency: true,
        invoiceNumber: true,
        deliveryAddress: true,
        createdAt: true,
        paidAt: true,
        organization: { select: { name: true, taxId: true, country: true } },
        lines: { select: { productName: true, quantity: true, kind: true } },
        payments: { where: { status: "PENDING", method: "INVOICE" }, select: { id: true } },
      },
    }),
  ]);
  const orgs = [...new Set(rows.map((r) => r.organizationId))];
  if (orgs.length) {
    await db.$transaction(async (tx) => {
      for (const org of orgs) {
        const ids = rows.filter((r) => r.organizationId === org).map((r) => r.number);
        await audit(
          tx,
          ctx,
          { action: "admin.order.view", objectType: "order", details: { numbers: ids } },
          org,
        );
      }
    });
  }
  return { total, rows, pages: Math.max(1, Math.ceil(total / ADMIN_ORDERS_PAGE_SIZE)) };
}

/** «Отгружено»: a paid order with fiscal drives has been shipped. */
async function adminMarkOrderShippedUnscoped(ctx: TenantContext, input: TAdminOrderAction, now = new Date()) {
  assertCan(ctx, "platform.admin");
  await db.$transaction(async (tx) => {
    const { count } = await tx.order.updateMany({
      where: {
        organizationId: input.organizationId,
        id: input.orderId,
        status: "PAID",
        lines: { some: { kind: "FISCAL_DRIVE" } },
      },
      data: { status: "SHIPPED", shippedAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", { messageKey: "market.admin.cannotShip" });
    await audit(
      tx,
      ctx,
      { action: "order.ship", objectType: "order", objectId: input.orderId },
      input.organizationId,
    );
  });
}

/**
 * «Оплата по счёту поступила» (test provider only): the simulated bank reports the transfer; the
 * provider calls the cabinet's callback route with a signed event, exactly like a real one.
 */
async function adminConfirmInvoicePaymentUnscoped(
  ctx: TenantContext,
  input: TAdminOrderAction,
  opts: { callbackBase?: string } = {},
) {
  assertCan(ctx, "platform.admin");
  const payment = await db.payment.findFirst({
    where: {
      organizationId: input.organizationId,
      orderId: input.orderId,
      method: "INVOICE",
      status: "PENDING",
    },
    select: { id: true, provider: true, providerPaymentId: true, amount: true, currency: true },
  });
  if (!payment || payment.provider !== "test")
    throw new AppError("CONFLICT", { messageKey: "market.admin.noPendingInvoice" });
  await db.$transaction((tx) =>
    audit(
      tx,
      ctx,
      { action: "admin.invoice.confirm", objectType: "order", objectId: input.orderId },
      input.organizationId,
    ),
  );
  const res = await deliverCallback(
    newEvent(
      {
        providerPaymentId: payment.providerPaymentId,
        reference: { organizationId: input.organizationId, paymentId: payment.id },
        amount: payment.amount.toString(),
        currency: payment.currency,
      },
      { status: "SUCCEEDED" },
    ),
    opts.callbackBase,
  );
  if (res.status !== 200) throw new AppError("INTERNAL_ERROR");
}

/** PLATFORM_ADMIN work spans tenants (lib/db/fan-out.ts). */
export const adminFindOrders: typeof adminFindOrdersUnscoped = (...args) =>
  crossTenant("admin.platform", () => adminFindOrdersUnscoped(...args));

/** PLATFORM_ADMIN work spans tenants (lib/db/fan-out.ts). */
export const adminMarkOrderShipped: typeof adminMarkOrderShippedUnscoped = (...args) =>
  crossTenant("admin.platform", () => adminMarkOrderShippedUnscoped(...args));

/** PLATFORM_ADMIN work spans tenants (lib/db/fan-out.ts). */
export const adminConfirmInvoicePayment: typeof adminConfirmInvoicePaymentUnscoped = (...args) =>
  crossTenant("admin.platform", () => adminConfirmInvoicePaymentUnscoped(...args));
