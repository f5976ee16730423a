import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";
import { sellerFor } from "./seller";

/** One order of the organization with its lines, payment attempts and codes; else NOT_FOUND. */
export async function getOrder(ctx: TenantContext, orderId: string) {
  assertCan(ctx, "market.read");
  if (!isUuid(orderId)) throw new AppError("NOT_FOUND");
  const order = await db.order.findFirst({
    where: { organizationId: ctx.organizationId, id: orderId },
    select: {
      id: true,
      number: true,
      status: true,
      paymentMethod: true,
      currency: true,
      total: true,
      vatRateBasisPoints: true,
      vatAmount: true,
      deliveryAddress: true,
      invoiceNumber: true,
      createdAt: true,
      paidAt: true,
      shippedAt: true,
      cancelledAt: true,
      lines: {
        select: {
          id: true,
          productCode: true,
          productName: true,
          kind: true,
          months: true,
          quantity: true,
          unitPrice: true,
          amount: true,
        },
        orderBy: { productName: "asc" },
      },
      payments: {
        select: {
          id: true,
          method: true,
          status: true,
          failureReason: true,
          createdAt: true,
          completedAt: true,
        },
        orderBy: { createdAt: "desc" },
      },
      batches: { select: { id: true, quantity: true, codes: { select: { status: true } } } },
    },
  });
  if (!order) throw new AppError("NOT_FOUND");
  const codes = order.batches.flatMap((b) => b.codes);
  return {
    ...order,
    codesTotal: codes.length,
    codesAvailable: codes.filter((c) => c.status === "AVAILABLE").length,
  };
}
export type OrderView = Awaited<ReturnType<typeof getOrder>>;

/** The printable «Счёт на оплату»: the order, the buyer's and the seller's requisites. */
export async function getInvoice(ctx: TenantContext, orderId: string) {
  const order = await getOrder(ctx, orderId);
  if (order.paymentMethod !== "INVOICE" || !order.invoiceNumber) throw new AppError("NOT_FOUND");
  const buyer = await db.organization.findUniqueOrThrow({
    where: { id: ctx.organizationId },
    select: {
      name: true,
      country: true,
      legalForm: true,
      taxId: true,
      kpp: true,
      legalAddress: true,
      phone: true,
      bankName: true,
      bankAccount: true,
      bankCode: true,
    },
  });
  return { order, buyer, seller: sellerFor(buyer.country) };
}
