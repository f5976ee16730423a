-- «Товарный учёт» (issue 23): stock per trade point kept true by the documents themselves.
-- StockMovement is the truth (a fiscal document line, written by the device pipeline's single
-- statement, or a posted stock document line); StockBalance is its rollup, updated in the same
-- statement/transaction and recomputed by `npm run stock:rebuild` (lib/stock/rebuild.ts).
-- Citus: every key leads with "organizationId"; foreign keys between tenant tables include it and
-- are ON UPDATE NO ACTION (Citus refuses cascading updates on distribution keys).

ALTER TABLE "NomenclatureItem"
  ADD COLUMN "tracksStock" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "stockMin" DECIMAL(14,3),
  ADD CONSTRAINT "NomenclatureItem_service_no_stock" CHECK (NOT ("tracksStock" AND "type" = 'SERVICE'));

CREATE TYPE "StockDocumentType" AS ENUM ('RECEIPT', 'WRITE_OFF', 'TRANSFER', 'COUNT');
CREATE TYPE "StockDocumentStatus" AS ENUM ('DRAFT', 'POSTED');
CREATE TYPE "StockMovementKind" AS ENUM ('SALE', 'SALE_RETURN', 'PURCHASE', 'PURCHASE_RETURN', 'RECEIPT', 'WRITE_OFF', 'TRANSFER_OUT', 'TRANSFER_IN', 'COUNT');

CREATE TABLE "StockDocument" (
  "organizationId" UUID NOT NULL,
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "number" INTEGER NOT NULL,
  "type" "StockDocumentType" NOT NULL,
  "status" "StockDocumentStatus" NOT NULL DEFAULT 'DRAFT',
  "tradePointId" UUID NOT NULL,
  "toTradePointId" UUID,
  "supplier" TEXT NOT NULL DEFAULT '',
  "reason" TEXT NOT NULL DEFAULT '',
  "comment" TEXT NOT NULL DEFAULT '',
  "reversesId" UUID,
  "createdById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "postedAt" TIMESTAMPTZ(3),
  "postedById" UUID,
  CONSTRAINT "StockDocument_pkey" PRIMARY KEY ("organizationId", "id"),
  CONSTRAINT "StockDocument_transfer_target" CHECK (("type" = 'TRANSFER') = ("toTradePointId" IS NOT NULL) AND "toTradePointId" IS DISTINCT FROM "tradePointId"),
  CONSTRAINT "StockDocument_posted" CHECK (("status" = 'POSTED') = ("postedAt" IS NOT NULL)),
  CONSTRAINT "StockDocument_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "StockDocument_organizationId_tradePointId_fkey" FOREIGN KEY ("organizationId", "tradePointId") REFERENCES "TradePoint"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT "StockDocument_organizationId_toTradePointId_fkey" FOREIGN KEY ("organizationId", "toTradePointId") REFERENCES "TradePoint"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT "StockDocument_organizationId_reversesId_fkey" FOREIGN KEY ("organizationId", "reversesId") REFERENCES "StockDocument"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
);
CREATE UNIQUE INDEX "StockDocument_organizationId_number_key" ON "StockDocument"("organizationId", "number");
CREATE UNIQUE INDEX "StockDocument_organizationId_reversesId_key" ON "StockDocument"("organizationId", "reversesId");
CREATE INDEX "StockDocument_organizationId_createdAt_idx" ON "StockDocument"("organizationId", "createdAt" DESC);

CREATE TABLE "StockDocumentLine" (
  "organizationId" UUID NOT NULL,
  "documentId" UUID NOT NULL,
  "lineNo" INTEGER NOT NULL,
  "itemId" UUID NOT NULL,
  "quantity" DECIMAL(14,3) NOT NULL,
  "costPrice" BIGINT,
  "bookQuantity" DECIMAL(16,3),
  CONSTRAINT "StockDocumentLine_pkey" PRIMARY KEY ("organizationId", "documentId", "lineNo"),
  CONSTRAINT "StockDocumentLine_quantity" CHECK ("quantity" >= 0 AND ("costPrice" IS NULL OR "costPrice" >= 0)),
  CONSTRAINT "StockDocumentLine_organizationId_documentId_fkey" FOREIGN KEY ("organizationId", "documentId") REFERENCES "StockDocument"("organizationId", "id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "StockDocumentLine_organizationId_itemId_fkey" FOREIGN KEY ("organizationId", "itemId") REFERENCES "NomenclatureItem"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
);
CREATE UNIQUE INDEX "StockDocumentLine_organizationId_documentId_itemId_key" ON "StockDocumentLine"("organizationId", "documentId", "itemId");

CREATE TABLE "StockBalance" (
  "organizationId" UUID NOT NULL,
  "tradePointId" UUID NOT NULL,
  "itemId" UUID NOT NULL,
  "quantity" DECIMAL(16,3) NOT NULL,
  "value" BIGINT NOT NULL,
  "lastCost" BIGINT NOT NULL DEFAULT 0,
  "lastCostSeq" BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT "StockBalance_pkey" PRIMARY KEY ("organizationId", "tradePointId", "itemId"),
  CONSTRAINT "StockBalance_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "StockBalance_organizationId_tradePointId_fkey" FOREIGN KEY ("organizationId", "tradePointId") REFERENCES "TradePoint"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT "StockBalance_organizationId_itemId_fkey" FOREIGN KEY ("organizationId", "itemId") REFERENCES "NomenclatureItem"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
);
CREATE INDEX "StockBalance_organizationId_tradePointId_quantity_idx" ON "StockBalance"("organizationId", "tradePointId", "quantity");
CREATE INDEX "StockBalance_organizationId_tradePointId_value_idx" ON "StockBalance"("organizationId", "tradePointId", "value");
CREATE INDEX "StockBalance_organizationId_itemId_idx" ON "StockBalance"("organizationId", "itemId");

CREATE TABLE "StockMovement" (
  "organizationId" UUID NOT NULL,
  "id" BIGSERIAL NOT NULL,
  "tradePointId" UUID NOT NULL,
  "itemId" UUID NOT NULL,
  "kind" "StockMovementKind" NOT NULL,
  "reversal" BOOLEAN NOT NULL DEFAULT false,
  "quantity" DECIMAL(14,3) NOT NULL,
  "value" BIGINT NOT NULL,
  "unitCost" BIGINT,
  "at" TIMESTAMPTZ(3) NOT NULL,
  "fiscalDocumentId" UUID,
  "fiscalLineNo" INTEGER,
  "stockDocumentId" UUID,
  "stockLineNo" INTEGER,
  CONSTRAINT "StockMovement_pkey" PRIMARY KEY ("organizationId", "id"),
  CONSTRAINT "StockMovement_one_source" CHECK (("fiscalDocumentId" IS NULL) <> ("stockDocumentId" IS NULL)),
  CONSTRAINT "StockMovement_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT "StockMovement_organizationId_tradePointId_fkey" FOREIGN KEY ("organizationId", "tradePointId") REFERENCES "TradePoint"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT "StockMovement_organizationId_itemId_fkey" FOREIGN KEY ("organizationId", "itemId") REFERENCES "NomenclatureItem"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT "StockMovement_organizationId_stockDocumentId_fkey" FOREIGN KEY ("organizationId", "stockDocumentId") REFERENCES "StockDocument"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION
);
CREATE INDEX "StockMovement_organizationId_itemId_tradePointId_at_idx" ON "StockMovement"("organizationId", "itemId", "tradePointId", "at");
CREATE INDEX "StockMovement_organizationId_at_idx" ON "StockMovement"("organizationId", "at");
CREATE INDEX "StockMovement_organizationId_fiscalDocumentId_idx" ON "StockMovement"("organizationId", "fiscalDocumentId");
CREATE INDEX "StockMovement_organizationId_stockDocumentId_idx" ON "StockMovement"("organizationId", "stockDocumentId");
