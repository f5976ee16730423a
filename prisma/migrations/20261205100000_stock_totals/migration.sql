-- «Остатки» at 100,000 items × 3 trade points (issue 23), second pass: the page reads bounded index
-- ranges and a few counter rows instead of aggregating a trade point's balances per request
-- (lib/stock/find-stock.ts), and the device write stage maintains fewer index entries.

-- A trade point's balance figures, kept by every balance writer in the statement that changes the
-- balances (lib/stock/fiscal-sql.ts, balanceUpsertCte): the sum of the values and the number of
-- negative and of positive balances, as deltas on a row per writer — the cashbox for its fiscal
-- documents (its journal already serializes them: no new lock contention between cashboxes), the nil
-- uuid for cabinet stock documents and the rebuild. A trade point's figure is the sum of its rows.
-- The rebuild (lib/stock/rebuild.ts) recomputes them from the balances.
CREATE TABLE "StockTotal" (
  "organizationId" UUID NOT NULL,
  "tradePointId" UUID NOT NULL,
  "writerId" UUID NOT NULL,
  "value" BIGINT NOT NULL DEFAULT 0,
  "negative" INTEGER NOT NULL DEFAULT 0,
  "positive" INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT "StockTotal_pkey" PRIMARY KEY ("organizationId", "tradePointId", "writerId"),
  CONSTRAINT "StockTotal_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "StockTotal_organizationId_tradePointId_fkey" FOREIGN KEY ("organizationId", "tradePointId") REFERENCES "TradePoint"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
);
INSERT INTO "StockTotal" ("organizationId", "tradePointId", "writerId", value, negative, positive)
SELECT "organizationId", "tradePointId", '00000000-0000-0000-0000-000000000000', sum(value),
       count(*) FILTER (WHERE quantity < 0), count(*) FILTER (WHERE quantity > 0)
  FROM "StockBalance" GROUP BY "organizationId", "tradePointId";

-- A balance change updates indexed columns (quantity, value: the page's sorts), so every index of
-- "StockBalance" gets an entry per change, on the device write path. Two fewer: the summary no longer
-- scans a trade point's balances, and an item's balances are read per trade point by key (the item
-- card, lib/stock/find-item-movements.ts) instead of by item.
DROP INDEX "StockBalance_summary_idx";
DROP INDEX "StockBalance_organizationId_itemId_idx";

-- The count of the listed items: an index-only scan of the organization id alone (deduplicated: a
-- few dozen pages for 100,000 items instead of the name index's ~950).
CREATE INDEX "NomenclatureItem_stock_listed_org_idx" ON "NomenclatureItem" ("organizationId")
  WHERE "tracksStock" AND "archivedAt" IS NULL;

-- Search of the listed items by name or article (ILIKE '%…%'): a trigram index of the listed items
-- only (an import of untracked items does not maintain it).
CREATE INDEX "NomenclatureItem_stock_search_idx" ON "NomenclatureItem" USING GIN (name gin_trgm_ops, article gin_trgm_ops)
  WHERE "tracksStock" AND "archivedAt" IS NULL;

-- A movement has one source: each source index holds only its own movements (a fiscal movement no
-- longer adds a NULL entry to the stock-document index, nor a stock-document movement to the other).
-- Queries by "fiscalDocumentId" = … / "stockDocumentId" = … still use them.
DROP INDEX "StockMovement_organizationId_fiscalDocumentId_idx";
CREATE INDEX "StockMovement_organizationId_fiscalDocumentId_idx" ON "StockMovement" ("organizationId", "fiscalDocumentId")
  WHERE "fiscalDocumentId" IS NOT NULL;
DROP INDEX "StockMovement_organizationId_stockDocumentId_idx";
CREATE INDEX "StockMovement_organizationId_stockDocumentId_idx" ON "StockMovement" ("organizationId", "stockDocumentId")
  WHERE "stockDocumentId" IS NOT NULL;
