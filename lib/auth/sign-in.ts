import { AppError } from "@/lib/errors/app-error";
import { db } from "@/lib/db/client";
import { hitRateLimit, peekRateLimit, resetRateLimit } from "./rate-limit";
import { verifyPassword } from "./password";

export const SIGN_IN_LIMITS = {
  /** attempts per e-mail address within the window (failed ones; a success clears the counter) */
  perEmail: 5,
  /** failed attempts per client address within the window */
  perIp: 30,
  windowSeconds: 15 * 60,
};

function rateLimited(retryAfterSeconds: number): AppError {
  return new AppError("RATE_LIMITED", {
    messageKey: "auth.errors.rateLimited",
    params: { minutes: Math.ceil(retryAfterSeconds / 60) },
  });
}

/**
 * Checks e-mail + password. Every attempt counts against the e-mail's window before the password
 * is checked, so parallel guessing cannot slip past the limit; a success clears that counter.
 */
export async function authenticate(emailInput: string, password: string, ip: string | null) {
  const email = emailInput.trim().toLowerCase();
  if (!email || !password) throw new AppError("VALIDATION_FAILED", { messageKey: "auth.errors.invalid" });
  const ipKey = `signin:ip:${ip ?? "unknown"}`;
  const ipState = await peekRateLimit(ipKey);
  if (ipState.count >= SIGN_IN_LIMITS.perIp) throw rateLimited(ipState.retryAfterSeconds);

  const emailKey = `signin:email:${email}`;
  const attempt = await hitRateLimit(emailKey, SIGN_IN_LIMITS.windowSeconds);
  if (attempt.count > SIGN_IN_LIMITS.perEmail) throw rateLimited(attempt.retryAfterSeconds);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, passwordChangedAt: true },
  });
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!user || !ok) {
    await hitRateLimit(ipKey, SIGN_IN_LIMITS.windowSeconds);
    throw new AppError("UNAUTHENTICATED", { messageKey: "auth.errors.invalid" });
  }
  await resetRateLimit(emailKey);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    passwordVersion: user.passwordChangedAt?.getTime() ?? 0,
  };
}
