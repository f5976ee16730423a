-- Issue 21: «Продажи по кассирам» and «Внесения и изъятия» at 10 million receipts a year.
--
-- 1. The cashier report reads the day rollup instead of grouping every sale and sale return of its
--    period: "AnalyticsDay" is keyed by the cashier too — the name snapshotted on the document
--    ("FiscalDocument"."cashierName", '' for a document the server made), which is what the report
--    groups by. The device write statement's AnalyticsDay upsert gains this key column and nothing
--    else (no extra statement or CTE); the dashboard and «Выручка сегодня» sum over it unchanged.
--    Written by lib/analytics/rollup-sql.ts, recomputed by lib/analytics/rebuild.ts.
--
--    No backfill here (it would scan every document of the database while holding every day
--    rollup row locked): the rows already stored get '' and keep their figures, so the dashboard is
--    unaffected, but the cashier report shows their sales under an empty name until
--    `npm run rollups:rebuild` (one cashbox at a time) is run once after this migration
--    (docs/analytics.md «Rebuild»).
--
--    One simple statement each: an existing Citus cluster runs this file statement by statement on
--    the distributed table. The new key still holds the distribution column ("organizationId"),
--    which Citus requires of a primary key; DROP CONSTRAINT / ADD PRIMARY KEY run on every shard.
ALTER TABLE "AnalyticsDay" ADD COLUMN "cashierName" TEXT NOT NULL DEFAULT '';
ALTER TABLE "AnalyticsDay" DROP CONSTRAINT "AnalyticsDay_pkey";
ALTER TABLE "AnalyticsDay" ADD CONSTRAINT "AnalyticsDay_pkey" PRIMARY KEY ("organizationId", "day", "cashboxId", "type", "reversal", "cashierName");

-- 2. The cash movements report lists the CASH_DEPOSIT / CASH_WITHDRAWAL documents of its period; by
--    the ("organizationId", "createdAt") index it walked every document of the period (a year: ten
--    million) to find the few cash operations. A partial index holds only those. Created on the
--    partitioned parent, it is a partitioned index: every month partition and DEFAULT gets its own
--    (named by PostgreSQL after the partition), and a month created later by
--    kassa_receipt_partitions() gets it too (on Citus: every shard of every month).
--    Not in prisma/schema/fiscal.prisma: Prisma expresses a partial index only behind the
--    "partialIndexes" preview feature, and tests/integration/drift.test.ts matches indexes by their
--    columns (the DMMF drops the WHERE), so the schema could not say more than the plain index on
--    the same columns already says. tests/integration/receipt-partitions.test.ts reads the plan of
--    the statement the report sends and checks it reads the months through this index.
--    Building it reads every partition and holds writes to FiscalDocument meanwhile (CREATE INDEX
--    on a partitioned table cannot run CONCURRENTLY, and a migration is one transaction): on a large
--    database apply this migration in a quiet hour.
CREATE INDEX "FiscalDocument_organizationId_createdAt_cash_idx" ON "FiscalDocument" ("organizationId", "createdAt")
  WHERE "type" IN ('CASH_DEPOSIT', 'CASH_WITHDRAWAL');
