// Volume data for benchmarks (docs/product.md §8: a chain with 100,000 cashboxes): one organization,
// its owner, trade points and N cashboxes spread over every registration status, payment bucket
// and operational state. Rows are made by set-based SQL (generate_series), not one by one:
// 100,000 cashboxes take a few seconds.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { seedMembership, seedOrganization, seedUser, uniqueSuffix } from "./factories";

export interface VolumeOptions {
  cashboxes: number;
  /** default: one trade point per 50 cashboxes */
  tradePoints?: number;
  country?: "RU" | "KZ";
  /** owner's password (default "password123") */
  password?: string;
}

export interface VolumeResult {
  organizationId: string;
  organizationName: string;
  ownerEmail: string;
  ownerId: string;
  password: string;
  tradePoints: number;
  cashboxes: number;
  /** every cashbox's serial number starts with it (globally unique per run) */
  serialPrefix: string;
}

export const VOLUME_MODELS = ["АТОЛ 30Ф", "АТОЛ Sigma 10", "Эвотор 7.3", "Меркурий-185Ф", "Webkassa Cloud"];

/**
 * Distribution over g = 1..N (deterministic, so runs are comparable):
 * 80 % REGISTERED (paidUntil spread from 60 days ago to a year ahead: ≈14 % unpaid, ≈7 % expiring),
 * 8 % DRAFT, 4 % SUBMITTED, 3 % REFUSED, 5 % DEREGISTERED; ≈1 % BLOCKED, ≈1 % OFFLINE_TOO_LONG,
 * ≈0.1 % SERVER_BLOCKED and INTEGRITY. Numbers are scrambled bijections of g (unique, but as
 * varied as real serial, registration and ФН numbers, which matters for the trigram search).
 */
export async function seedVolume(db: Db, opts: VolumeOptions): Promise<VolumeResult> {
  const n = opts.cashboxes;
  const tp = Math.max(1, opts.tradePoints ?? Math.ceil(n / 50));
  const password = opts.password ?? "password123";
  const org = await seedOrganization(db, {
    name: `ООО «Сеть ${uniqueSuffix()}»`,
    country: opts.country ?? "RU",
  });
  const owner = await seedUser(db, {
    email: `volume-owner-${uniqueSuffix()}@example.com`,
    name: "Владелец Сети",
    password,
  });
  await seedMembership(db, { organizationId: org.id, userId: owner.id, role: "OWNER" });
  // Serial numbers are unique per model across the whole service: a random per-run prefix keeps
  // several volume runs in one database apart.
  const serialPrefix = randomBytes(3).toString("hex").toUpperCase();

  await db.$executeRaw`
    INSERT INTO "TradePoint" ("organizationId", "name", "address")
    SELECT ${org.id}::uuid, 'Точка ' || lpad(g::text, 5, '0'), 'г. Москва, ул. Складская, д. ' || g
    FROM generate_series(1, ${tp}::int) AS g`;

  await db.$executeRaw`
    WITH tp AS (
      SELECT id, (row_number() OVER (ORDER BY "name") - 1)::int AS k FROM "TradePoint" WHERE "organizationId" = ${org.id}::uuid
    ), s AS (
      SELECT g, g % 100 AS r, (g * 7919) % 420 - 60 AS pay FROM generate_series(1, ${n}::int) AS g
    )
    INSERT INTO "Cashbox" (
      "organizationId", "tradePointId", "name", "model", "serialNumber", "registrationNumber",
      "registrationStatus", "operationalState", "operationalReason",
      "fiscalDriveNumber", "fiscalDriveModel", "fiscalDriveMonths", "fiscalDriveInstalledAt",
      "paidUntil", "lastSeenAt"
    )
    SELECT
      ${org.id}::uuid, tp.id,
      'Касса ' || lpad(g::text, 6, '0'),
      (${VOLUME_MODELS}::text[])[g % 5 + 1],
      ${serialPrefix} || lpad(((g::bigint * 2654435761) % 10000000000)::text, 10, '0'),
      CASE WHEN r < 80 OR r >= 95 THEN
        lpad(((g::bigint * 48271 + 12345) % 10000000000)::text, 10, '0') || lpad(((g::bigint * 7919) % 1000000)::text, 6, '0') END,
      (CASE WHEN r < 80 THEN 'REGISTERED' WHEN r < 88 THEN 'DRAFT' WHEN r < 92 THEN 'SUBMITTED'
            WHEN r < 95 THEN 'REFUSED' ELSE 'DEREGISTERED' END)::"RegistrationStatus",
      (CASE WHEN r >= 80 THEN 'ACTIVE' WHEN g % 1009 = 0 THEN 'SERVER_BLOCKED' WHEN g % 1013 = 0 THEN 'INTEGRITY'
            WHEN g % 97 = 0 THEN 'BLOCKED' WHEN g % 89 = 0 THEN 'OFFLINE_TOO_LONG' ELSE 'ACTIVE' END)::"OperationalState",
      CASE WHEN r < 80 AND g % 1009 = 0 THEN 'Проверка по обращению налогового органа'
           WHEN r < 80 AND g % 1013 = 0 THEN 'Повтор номера документа с другим содержимым'
           WHEN r < 80 AND g % 97 = 0 THEN 'Заблокирована владельцем' END,
      '9999078' || lpad(((g::bigint * 97531) % 1000000000)::text, 9, '0'),
      CASE WHEN g % 3 = 0 THEN 'ФН-1.1М' ELSE 'ФН-1.2' END,
      CASE WHEN g % 3 = 0 THEN 36 ELSE 15 END,
      now() - make_interval(days => g % 400),
      CASE WHEN r < 80 THEN current_date + pay END,
      CASE WHEN r < 80 OR r >= 95 THEN now() - make_interval(mins => (g * 13) % 20000) END
    FROM s JOIN tp ON tp.k = s.g % ${tp}::int`;

  // The service-wide serial claims and the current fiscal drives, as createCashbox writes them
  // (normalization as in lib/cashboxes/serial.ts and the cashbox_card migration's backfill).
  await db.$executeRaw`
    INSERT INTO "CashboxSerial" ("serialNumber", "model", "tenantId", "cashboxId")
    SELECT upper(regexp_replace("serialNumber", '\\s', '', 'g')), lower(regexp_replace(btrim("model"), '\\s+', ' ', 'g')),
           "organizationId", "id"
      FROM "Cashbox" WHERE "organizationId" = ${org.id}::uuid`;
  await db.$executeRaw`
    INSERT INTO "FiscalDrive" ("organizationId", "cashboxId", "number", "model", "validityMonths", "installedAt")
    SELECT "organizationId", "id", "fiscalDriveNumber", "fiscalDriveModel", "fiscalDriveMonths", "fiscalDriveInstalledAt"
      FROM "Cashbox" WHERE "organizationId" = ${org.id}::uuid AND "fiscalDriveNumber" IS NOT NULL`;

  // Fresh statistics and a visibility map, so that plans and index-only counts are what a
  // long-lived database would have.
  await db.$executeRawUnsafe(`VACUUM ANALYZE "TradePoint"`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Cashbox"`);

  return {
    organizationId: org.id,
    organizationName: org.name,
    ownerEmail: owner.email,
    ownerId: owner.id,
    password,
    tradePoints: tp,
    cashboxes: n,
    serialPrefix,
  };
}
