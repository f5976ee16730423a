// The built-in test payment provider: behaves like a hosted acquiring page, without any network
// outside this app. For the demo and tests only (KASSA_PAYMENT_PROVIDER=test, the default).
//   - Card: the buyer is sent to /test-provider/pay?session=<signed session>; the card
//     4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined.
//   - Invoice: a bank transfer is simulated by PLATFORM_ADMIN («Оплата по счёту поступила»).
// Either way the provider then POSTs an HMAC-SHA256-signed event to the cabinet's callback route,
// exactly as an external acquirer would. The session is signed too, so the stateless payment
// page cannot be tampered with (amount, reference).
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/errors/app-error";
import { appUrl } from "@/lib/mail/outbox";
import type { CreatePaymentInput, PaymentEvent, PaymentProvider, PaymentReference } from "./types";

export const TEST_PROVIDER_ID = "test";
export const TEST_CARDS = { success: "4242424242424242", decline: "4000000000000002" } as const;
export const SIGNATURE_HEADER = "x-test-provider-signature";

/** A callback older than this, or dated further than CALLBACK_MAX_SKEW_S ahead, is refused. */
export const CALLBACK_MAX_AGE_S = 5 * 60;
export const CALLBACK_MAX_SKEW_S = 60;

let cachedSecret: string | undefined;

/**
 * KASSA_TEST_PROVIDER_SECRET, else a secret generated once per installation and kept in
 * .data/test-provider-secret (mode 0600): nothing in the source can sign a callback.
 */
export function testProviderSecret(): string {
  if (process.env.KASSA_TEST_PROVIDER_SECRET) return process.env.KASSA_TEST_PROVIDER_SECRET;
  if (cachedSecret) return cachedSecret;
  const dir = process.env.KASSA_DATA_DIR ?? path.join(process.cwd(), ".data");
  const file = path.join(dir, "test-provider-secret");
  mkdirSync(dir, { recursive: true });
  try {
    // "wx": two processes starting at once cannot both write; the loser reads the winner's secret.
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
  cachedSecret = readFileSync(file, "utf8").trim();
  return cachedSecret;
}

function secret(): string {
  return testProviderSecret();
}

/**
 * The test provider signs with a secret this installation holds, but it still pays orders without
 * money: a production server uses it only in demo mode or when KASSA_ALLOW_TEST_PROVIDER=1.
 */
export function testProviderAllowed(env: Record<string, string | undefined> = process.env): boolean {
  return env.NODE_ENV !== "production" || env.KASSA_DEMO === "1" || env.KASSA_ALLOW_TEST_PROVIDER === "1";
}

function hmac(data: string): string {
  return createHmac("sha256", secret()).update(data).digest("hex");
}

function safeEqualHex(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

export interface TestSession {
  providerPaymentId: string;
  reference: PaymentReference;
  amount: string;
  currency: string;
  description: string;
  returnUrl: string;
}

export function signSession(s: TestSession): string {
  const body = Buffer.from(JSON.stringify(s)).toString("base64url");
  return `${body}.${hmac(`session.${body}`)}`;
}

/** The session of the payment page, or null when the link was altered or is malformed. */
export function verifySession(token: string | undefined | null): TestSession | null {
  if (!token) return null;
  const [body, sig] = token.split(".");
  if (!body || !sig || !safeEqualHex(sig, hmac(`session.${body}`))) return null;
  try {
    return JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as TestSession;
  } catch {
    return null;
  }
}

/** Luhn check of a card number (digits only). */
export function luhnValid(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** What the test acquirer answers for a card number. */
export function decideCard(
  cardNumber: string,
): { status: "SUCCEEDED" | "DECLINED"; declineReason?: string } | null {
  const digits = cardNumber.replace(/[\s-]/g, "");
  if (!luhnValid(digits)) return null;
  if (digits === TEST_CARDS.success) return { status: "SUCCEEDED" };
  if (digits === TEST_CARDS.decline)
    return { status: "DECLINED", declineReason: "market.decline.cardDeclined" };
  return { status: "DECLINED", declineReason: "market.decline.unknownTestCard" };
}

interface WireEvent {
  eventId: string;
  providerPaymentId: string;
  reference: PaymentReference;
  status: "SUCCEEDED" | "DECLINED";
  amount: string;
  currency: string;
  declineReason?: string;
}

/** The signed callback request the provider sends (also used by tests to replay it). */
export function signedCallback(event: PaymentEvent, timestamp = Math.floor(Date.now() / 1000)) {
  const wire: WireEvent = { ...event, amount: event.amount.toString() };
  const body = JSON.stringify(wire);
  return { body, signature: `t=${timestamp},v1=${hmac(`${timestamp}.${body}`)}` };
}

export function newEvent(
  session: Pick<TestSession, "providerPaymentId" | "reference" | "amount" | "currency">,
  outcome: { status: "SUCCEEDED" | "DECLINED"; declineReason?: string },
): PaymentEvent {
  return {
    eventId: `evt_${randomBytes(12).toString("base64url")}`,
    providerPaymentId: session.providerPaymentId,
    reference: session.reference,
    status: outcome.status,
    amount: BigInt(session.amount),
    currency: session.currency,
    ...(outcome.declineReason ? { declineReason: outcome.declineReason } : {}),
  };
}

/**
 * Delivers an event to the cabinet's callback route over HTTP, like the real provider would.
 * `base`: the cabinet's address (KASSA_PAYMENT_CALLBACK_BASE, else the caller's request origin,
 * else APP_URL).
 */
export async function deliverCallback(event: PaymentEvent, base?: string): Promise<{ status: number }> {
  const { body, signature } = signedCallback(event);
  base = process.env.KASSA_PAYMENT_CALLBACK_BASE ?? base ?? appUrl("/");
  const res = await fetch(new URL(`/api/payments/callback/${TEST_PROVIDER_ID}`, base), {
    method: "POST",
    headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signature },
    body,
  });
  return { status: res.status };
}

export const testProvider: PaymentProvider = {
  id: TEST_PROVIDER_ID,

  async createPayment(input: CreatePaymentInput) {
    const providerPaymentId = `tp_${randomBytes(12).toString("base64url")}`;
    if (input.method === "INVOICE") return { providerPaymentId, redirectUrl: null };
    const session = signSession({
      providerPaymentId,
      reference: input.reference,
      amount: input.amount.toString(),
      currency: input.currency,
      description: input.description,
      returnUrl: input.returnUrl,
    });
    return { providerPaymentId, redirectUrl: `/test-provider/pay?session=${encodeURIComponent(session)}` };
  },

  parseCallback(rawBody: string, headers: Headers, now = new Date()): PaymentEvent {
    const header = headers.get(SIGNATURE_HEADER) ?? "";
    const parts = Object.fromEntries(header.split(",").map((kv) => kv.split("=") as [string, string]));
    if (!parts.t || !parts.v1 || !safeEqualHex(parts.v1, hmac(`${parts.t}.${rawBody}`)))
      throw new AppError("UNAUTHENTICATED");
    // The signed timestamp bounds how long a captured callback can be replayed.
    const age = Math.floor(now.getTime() / 1000) - Number(parts.t);
    if (!/^\d+$/.test(parts.t) || age > CALLBACK_MAX_AGE_S || age < -CALLBACK_MAX_SKEW_S)
      throw new AppError("UNAUTHENTICATED");
    let wire: WireEvent;
    try {
      wire = JSON.parse(rawBody) as WireEvent;
    } catch {
      throw new AppError("VALIDATION_FAILED");
    }
    if (
      typeof wire.eventId !== "string" ||
      typeof wire.providerPaymentId !== "string" ||
      !wire.reference ||
      (wire.status !== "SUCCEEDED" && wire.status !== "DECLINED") ||
      !/^\d+$/.test(wire.amount ?? "")
    )
      throw new AppError("VALIDATION_FAILED");
    return { ...wire, amount: BigInt(wire.amount) };
  },
};
