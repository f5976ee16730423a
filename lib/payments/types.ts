// The contract between the «Маркет» and a payment provider (the flow is described in provider.ts).
// Its own module so that providers (test-provider.ts) and the registry (provider.ts) both depend on
// it without depending on each other.

export interface PaymentReference {
  organizationId: string;
  paymentId: string;
}

export interface CreatePaymentInput {
  reference: PaymentReference;
  method: "CARD" | "INVOICE";
  /** minor units */
  amount: bigint;
  currency: string;
  description: string;
  /** where the provider sends the buyer back (absolute or app-relative) */
  returnUrl: string;
}

export interface CreatedPayment {
  providerPaymentId: string;
  /** the provider's payment page (card); null for a bank transfer */
  redirectUrl: string | null;
}

export interface PaymentEvent {
  /** unique per delivery-worthy event at the provider: the idempotency key of the callback */
  eventId: string;
  providerPaymentId: string;
  reference: PaymentReference;
  status: "SUCCEEDED" | "DECLINED";
  amount: bigint;
  currency: string;
  /** i18n key (market.decline.*) when DECLINED */
  declineReason?: string;
}

export interface PaymentProvider {
  readonly id: string;
  createPayment(input: CreatePaymentInput): Promise<CreatedPayment>;
  /** Verifies the signature (AppError UNAUTHENTICATED when it does not match) and parses the event. */
  parseCallback(rawBody: string, headers: Headers, now?: Date): PaymentEvent;
}
