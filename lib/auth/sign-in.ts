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
 *
 * Past the per-account limit the account is not simply locked (anyone could lock anyone out with
 * five wrong passwords): an address that has not failed for this account in the window still gets
 * its attempt, so the owner signs in while the guesser stays refused. Its failure marks it too.
 */
export async function authenticate(emailInput: string, password: string, ip: string | null) {
  const email = emailInput.trim().toLowerCase();
  if (!email || !password) throw new AppError("VALIDATION_FAILED", { messageKey: "auth.errors.invalid" });
  const ipKey = `signin:ip:${ip ?? "unknown"}`;
  const ipState = await peekRateLimit(ipKey);
  if (ipState.count >= SIGN_IN_LIMITS.perIp) throw rateLimited(ipState.retryAfterSeconds);

  const emailKey = `signin:email:${email}`;
  const pairKey = `signin:pair:${email}:${ip ?? "unknown"}`;
  const attempt = await hitRateLimit(emailKey, SIGN_IN_LIMITS.windowSeconds);
  const locked = attempt.count > SIGN_IN_LIMITS.perEmail;
  if (locked) {
    // Counted first as well: parallel tries from one clean address get one through, not many.
    const pair = await hitRateLimit(pairKey, SIGN_IN_LIMITS.windowSeconds);
    if (!ip || pair.count > 1) throw rateLimited(attempt.retryAfterSeconds);
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, passwordChangedAt: true },
  });
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!user || !ok) {
    await hitRateLimit(ipKey, SIGN_IN_LIMITS.windowSeconds);
    if (!locked) await hitRateLimit(pairKey, SIGN_IN_LIMITS.windowSeconds);
    if (locked) throw rateLimited(attempt.retryAfterSeconds);
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
