"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import type { ActionState } from "@/lib/http/action-state";
import { publicAction } from "@/lib/http/tenant-action";
import { decideCard, deliverCallback, newEvent, verifySession } from "@/lib/payments/test-provider";

const ZPay = z.object({
  session: z.string().min(1),
  card: z.string().trim().min(1, "market.testPay.badCard"),
  expiry: z
    .string()
    .trim()
    .regex(/^(0[1-9]|1[0-2])\s*\/\s*\d{2}$/, "market.testPay.badExpiry"),
  cvc: z
    .string()
    .trim()
    .regex(/^\d{3}$/, "market.testPay.badCvc"),
});

/**
 * «Оплатить» on the test provider's page: the test acquirer decides by card number, then calls
 * the cabinet back with a signed event (over HTTP, as a real provider would) and sends the buyer
 * back to the shop.
 */
const pay = publicAction(ZPay, async (input) => {
  const session = verifySession(input.session);
  if (!session) throw new AppError("VALIDATION_FAILED", { messageKey: "market.testPay.invalid" });
  const outcome = decideCard(input.card);
  if (!outcome)
    throw new AppError("VALIDATION_FAILED", { messageKey: "market.testPay.badCard", field: "card" });
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host")}`;
  const res = await deliverCallback(newEvent(session, outcome), process.env.APP_URL ?? origin);
  if (res.status !== 200)
    throw new AppError("INTERNAL_ERROR", { messageKey: "market.testPay.callbackFailed" });
  const back = new URL(session.returnUrl, "http://x");
  back.searchParams.set("payment", "1");
  return { data: { redirect: `${back.pathname}${back.search}` } };
});

/** Back to the shop after the callback has been delivered (a redirect inside the wrapper would be taken for an error). */
export async function payWithTestCard(prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await pay(prev, formData);
  if (result.ok && result.data?.redirect) redirect(result.data.redirect);
  return result;
}
