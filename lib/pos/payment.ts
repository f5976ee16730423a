// The payment of a receipt as the pay sheet takes it: cash (a sale counts what was handed over and
// the change), card, or both; the payments sent and why the input is refused.
import { parseMoney } from "./model";

export type PayMethod = "cash" | "card" | "mixed";
export type PaymentRow = { type: "cash" | "card"; amount: number };
/** Why the payment is refused (the key under pos.pay.* of the messages). */
export type PaymentRefusal = "cardTooLarge" | "mixedBoth" | "notEnough";

export interface PaymentInput {
  method: PayMethod;
  total: number;
  /** a sale takes what was handed over and gives change; other types pay the cash part exactly */
  sale: boolean;
  /** typed amounts */
  cash: string;
  card: string;
}

export function paymentOf({ method, total, sale, cash, card }: PaymentInput) {
  const cardAmount = method === "card" ? total : method === "mixed" ? (parseMoney(card) ?? -1) : 0;
  const cashDue = total - Math.max(cardAmount, 0);
  const received = method === "card" ? 0 : sale ? (parseMoney(cash) ?? -1) : cashDue;
  const change = sale && method !== "card" && received >= cashDue ? received - cashDue : 0;
  let refusal: PaymentRefusal | null = null;
  if (cardAmount < 0 || cardAmount > total) refusal = "cardTooLarge";
  else if (method === "mixed" && (cardAmount === 0 || cardAmount === total)) refusal = "mixedBoth";
  else if (sale && method !== "card" && received < cashDue) refusal = "notEnough";
  const payments: PaymentRow[] = [];
  if (cashDue > 0) payments.push({ type: "cash", amount: cashDue });
  if (cardAmount > 0) payments.push({ type: "card", amount: cardAmount });
  /** cashTendered: sent when there is change */
  const tendered = sale && change > 0 ? received : undefined;
  return { cashDue, change, refusal, payments, tendered };
}

/** The method a return starts with: as the receipt it returns was paid. */
export function initialMethod(total: number, basisCard: number | null): PayMethod {
  if (basisCard === null || basisCard <= 0) return "cash";
  return basisCard >= total ? "card" : "mixed";
}
