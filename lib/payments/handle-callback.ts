import { paymentProvider } from "./provider";
import { processPaymentEvent, type ProcessResult } from "./process-payment-event";

/**
 * POST /api/payments/callback/<provider>: verify the provider's signature over the raw body, then
 * apply the event once. Replays answer 200 with duplicate = true, so the provider stops retrying.
 */
export async function handlePaymentCallback(
  providerId: string,
  rawBody: string,
  headers: Headers,
  now = new Date(),
): Promise<ProcessResult> {
  const provider = paymentProvider(providerId);
  const event = provider.parseCallback(rawBody, headers, now);
  return processPaymentEvent(provider.id, event, now);
}
