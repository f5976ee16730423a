// Cashier sign-in on a terminal: POST /session {pin} → a random session token (X-Cashier-Session),
// stored as SHA-256 so operations need no argon2. PINs are short, so failed attempts are counted
// per cashbox in PostgreSQL (shared by all app servers) and refused past the limit.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { hitRateLimit, undoRateLimitHit } from "@/lib/auth/rate-limit";
import { sha256Hex, type DeviceCashbox } from "./context";
import { DeviceError, validationError } from "./errors";
import { fieldsFromZod } from "./fields";
import { ZSessionRequest } from "./schemas";
import { sql, tenantQuery } from "@/lib/db/sql";

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const PIN_ATTEMPTS = { max: 10, windowSeconds: 15 * 60 };

export async function signInCashier(cb: DeviceCashbox, body: unknown, now = new Date()) {
  const parsed = ZSessionRequest.safeParse(body);
  if (!parsed.success) throw validationError(fieldsFromZod(parsed.error));
  const { pin, cashierId } = parsed.data;

  // Every attempt is counted (one atomic statement) before the PIN is checked, so concurrent
  // guesses cannot slip past the limit; a right PIN gives its hit back.
  const limitKey = `device-pin:${cb.id}`;
  const seen = await hitRateLimit(limitKey, PIN_ATTEMPTS.windowSeconds, now);
  if (seen.count > PIN_ATTEMPTS.max) {
    throw new DeviceError("TOO_MANY_ATTEMPTS", { details: { retryAfterSeconds: seen.retryAfterSeconds } });
  }
  const candidates = await tenantQuery<
    { id: string; name: string; pinHash: string; operationLimit: bigint | null }[]
  >(
    db,
    cb.organizationId,
    sql`
    SELECT m.id::text, u.name, m."pinHash", m."operationLimit"
      FROM "Membership" m JOIN "User" u ON u.id = m."userId"
     WHERE m."organizationId" = ${cb.organizationId}::uuid AND m."pinHash" IS NOT NULL
       AND (${cashierId ?? null}::uuid IS NULL OR m.id = ${cashierId ?? null}::uuid)
     ORDER BY m."createdAt" LIMIT 50`,
  );
  let found: (typeof candidates)[number] | null = null;
  for (const c of candidates) {
    if (await verifyPassword(c.pinHash, pin)) {
      found = c;
      break;
    }
  }
  if (!found) throw new DeviceError("CASHIER_PIN_INVALID");
  await undoRateLimitHit(limitKey);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.$transaction([
    db.cashierSession.deleteMany({
      where: { organizationId: cb.organizationId, cashboxId: cb.id, expiresAt: { lt: now } },
    }),
    db.cashierSession.create({
      data: {
        organizationId: cb.organizationId,
        cashboxId: cb.id,
        membershipId: found.id,
        tokenHash: sha256Hex(token),
        expiresAt,
      },
    }),
  ]);
  return {
    sessionToken: token,
    cashier: {
      id: found.id,
      name: found.name,
      operationLimit: found.operationLimit === null ? null : Number(found.operationLimit),
    },
    expiresAt: expiresAt.toISOString(),
  };
}

export async function signOutCashier(cb: Pick<DeviceCashbox, "id" | "organizationId">, sessionToken: string) {
  await db.cashierSession.deleteMany({
    where: { organizationId: cb.organizationId, cashboxId: cb.id, tokenHash: sha256Hex(sessionToken) },
  });
}
