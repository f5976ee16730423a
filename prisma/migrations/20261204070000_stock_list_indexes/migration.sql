-- «Остатки» at 100,000 items × 3 trade points (issue 23): the page's count and summary read
-- indexes instead of joining the two tables in full (lib/stock/find-stock.ts).
-- The listed items (stock-tracked, not archived) in the page's name order; their count is an
-- index-only scan.
CREATE INDEX "NomenclatureItem_stock_listed_idx" ON "NomenclatureItem" ("organizationId", name, id)
  WHERE "tracksStock" AND "archivedAt" IS NULL;
-- The few items that are not listed: the summary leaves their balances out with an anti-join.
CREATE INDEX "NomenclatureItem_stock_unlisted_idx" ON "NomenclatureItem" ("organizationId", id)
  WHERE NOT "tracksStock" OR "archivedAt" IS NOT NULL;
-- The listed items that have a minimum: the «below minimum» count joins only these.
CREATE INDEX "NomenclatureItem_stock_min_idx" ON "NomenclatureItem" ("organizationId", id) INCLUDE ("stockMin")
  WHERE "stockMin" IS NOT NULL AND "tracksStock" AND "archivedAt" IS NULL;
-- A trade point's balances in item order with their figures: the summary is an index-only scan.
CREATE INDEX "StockBalance_summary_idx" ON "StockBalance" ("organizationId", "tradePointId", "itemId") INCLUDE (quantity, value);
