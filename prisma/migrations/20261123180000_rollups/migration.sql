-- Sales analytics (issue 8): daily rollups of the fiscal documents, kept in the same transaction
-- as each accepted document (lib/device/engine.ts → lib/analytics/rollup-sql.ts) and recomputed by
-- `npm run rollups:rebuild` (lib/analytics/rebuild.ts). "day" is the local date of the document's
-- device time in the organization's timezone, "hour" its local hour. Every row is keyed by the
-- cashbox, so a document only touches rows of its own cashbox, which it already holds the journal
-- lock of: no organization-wide hot rows. The trade point is the cashbox's (joined when filtering).
-- "reversal" marks the reverse documents of «cancel last» (they cancel an operation rather than
-- being a return of their own). Amounts in minor units.

CREATE TABLE "AnalyticsDay" (
  "organizationId" UUID NOT NULL,
  "day" DATE NOT NULL,
  "cashboxId" UUID NOT NULL,
  "type" "FiscalDocumentType" NOT NULL,
  "reversal" BOOLEAN NOT NULL,
  "count" INTEGER NOT NULL,
  "total" BIGINT NOT NULL,
  "cash" BIGINT NOT NULL,
  "card" BIGINT NOT NULL,
  "change" BIGINT NOT NULL,
  "discount" BIGINT NOT NULL,
  "vat" BIGINT NOT NULL,
  "cashOnly" INTEGER NOT NULL,
  "cardOnly" INTEGER NOT NULL,
  "mixed" INTEGER NOT NULL,
  CONSTRAINT "AnalyticsDay_pkey" PRIMARY KEY ("organizationId", "day", "cashboxId", "type", "reversal"),
  CONSTRAINT "AnalyticsDay_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Sales by local hour of the day: element h+1 of each array is hour h (00–23).
-- receipts: sales minus cancelled sales; revenue: sales minus sale returns.
CREATE TABLE "AnalyticsHours" (
  "organizationId" UUID NOT NULL,
  "day" DATE NOT NULL,
  "cashboxId" UUID NOT NULL,
  "receipts" INTEGER[] NOT NULL,
  "revenue" BIGINT[] NOT NULL,
  CONSTRAINT "AnalyticsHours_pkey" PRIMARY KEY ("organizationId", "day", "cashboxId"),
  CONSTRAINT "AnalyticsHours_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Goods sold (sale lines minus sale-return lines) per day and per month (the month table lets a
-- long period read whole months instead of every day). itemKey: the nomenclature id, or
-- "n:<unit code>:<name>" for a free-text line; name is the smallest name seen under the key.
CREATE TABLE "AnalyticsItemDay" (
  "organizationId" UUID NOT NULL,
  "day" DATE NOT NULL,
  "cashboxId" UUID NOT NULL,
  "itemKey" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "unitCode" TEXT NOT NULL,
  "quantity" DECIMAL(18,3) NOT NULL,
  "revenue" BIGINT NOT NULL,
  CONSTRAINT "AnalyticsItemDay_pkey" PRIMARY KEY ("organizationId", "day", "cashboxId", "itemKey"),
  CONSTRAINT "AnalyticsItemDay_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- month: the first day of the local month
CREATE TABLE "AnalyticsItemMonth" (
  "organizationId" UUID NOT NULL,
  "month" DATE NOT NULL,
  "cashboxId" UUID NOT NULL,
  "itemKey" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "unitCode" TEXT NOT NULL,
  "quantity" DECIMAL(18,3) NOT NULL,
  "revenue" BIGINT NOT NULL,
  CONSTRAINT "AnalyticsItemMonth_pkey" PRIMARY KEY ("organizationId", "month", "cashboxId", "itemKey"),
  CONSTRAINT "AnalyticsItemMonth_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
