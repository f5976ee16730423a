// The payment-provider interface of the «Маркет» (docs/product.md §5). One built-in implementation,
// the test provider (./test-provider.ts); a real acquirer plugs in here with the same contract:
//   1. createPayment: we register a payment with our reference; the buyer is sent to redirectUrl
//      (card) or pays by bank transfer against the invoice (redirectUrl null);
//   2. the provider calls POST /api/payments/callback/<provider id> with a signed body;
//      parseCallback verifies the signature and returns the event;
//   3. lib/payments/process-payment-event.ts applies it exactly once (PaymentCallback row).
// Our reference (organization + payment id) travels inside the signed body, so the callback is
// resolved inside its tenant without any global look-up by the provider's id.
import { AppError } from "@/lib/errors/app-error";
import { testProvider, testProviderAllowed } from "./test-provider";
import type { PaymentProvider } from "./types";

export type {
  CreatePaymentInput,
  CreatedPayment,
  PaymentEvent,
  PaymentProvider,
  PaymentReference,
} from "./types";

const providers: Record<string, PaymentProvider> = { [testProvider.id]: testProvider };

/** The configured provider for new payments (KASSA_PAYMENT_PROVIDER, default "test"). */
export function currentPaymentProvider(): PaymentProvider {
  return paymentProvider(process.env.KASSA_PAYMENT_PROVIDER ?? testProvider.id);
}

export function paymentProvider(id: string): PaymentProvider {
  const p = providers[id];
  if (!p) throw new AppError("NOT_FOUND");
  // A production server refuses the test provider unless demo mode or KASSA_ALLOW_TEST_PROVIDER=1.
  if (p === testProvider && !testProviderAllowed()) throw new AppError("NOT_FOUND");
  return p;
}
