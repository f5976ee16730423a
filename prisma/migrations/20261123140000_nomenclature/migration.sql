-- Nomenclature (issue 7): VAT rate table, items with barcodes and a change cursor for terminals,
-- Excel import jobs with their failed rows, and the remembered column mapping.
CREATE TYPE "NomenclatureItemType" AS ENUM ('GOOD', 'SERVICE');
CREATE TYPE "MeasureUnit" AS ENUM ('PIECE', 'KILOGRAM', 'GRAM', 'LITER', 'MILLILITER', 'METER', 'SQUARE_METER', 'SERVICE', 'PACKAGE');
CREATE TYPE "ImportJobStatus" AS ENUM ('UPLOADED', 'QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- Reference data (not a tenant table): editable by PLATFORM_ADMIN, seeded below.
CREATE TABLE "VatRate" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "country" "Country" NOT NULL,
  "code" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "rateBasisPoints" INTEGER,
  "validFrom" DATE NOT NULL,
  "validTo" DATE,
  "sortOrder" INTEGER NOT NULL DEFAULT 0,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "VatRate_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "VatRate_period_check" CHECK ("validTo" IS NULL OR "validTo" >= "validFrom")
);
CREATE UNIQUE INDEX "VatRate_country_code_key" ON "VatRate"("country", "code");

-- RU: the general rate is 22 % from 01.01.2026 (Federal Law No. 425-FZ of 28.11.2025), 20 % before;
-- 5 % and 7 % exist since 01.01.2025 for УСН payers (Federal Law No. 176-FZ). KZ: 16 % from
-- 01.01.2026 (Tax Code of 18.07.2025), 12 % before. Old rates stay for history and old receipts.
INSERT INTO "VatRate" ("country", "code", "name", "rateBasisPoints", "validFrom", "validTo", "sortOrder") VALUES
  ('RU', 'VAT22', 'НДС 22%', 2200, '2026-01-01', NULL, 10),
  ('RU', 'VAT20', 'НДС 20%', 2000, '2019-01-01', '2025-12-31', 11),
  ('RU', 'VAT10', 'НДС 10%', 1000, '2004-01-01', NULL, 20),
  ('RU', 'VAT7', 'НДС 7%', 700, '2025-01-01', NULL, 30),
  ('RU', 'VAT5', 'НДС 5%', 500, '2025-01-01', NULL, 40),
  ('RU', 'VAT0', 'НДС 0%', 0, '2004-01-01', NULL, 50),
  ('RU', 'NO_VAT', 'Без НДС', NULL, '2004-01-01', NULL, 60),
  ('KZ', 'VAT16', 'НДС 16%', 1600, '2026-01-01', NULL, 10),
  ('KZ', 'VAT12', 'НДС 12%', 1200, '2009-01-01', '2025-12-31', 11),
  ('KZ', 'VAT0', 'НДС 0%', 0, '2009-01-01', NULL, 50),
  ('KZ', 'NO_VAT', 'Без НДС', NULL, '2009-01-01', NULL, 60);

CREATE TABLE "NomenclatureItem" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organizationId" UUID NOT NULL,
  "name" TEXT NOT NULL,
  "article" TEXT,
  "type" "NomenclatureItemType" NOT NULL DEFAULT 'GOOD',
  "unit" "MeasureUnit" NOT NULL DEFAULT 'PIECE',
  "price" BIGINT NOT NULL,
  "vatRate" TEXT NOT NULL,
  "section" TEXT,
  "archivedAt" TIMESTAMPTZ(3),
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "changeSeq" BIGSERIAL NOT NULL,
  CONSTRAINT "NomenclatureItem_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "NomenclatureItem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "NomenclatureItem_price_check" CHECK ("price" >= 0),
  CONSTRAINT "NomenclatureItem_name_check" CHECK (btrim("name") <> ''),
  CONSTRAINT "NomenclatureItem_article_check" CHECK ("article" IS NULL OR btrim("article") <> '')
);
CREATE UNIQUE INDEX "NomenclatureItem_organizationId_id_key" ON "NomenclatureItem"("organizationId", "id");
CREATE UNIQUE INDEX "NomenclatureItem_organizationId_article_key" ON "NomenclatureItem"("organizationId", "article");
CREATE INDEX "NomenclatureItem_organizationId_name_idx" ON "NomenclatureItem"("organizationId", "name");
CREATE INDEX "NomenclatureItem_organizationId_changeSeq_idx" ON "NomenclatureItem"("organizationId", "changeSeq");

-- Every update takes a new cursor value (inserts get one from the column default).
CREATE FUNCTION "NomenclatureItem_changeSeq_touch"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."changeSeq" := nextval('"NomenclatureItem_changeSeq_seq"');
  RETURN NEW;
END
$$;
CREATE TRIGGER "NomenclatureItem_changeSeq_touch" BEFORE UPDATE ON "NomenclatureItem"
  FOR EACH ROW EXECUTE FUNCTION "NomenclatureItem_changeSeq_touch"();

CREATE TABLE "NomenclatureBarcode" (
  "organizationId" UUID NOT NULL,
  "barcode" TEXT NOT NULL,
  "itemId" UUID NOT NULL,
  "position" INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT "NomenclatureBarcode_pkey" PRIMARY KEY ("organizationId", "barcode"),
  CONSTRAINT "NomenclatureBarcode_organizationId_itemId_fkey" FOREIGN KEY ("organizationId", "itemId") REFERENCES "NomenclatureItem"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "NomenclatureBarcode_organizationId_itemId_idx" ON "NomenclatureBarcode"("organizationId", "itemId");

CREATE TABLE "ImportJob" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organizationId" UUID NOT NULL,
  "status" "ImportJobStatus" NOT NULL DEFAULT 'UPLOADED',
  "fileName" TEXT NOT NULL,
  "fileFormat" TEXT NOT NULL,
  "fileSize" INTEGER NOT NULL,
  "fileData" BYTEA,
  "headers" JSONB NOT NULL DEFAULT '[]',
  "mapping" JSONB,
  "totalRows" INTEGER NOT NULL DEFAULT 0,
  "processedRows" INTEGER NOT NULL DEFAULT 0,
  "createdCount" INTEGER NOT NULL DEFAULT 0,
  "updatedCount" INTEGER NOT NULL DEFAULT 0,
  "skippedCount" INTEGER NOT NULL DEFAULT 0,
  "failedCount" INTEGER NOT NULL DEFAULT 0,
  "errorMessage" TEXT,
  "runnerId" TEXT,
  "heartbeatAt" TIMESTAMPTZ(3),
  "createdById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "queuedAt" TIMESTAMPTZ(3),
  "startedAt" TIMESTAMPTZ(3),
  "finishedAt" TIMESTAMPTZ(3),
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "ImportJob_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "ImportJob_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "ImportJob_organizationId_id_key" ON "ImportJob"("organizationId", "id");
CREATE INDEX "ImportJob_organizationId_createdAt_idx" ON "ImportJob"("organizationId", "createdAt" DESC);
CREATE INDEX "ImportJob_status_heartbeatAt_idx" ON "ImportJob"("status", "heartbeatAt");

CREATE TABLE "ImportJobError" (
  "organizationId" UUID NOT NULL,
  "jobId" UUID NOT NULL,
  "rowNumber" INTEGER NOT NULL,
  "cells" JSONB NOT NULL,
  "messages" JSONB NOT NULL,
  CONSTRAINT "ImportJobError_pkey" PRIMARY KEY ("organizationId", "jobId", "rowNumber"),
  CONSTRAINT "ImportJobError_organizationId_jobId_fkey" FOREIGN KEY ("organizationId", "jobId") REFERENCES "ImportJob"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "NomenclatureImportMapping" (
  "organizationId" UUID NOT NULL,
  "mapping" JSONB NOT NULL,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "NomenclatureImportMapping_pkey" PRIMARY KEY ("organizationId"),
  CONSTRAINT "NomenclatureImportMapping_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
