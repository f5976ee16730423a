import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";

/** Web sessions last 12 hours (the JWT's maxAge). */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;

export function newSessionId(): string {
  return randomUUID();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Sign-out: the session's id is refused from now until its token expires (the JWT itself cannot be
 * taken back). Expired rows are swept on the way.
 */
export async function revokeSession(
  sid: unknown,
  userId: unknown,
  expiresAtSeconds: unknown,
  now = new Date(),
): Promise<void> {
  if (typeof sid !== "string" || !UUID.test(sid) || typeof userId !== "string" || !UUID.test(userId)) return;
  const exp =
    typeof expiresAtSeconds === "number"
      ? new Date(expiresAtSeconds * 1000)
      : new Date(now.getTime() + SESSION_MAX_AGE_S * 1000);
  await db.revokedSession.createMany({ data: [{ sid, userId, expiresAt: exp }], skipDuplicates: true });
  await db.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } });
}

export async function isSessionRevoked(sid: string | undefined): Promise<boolean> {
  if (!sid || !UUID.test(sid)) return false;
  return (await db.revokedSession.count({ where: { sid } })) > 0;
}
