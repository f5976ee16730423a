-- Issue 21: FiscalDocument and ReceiptLine become range-partitioned by month of the document's
-- device time ("createdAt", the time every search, report and rollup filters on). docs/analytics.md
-- «Partitions».
--
-- A partitioned table's unique keys must contain the partition column, so the per-cashbox keys move
-- into "FiscalDocumentKey" (one narrow row per document, written in the same statement): the
-- idempotency key (cashbox, clientDocId), the document number and the device's journal number stay
-- unique per cashbox for all time, not per month. ReceiptLine carries its document's "createdAt"
-- (its partition key, and part of its foreign key to the document). The two self-references
-- (returnBasisId, cancelsId) lose their foreign keys: a key to a partitioned table must name the
-- partition column; the engine checks both under the cashbox's journal lock before writing.
--
-- Partitions: kassa_receipt_partitions(from, to) creates the months in [from, to] that are missing
-- (UTC month bounds); the job "receipt-partitions" keeps three months ahead; a DEFAULT partition
-- takes a document whose device time lies outside every month created (a terminal's clock years
-- off), so a write never fails for want of a partition.

ALTER TABLE "FiscalDocument" RENAME TO "FiscalDocument_unpartitioned";
ALTER TABLE "ReceiptLine" RENAME TO "ReceiptLine_unpartitioned";
ALTER INDEX "FiscalDocument_pkey" RENAME TO "FiscalDocument_unpartitioned_pkey";
ALTER INDEX "FiscalDocument_organizationId_cancelsId_idx" RENAME TO "FiscalDocument_unpartitioned_cancelsId_idx";
ALTER INDEX "FiscalDocument_organizationId_cashboxId_clientDocId_key" RENAME TO "FiscalDocument_unpartitioned_clientDocId_key";
ALTER INDEX "FiscalDocument_organizationId_cashboxId_deviceSeq_key" RENAME TO "FiscalDocument_unpartitioned_deviceSeq_key";
ALTER INDEX "FiscalDocument_organizationId_cashboxId_number_key" RENAME TO "FiscalDocument_unpartitioned_cashbox_number_key";
ALTER INDEX "FiscalDocument_organizationId_createdAt_idx" RENAME TO "FiscalDocument_unpartitioned_createdAt_idx";
ALTER INDEX "FiscalDocument_organizationId_number_idx" RENAME TO "FiscalDocument_unpartitioned_number_idx";
ALTER INDEX "FiscalDocument_organizationId_returnBasisId_idx" RENAME TO "FiscalDocument_unpartitioned_returnBasisId_idx";
ALTER INDEX "FiscalDocument_organizationId_shiftId_idx" RENAME TO "FiscalDocument_unpartitioned_shiftId_idx";
ALTER INDEX "ReceiptLine_pkey" RENAME TO "ReceiptLine_unpartitioned_pkey";
ALTER INDEX "ReceiptLine_name_trgm_idx" RENAME TO "ReceiptLine_unpartitioned_name_trgm_idx";

CREATE TABLE "FiscalDocument" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organizationId" UUID NOT NULL,
  "cashboxId" UUID NOT NULL,
  "shiftId" UUID,
  "number" INTEGER NOT NULL,
  "numberInShift" INTEGER,
  "deviceSeq" BIGINT,
  "type" "FiscalDocumentType" NOT NULL,
  "clientDocId" TEXT NOT NULL,
  "requestHash" TEXT NOT NULL,
  "responseStatus" INTEGER NOT NULL,
  "response" JSONB NOT NULL,
  "createdAt" TIMESTAMPTZ(3) NOT NULL,
  "acceptedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "offline" BOOLEAN NOT NULL DEFAULT false,
  "fiscalSign" TEXT NOT NULL,
  "hash" TEXT NOT NULL,
  "prevHash" TEXT NOT NULL,
  "total" BIGINT NOT NULL DEFAULT 0,
  "cash" BIGINT NOT NULL DEFAULT 0,
  "card" BIGINT NOT NULL DEFAULT 0,
  "change" BIGINT NOT NULL DEFAULT 0,
  "discount" BIGINT NOT NULL DEFAULT 0,
  "vat" JSONB NOT NULL DEFAULT '[]',
  "returnBasisId" UUID,
  "cancelsId" UUID,
  "cashierId" UUID,
  "cashierName" TEXT NOT NULL DEFAULT '',
  "content" JSONB NOT NULL,
  CONSTRAINT "FiscalDocument_pkey" PRIMARY KEY ("organizationId", "id", "createdAt")
) PARTITION BY RANGE ("createdAt");

CREATE TABLE "ReceiptLine" (
  "organizationId" UUID NOT NULL,
  "documentId" UUID NOT NULL,
  "lineNo" INTEGER NOT NULL,
  "name" TEXT NOT NULL,
  "nomenclatureId" UUID,
  "unitCode" TEXT NOT NULL,
  "price" BIGINT NOT NULL,
  "quantity" DECIMAL(12,3) NOT NULL,
  "discount" BIGINT NOT NULL DEFAULT 0,
  "total" BIGINT NOT NULL,
  "vatRate" TEXT NOT NULL,
  "vatAmount" BIGINT NOT NULL,
  "createdAt" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "ReceiptLine_pkey" PRIMARY KEY ("organizationId", "documentId", "lineNo", "createdAt")
) PARTITION BY RANGE ("createdAt");

CREATE TABLE "FiscalDocument_default" PARTITION OF "FiscalDocument" DEFAULT;
CREATE TABLE "ReceiptLine_default" PARTITION OF "ReceiptLine" DEFAULT;

CREATE INDEX "FiscalDocument_organizationId_createdAt_idx" ON "FiscalDocument"("organizationId", "createdAt");
CREATE INDEX "FiscalDocument_organizationId_number_idx" ON "FiscalDocument"("organizationId", "number");
CREATE INDEX "FiscalDocument_organizationId_cashboxId_number_idx" ON "FiscalDocument"("organizationId", "cashboxId", "number");
CREATE INDEX "FiscalDocument_organizationId_shiftId_idx" ON "FiscalDocument"("organizationId", "shiftId");
CREATE INDEX "FiscalDocument_organizationId_returnBasisId_idx" ON "FiscalDocument"("organizationId", "returnBasisId");
CREATE INDEX "FiscalDocument_organizationId_cancelsId_idx" ON "FiscalDocument"("organizationId", "cancelsId");
CREATE INDEX "ReceiptLine_name_trgm_idx" ON "ReceiptLine" USING GIN ("name" gin_trgm_ops);

CREATE TABLE "FiscalDocumentKey" (
  "organizationId" UUID NOT NULL,
  "cashboxId" UUID NOT NULL,
  "clientDocId" TEXT NOT NULL,
  "documentId" UUID NOT NULL,
  "createdAt" TIMESTAMPTZ(3) NOT NULL,
  "number" INTEGER NOT NULL,
  "deviceSeq" BIGINT,
  CONSTRAINT "FiscalDocumentKey_pkey" PRIMARY KEY ("organizationId", "cashboxId", "clientDocId")
);
CREATE UNIQUE INDEX "FiscalDocumentKey_organizationId_cashboxId_number_key" ON "FiscalDocumentKey"("organizationId", "cashboxId", "number");
CREATE UNIQUE INDEX "FiscalDocumentKey_organizationId_cashboxId_deviceSeq_key" ON "FiscalDocumentKey"("organizationId", "cashboxId", "deviceSeq");

-- an existing Citus cluster (tables already distributed): the new tables are distributed before
-- they are filled and get their keys (a fresh database is distributed after its last migration)
DO $dist$
DECLARE dist boolean := false;
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
    EXECUTE $q$SELECT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = '"FiscalDocument_unpartitioned"'::regclass)$q$ INTO dist;
  END IF;
  IF dist THEN
    EXECUTE $q$SELECT create_distributed_table('"FiscalDocument"', 'organizationId', colocate_with => '"Organization"')$q$;
    EXECUTE $q$SELECT create_distributed_table('"ReceiptLine"', 'organizationId', colocate_with => '"Organization"')$q$;
    EXECUTE $q$SELECT create_distributed_table('"FiscalDocumentKey"', 'organizationId', colocate_with => '"Organization"')$q$;
  END IF;
END
$dist$;

-- creates the missing months of both tables in [from_month, to_month]; a month whose documents
-- already sit in the DEFAULT partition is skipped (they stay there, still found, not pruned).
CREATE OR REPLACE FUNCTION kassa_receipt_partitions(from_month date, to_month date) RETURNS integer
LANGUAGE plpgsql AS $fn$
DECLARE
  m date := date_trunc('month', from_month)::date;
  lo text;
  hi text;
  made integer := 0;
BEGIN
  WHILE m <= to_month LOOP
    lo := to_char(m, 'YYYY-MM-DD') || ' 00:00:00+00';
    hi := to_char((m + interval '1 month')::date, 'YYYY-MM-DD') || ' 00:00:00+00';
    IF to_regclass(format('public.%I', 'FiscalDocument_' || to_char(m, 'YYYY_MM'))) IS NULL
       AND NOT EXISTS (SELECT 1 FROM "FiscalDocument_default" WHERE "createdAt" >= lo::timestamptz AND "createdAt" < hi::timestamptz) THEN
      EXECUTE format('CREATE TABLE public.%I PARTITION OF public."FiscalDocument" FOR VALUES FROM (%L) TO (%L)',
                     'FiscalDocument_' || to_char(m, 'YYYY_MM'), lo, hi);
      EXECUTE format('CREATE TABLE public.%I PARTITION OF public."ReceiptLine" FOR VALUES FROM (%L) TO (%L)',
                     'ReceiptLine_' || to_char(m, 'YYYY_MM'), lo, hi);
      made := made + 1;
    END IF;
    m := (m + interval '1 month')::date;
  END LOOP;
  RETURN made;
END
$fn$;

-- the months of the documents already stored (at most the last three years of them: anything
-- older stays in DEFAULT) and three months ahead
SELECT kassa_receipt_partitions(
  GREATEST(COALESCE((SELECT min("createdAt") FROM "FiscalDocument_unpartitioned"), now()), now() - interval '3 years')::date,
  (now() + interval '3 months')::date);

INSERT INTO "FiscalDocumentKey" ("organizationId", "cashboxId", "clientDocId", "documentId", "createdAt", "number", "deviceSeq")
SELECT "organizationId", "cashboxId", "clientDocId", id, "createdAt", number, "deviceSeq" FROM "FiscalDocument_unpartitioned";
INSERT INTO "FiscalDocument" SELECT * FROM "FiscalDocument_unpartitioned";
INSERT INTO "ReceiptLine" ("organizationId", "documentId", "lineNo", name, "nomenclatureId", "unitCode", price, quantity,
    discount, total, "vatRate", "vatAmount", "createdAt")
SELECT l."organizationId", l."documentId", l."lineNo", l.name, l."nomenclatureId", l."unitCode", l.price, l.quantity,
       l.discount, l.total, l."vatRate", l."vatAmount", d."createdAt"
  FROM "ReceiptLine_unpartitioned" l
  JOIN "FiscalDocument_unpartitioned" d ON d."organizationId" = l."organizationId" AND d.id = l."documentId";
DROP TABLE "ReceiptLine_unpartitioned";
DROP TABLE "FiscalDocument_unpartitioned";

ALTER TABLE "FiscalDocument" ADD CONSTRAINT "FiscalDocument_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE;
ALTER TABLE "FiscalDocument" ADD CONSTRAINT "FiscalDocument_organizationId_cashboxId_fkey" FOREIGN KEY ("organizationId", "cashboxId") REFERENCES "Cashbox"("organizationId", "id");
ALTER TABLE "FiscalDocument" ADD CONSTRAINT "FiscalDocument_organizationId_shiftId_fkey" FOREIGN KEY ("organizationId", "shiftId") REFERENCES "Shift"("organizationId", "id");
ALTER TABLE "ReceiptLine" ADD CONSTRAINT "ReceiptLine_document_fkey" FOREIGN KEY ("organizationId", "documentId", "createdAt") REFERENCES "FiscalDocument"("organizationId", "id", "createdAt") ON DELETE CASCADE;
ALTER TABLE "FiscalDocumentKey" ADD CONSTRAINT "FiscalDocumentKey_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE;
ALTER TABLE "FiscalDocumentKey" ADD CONSTRAINT "FiscalDocumentKey_organizationId_cashboxId_fkey" FOREIGN KEY ("organizationId", "cashboxId") REFERENCES "Cashbox"("organizationId", "id");
