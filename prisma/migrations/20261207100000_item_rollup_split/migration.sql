-- The goods report («Продажи по товарам», issue 21) reads the goods rollups instead of the receipt
-- lines, so they keep its split beside the net figures the dashboard reads: quantity and amount of
-- SALE lines ("sold…") and of SALE_RETURN lines, reverse documents of «cancel last» included
-- ("returned…", positive). quantity = soldQuantity − returnedQuantity, revenue = soldAmount −
-- returnedAmount. Written by lib/analytics/rollup-sql.ts, recomputed by lib/analytics/rebuild.ts.
--
-- No backfill here: the split needs every receipt line of the database (a scan as long as the whole
-- rebuild, holding every goods rollup row locked meanwhile). A database that already holds receipts
-- gets the split by `npm run rollups:rebuild` (one cashbox at a time) once after this migration;
-- until then its older rows show zero sold / returned in the goods report (docs/analytics.md).
-- One simple statement per column: an existing Citus cluster runs this file statement by statement.
ALTER TABLE "AnalyticsItemDay" ADD COLUMN "soldQuantity" DECIMAL(18,3) NOT NULL DEFAULT 0;
ALTER TABLE "AnalyticsItemDay" ADD COLUMN "soldAmount" BIGINT NOT NULL DEFAULT 0;
ALTER TABLE "AnalyticsItemDay" ADD COLUMN "returnedQuantity" DECIMAL(18,3) NOT NULL DEFAULT 0;
ALTER TABLE "AnalyticsItemDay" ADD COLUMN "returnedAmount" BIGINT NOT NULL DEFAULT 0;
ALTER TABLE "AnalyticsItemMonth" ADD COLUMN "soldQuantity" DECIMAL(18,3) NOT NULL DEFAULT 0;
ALTER TABLE "AnalyticsItemMonth" ADD COLUMN "soldAmount" BIGINT NOT NULL DEFAULT 0;
ALTER TABLE "AnalyticsItemMonth" ADD COLUMN "returnedQuantity" DECIMAL(18,3) NOT NULL DEFAULT 0;
ALTER TABLE "AnalyticsItemMonth" ADD COLUMN "returnedAmount" BIGINT NOT NULL DEFAULT 0;
