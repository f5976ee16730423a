// What the cashier should do next for each device API refusal (the message itself is the API's
// Russian text). Keys of the `pos.advice` messages; an unknown code gets the general advice.
export const ADVICE_CODES = [
  "CASHBOX_TOKEN_NOT_FOUND",
  "CASHIER_SESSION_INVALID",
  "CASHIER_PIN_INVALID",
  "CASHBOX_NOT_FISCALIZED",
  "RECEIPT_NOT_FOUND",
  "CASHBOX_BLOCKED",
  "CASHBOX_SERVER_BLOCKED",
  "CASHBOX_OFFLINE_TOO_LONG",
  "CASHBOX_INTEGRITY",
  "OFFLINE_LIMIT_EXCEEDED",
  "SHIFT_ALREADY_OPEN",
  "SHIFT_NOT_OPEN",
  "SHIFT_TOO_LONG",
  "IDEMPOTENCY_KEY_REUSED",
  "SEQUENCE_GAP",
  "INSUFFICIENT_CASH",
  "CARD_EXCEEDS_TOTAL",
  "CASHIER_LIMIT_EXCEEDED",
  "OPERATION_NOT_ALLOWED",
  "VALIDATION_FAILED",
  "TOO_MANY_ATTEMPTS",
  "INTERNAL_ERROR",
  "NETWORK",
] as const;

export type AdviceCode = (typeof ADVICE_CODES)[number];

export function adviceKey(code: string): AdviceCode | "OTHER" {
  return (ADVICE_CODES as readonly string[]).includes(code) ? (code as AdviceCode) : "OTHER";
}

/** The action button an error screen offers besides «Понятно». */
export function errorAction(code: string): "signIn" | "openShift" | "closeShift" | "unpair" | null {
  if (code === "CASHIER_SESSION_INVALID") return "signIn";
  if (code === "SHIFT_NOT_OPEN") return "openShift";
  if (code === "SHIFT_ALREADY_OPEN" || code === "SHIFT_TOO_LONG") return "closeShift";
  if (code === "CASHBOX_TOKEN_NOT_FOUND") return "unpair";
  return null;
}
