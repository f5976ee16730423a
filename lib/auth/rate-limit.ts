import { db } from "@/lib/db/client";
import { adminExecute, adminQuery, sql } from "@/lib/db/sql";

export interface RateLimitState {
  count: number;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counter in PostgreSQL (shared by every app server): adds one hit to `key` and
 * returns the count within the current window. One statement, so concurrent hits never lose one.
 */
export async function hitRateLimit(
  key: string,
  windowSeconds: number,
  now = new Date(),
): Promise<RateLimitState> {
  const rows = await adminQuery<{ count: number; resetAt: Date }[]>(
    db,
    sql`
    INSERT INTO "RateLimit" ("key", "count", "resetAt")
    VALUES (${key}, 1, ${now}::timestamptz + make_interval(secs => ${windowSeconds}))
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."resetAt" <= ${now}::timestamptz THEN 1 ELSE "RateLimit"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= ${now}::timestamptz
                       THEN ${now}::timestamptz + make_interval(secs => ${windowSeconds}) ELSE "RateLimit"."resetAt" END
    RETURNING "count", "resetAt"`,
  );
  await sweepRateLimits(now);
  const row = rows[0];
  return {
    count: row.count,
    retryAfterSeconds: Math.max(1, Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000)),
  };
}

/** Current count of `key` without adding a hit. */
export async function peekRateLimit(key: string, now = new Date()): Promise<RateLimitState> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || row.resetAt <= now) return { count: 0, retryAfterSeconds: 0 };
  return { count: row.count, retryAfterSeconds: Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000) };
}

export async function resetRateLimit(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/**
 * Takes back one hit of `key` (never below zero). For limits on *failed* attempts that count an
 * attempt before checking it (so parallel attempts cannot slip past the limit) and give the hit
 * back when the attempt succeeds (activation-code redemption).
 */
export async function undoRateLimitHit(key: string): Promise<void> {
  await adminExecute(db, sql`UPDATE "RateLimit" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key}`);
}

/**
 * Deletes up to `batch` rows whose window has passed. Run on every hit, so keys that are never hit
 * again (rotated addresses, one-off e-mails) cannot grow the table without bound.
 */
export async function sweepRateLimits(now = new Date(), batch = 100): Promise<number> {
  return adminExecute(
    db,
    sql`
    DELETE FROM "RateLimit" WHERE "key" IN (
      SELECT "key" FROM "RateLimit" WHERE "resetAt" <= ${now}::timestamptz ORDER BY "resetAt" LIMIT ${batch}
    )`,
  );
}
