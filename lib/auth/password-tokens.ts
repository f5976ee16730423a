import { createHash, randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors/app-error";
import { db, type Tx } from "@/lib/db/client";
import { appUrl, enqueueMail } from "@/lib/mail/outbox";
import { translatorFor } from "@/lib/i18n/translator";
import { hitRateLimit, resetRateLimit } from "./rate-limit";
import { hashPassword, verifyPassword } from "./password";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export type TokenPurpose = "reset" | "invite";
const TTL_MS: Record<TokenPurpose, number> = { reset: 60 * 60 * 1000, invite: 7 * 24 * 60 * 60 * 1000 };

/** Creates a one-time link token; only its hash is stored. Returns the URL to put in a mail. */
export async function createPasswordLink(tx: Tx, userId: string, purpose: TokenPurpose, now = new Date()) {
  const token = randomBytes(32).toString("base64url");
  await tx.passwordToken.create({
    data: { userId, purpose, tokenHash: sha256(token), expiresAt: new Date(now.getTime() + TTL_MS[purpose]) },
  });
  return appUrl(`/reset-password/${token}`);
}

/**
 * Starts a password reset. Answers the same whether or not the address is known (no account
 * enumeration); at most 5 mails per address per hour.
 */
export async function requestPasswordReset(email: string) {
  const limit = await hitRateLimit(`reset:${email}`, 3600);
  if (limit.count > 5) return;
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, locale: true } });
  if (!user) return;
  await db.$transaction(async (tx) => {
    const url = await createPasswordLink(tx, user.id, "reset");
    const t = translatorFor(user.locale);
    await enqueueMail(tx, {
      to: email,
      subject: t("auth.mail.resetSubject"),
      text: t("auth.mail.resetText", { name: user.name, url }),
    });
  });
}

/** Sets a new password with a one-time token; the token is spent and every session ends. */
export async function resetPassword(token: string, password: string, now = new Date()) {
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    // Spending the token is one conditional update, so two concurrent uses cannot both succeed.
    const spent = await tx.passwordToken.updateManyAndReturn({
      where: { tokenHash: sha256(token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
      select: { userId: true },
    });
    if (spent.length !== 1)
      throw new AppError("NOT_FOUND", { messageKey: "auth.errors.tokenInvalid", field: "password" });
    await tx.user.update({ where: { id: spent[0].userId }, data: { passwordHash, passwordChangedAt: now } });
    // Every other unused link of the user (an older reset mail, a pending invitation) dies with it.
    await tx.passwordToken.updateMany({
      where: { userId: spent[0].userId, usedAt: null },
      data: { usedAt: now },
    });
  });
}

export async function isPasswordTokenUsable(token: string, now = new Date()) {
  const row = await db.passwordToken.findUnique({
    where: { tokenHash: sha256(token) },
    select: { usedAt: true, expiresAt: true },
  });
  return !!row && !row.usedAt && row.expiresAt > now;
}

/** Wrong current passwords on «Сменить пароль» per user within the window (a stolen session cannot guess). */
export const CHANGE_PASSWORD_LIMIT = { max: 5, windowSeconds: 15 * 60 };

/** Changes the signed-in user's own password after checking the current one. */
export async function changePassword(userId: string, current: string, password: string, now = new Date()) {
  // Counted before checking (one statement), given back on success.
  const limitKey = `change-password:${userId}`;
  const attempt = await hitRateLimit(limitKey, CHANGE_PASSWORD_LIMIT.windowSeconds, now);
  if (attempt.count > CHANGE_PASSWORD_LIMIT.max)
    throw new AppError("RATE_LIMITED", {
      messageKey: "auth.errors.rateLimited",
      params: { minutes: Math.ceil(attempt.retryAfterSeconds / 60) },
      field: "current",
    });
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, current))) {
    throw new AppError("VALIDATION_FAILED", {
      messageKey: "auth.errors.currentPasswordWrong",
      field: "current",
    });
  }
  await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(password), passwordChangedAt: now },
  });
  await resetRateLimit(limitKey);
}
