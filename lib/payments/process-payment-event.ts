import { auditSystem } from "@/lib/audit/log";
import { mintCodes } from "@/lib/codes/mint-codes";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { notify } from "@/lib/notifications/notify";
import { isUuid } from "@/lib/validation/uuid";
import type { PaymentEvent } from "./provider";

export interface ProcessResult {
  /** the event had been applied before: nothing changed */
  duplicate: boolean;
  paymentStatus: "PENDING" | "SUCCEEDED" | "DECLINED";
}

/**
 * Applies a verified provider event exactly once. The tenant comes from our own reference inside
 * the signed body (never from the provider's id alone). In one transaction:
 *   1. the PaymentCallback row (organizationId, provider, eventId) is inserted ON CONFLICT DO
 *      NOTHING: a replay of the same event stops here;
 *   2. the payment moves only from PENDING (a second, different success event for the same payment
 *      changes nothing);
 *   3. on success the order moves AWAITING_PAYMENT → PAID and its service lines become codes
 *      (ActivationCodeBatch is unique per order and product).
 */
export async function processPaymentEvent(
  providerId: string,
  event: PaymentEvent,
  now = new Date(),
): Promise<ProcessResult> {
  const { organizationId, paymentId } = event.reference;
  if (!isUuid(organizationId) || !isUuid(paymentId)) throw new AppError("NOT_FOUND");
  return db.$transaction(
    async (tx) => {
      const payment = await tx.payment.findFirst({
        where: {
          organizationId,
          id: paymentId,
          provider: providerId,
          providerPaymentId: event.providerPaymentId,
        },
        select: { id: true, orderId: true, status: true, amount: true, currency: true, method: true },
      });
      if (!payment) throw new AppError("NOT_FOUND");
      if (event.amount !== payment.amount || event.currency !== payment.currency)
        throw new AppError("VALIDATION_FAILED", { messageKey: "market.errors.amountMismatch" });

      const inserted = await tx.paymentCallback.createMany({
        data: [
          { organizationId, provider: providerId, eventId: event.eventId, paymentId, status: event.status },
        ],
        skipDuplicates: true,
      });
      if (inserted.count === 0) {
        // A replay (possibly waiting on the first delivery's row lock): report the current state.
        const current = await tx.payment.findFirst({
          where: { organizationId, id: paymentId },
          select: { status: true },
        });
        return { duplicate: true, paymentStatus: current?.status ?? payment.status };
      }

      const moved = await tx.payment.updateMany({
        where: { organizationId, id: paymentId, status: "PENDING" },
        data:
          event.status === "SUCCEEDED"
            ? { status: "SUCCEEDED", completedAt: now, failureReason: null }
            : {
                status: "DECLINED",
                completedAt: now,
                failureReason: event.declineReason ?? "market.decline.generic",
              },
      });
      if (moved.count === 0) {
        const current = await tx.payment.findFirst({
          where: { organizationId, id: paymentId },
          select: { status: true },
        });
        return { duplicate: true, paymentStatus: current?.status ?? payment.status };
      }
      await auditSystem(tx, organizationId, {
        action: event.status === "SUCCEEDED" ? "payment.succeeded" : "payment.declined",
        objectType: "order",
        objectId: payment.orderId,
        details: { provider: providerId, providerPaymentId: event.providerPaymentId, method: payment.method },
      });
      if (event.status === "SUCCEEDED") await fulfilOrder(tx, organizationId, payment.orderId, now);
      return { duplicate: false, paymentStatus: event.status };
    },
    { maxWait: 15_000, timeout: 30_000 },
  );
}

/** A paid order: PAID, and one batch of codes per service line, owned by the buyer. */
async function fulfilOrder(tx: Tx, organizationId: string, orderId: string, now: Date) {
  const paid = await tx.order.updateMany({
    where: { organizationId, id: orderId, status: "AWAITING_PAYMENT" },
    data: { status: "PAID", paidAt: now },
  });
  if (paid.count === 0) {
    // Paid twice, or paid after being cancelled: the money is there but the order is not
    // waiting for it. Left for the operator to refund; the journal says so.
    await auditSystem(tx, organizationId, {
      action: "payment.unexpected",
      objectType: "order",
      objectId: orderId,
      details: { note: "order was not awaiting payment; refund needed" },
    });
    return;
  }
  const order = await tx.order.findFirstOrThrow({
    where: { organizationId, id: orderId },
    select: {
      number: true,
      createdById: true,
      lines: { select: { productId: true, kind: true, months: true, quantity: true } },
    },
  });
  let codes = 0;
  for (const line of order.lines) {
    if ((line.kind === "SERVICE_MONTHS" || line.kind === "TARIFF") && line.months) {
      await mintCodes(tx, {
        organizationId,
        productId: line.productId,
        months: line.months,
        quantity: line.quantity,
        orderId,
        createdById: order.createdById,
        note: `№ ${order.number}`,
      });
      codes += line.quantity;
    }
  }
  await auditSystem(tx, organizationId, {
    action: "order.paid",
    objectType: "order",
    objectId: orderId,
    details: { number: order.number, codes },
  });
  await notify(tx, {
    organizationId,
    kind: "ORDER_PAID",
    dedupeKey: orderId,
    params: { number: order.number, codes, orderId },
    mailRoles: ["OWNER", "ADMIN", "ACCOUNTANT"],
  });
}
