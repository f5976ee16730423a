-- Device API: shifts, the fiscal document journal with its receipt lines, the per-cashbox journal
-- cursor and cashier sessions (issue 6). Every key starts with organizationId (Citus-ready); the
-- document tables are not partitioned yet (see schema.prisma).
CREATE TYPE "FiscalDocumentType" AS ENUM ('SALE', 'SALE_RETURN', 'PURCHASE', 'PURCHASE_RETURN', 'CASH_DEPOSIT', 'CASH_WITHDRAWAL', 'X_REPORT', 'Z_REPORT', 'REGISTRATION_REPORT', 'SHIFT_OPEN');

CREATE TABLE "Shift" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organizationId" UUID NOT NULL,
  "cashboxId" UUID NOT NULL,
  "number" INTEGER NOT NULL,
  "openedById" UUID,
  "openedByName" TEXT NOT NULL DEFAULT '',
  "openedAt" TIMESTAMPTZ(3) NOT NULL,
  "closedAt" TIMESTAMPTZ(3),
  "closedById" UUID,
  "closedByName" TEXT,
  "autoClosed" BOOLEAN NOT NULL DEFAULT false,
  "openingCash" BIGINT NOT NULL DEFAULT 0,
  "closingCash" BIGINT,
  "documentCount" INTEGER NOT NULL DEFAULT 0,
  "zReport" JSONB,
  CONSTRAINT "Shift_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "Shift_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "Shift_organizationId_cashboxId_fkey" FOREIGN KEY ("organizationId", "cashboxId") REFERENCES "Cashbox"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "Shift_organizationId_id_key" ON "Shift"("organizationId", "id");
CREATE UNIQUE INDEX "Shift_organizationId_cashboxId_number_key" ON "Shift"("organizationId", "cashboxId", "number");

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
  CONSTRAINT "FiscalDocument_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "FiscalDocument_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "FiscalDocument_organizationId_cashboxId_fkey" FOREIGN KEY ("organizationId", "cashboxId") REFERENCES "Cashbox"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE,
  CONSTRAINT "FiscalDocument_organizationId_shiftId_fkey" FOREIGN KEY ("organizationId", "shiftId") REFERENCES "Shift"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "FiscalDocument_organizationId_id_key" ON "FiscalDocument"("organizationId", "id");
CREATE UNIQUE INDEX "FiscalDocument_organizationId_cashboxId_clientDocId_key" ON "FiscalDocument"("organizationId", "cashboxId", "clientDocId");
CREATE UNIQUE INDEX "FiscalDocument_organizationId_cashboxId_number_key" ON "FiscalDocument"("organizationId", "cashboxId", "number");
CREATE UNIQUE INDEX "FiscalDocument_organizationId_cashboxId_deviceSeq_key" ON "FiscalDocument"("organizationId", "cashboxId", "deviceSeq");
CREATE INDEX "FiscalDocument_organizationId_shiftId_idx" ON "FiscalDocument"("organizationId", "shiftId");
CREATE INDEX "FiscalDocument_organizationId_returnBasisId_idx" ON "FiscalDocument"("organizationId", "returnBasisId");
CREATE INDEX "FiscalDocument_organizationId_cancelsId_idx" ON "FiscalDocument"("organizationId", "cancelsId");
CREATE INDEX "FiscalDocument_organizationId_createdAt_idx" ON "FiscalDocument"("organizationId", "createdAt");
-- self references need the (organizationId, id) key above
ALTER TABLE "FiscalDocument" ADD CONSTRAINT "FiscalDocument_organizationId_returnBasisId_fkey" FOREIGN KEY ("organizationId", "returnBasisId") REFERENCES "FiscalDocument"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "FiscalDocument" ADD CONSTRAINT "FiscalDocument_organizationId_cancelsId_fkey" FOREIGN KEY ("organizationId", "cancelsId") REFERENCES "FiscalDocument"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

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
  CONSTRAINT "ReceiptLine_pkey" PRIMARY KEY ("organizationId", "documentId", "lineNo"),
  CONSTRAINT "ReceiptLine_organizationId_documentId_fkey" FOREIGN KEY ("organizationId", "documentId") REFERENCES "FiscalDocument"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "CashboxJournal" (
  "cashboxId" UUID NOT NULL,
  "organizationId" UUID NOT NULL,
  "lastNumber" INTEGER NOT NULL DEFAULT 0,
  "lastDeviceSeq" BIGINT NOT NULL DEFAULT 0,
  "lastHash" TEXT NOT NULL,
  "lastDeviceAt" TIMESTAMPTZ(3),
  "lastOperationId" UUID,
  "cashInDrawer" BIGINT NOT NULL DEFAULT 0,
  "lastShiftNumber" INTEGER NOT NULL DEFAULT 0,
  "currentShiftId" UUID,
  "currentShiftOpenedAt" TIMESTAMPTZ(3),
  "shiftDocCount" INTEGER NOT NULL DEFAULT 0,
  "totalSale" BIGINT NOT NULL DEFAULT 0,
  "totalSaleReturn" BIGINT NOT NULL DEFAULT 0,
  "totalPurchase" BIGINT NOT NULL DEFAULT 0,
  "totalPurchaseReturn" BIGINT NOT NULL DEFAULT 0,
  "offlineSince" TIMESTAMPTZ(3),
  "pendingCount" INTEGER NOT NULL DEFAULT 0,
  "pendingOldestAt" TIMESTAMPTZ(3),
  "announcedState" "OperationalState",
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "CashboxJournal_pkey" PRIMARY KEY ("cashboxId"),
  CONSTRAINT "CashboxJournal_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "CashboxJournal_organizationId_cashboxId_fkey" FOREIGN KEY ("organizationId", "cashboxId") REFERENCES "Cashbox"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "CashboxJournal_organizationId_currentShiftId_fkey" FOREIGN KEY ("organizationId", "currentShiftId") REFERENCES "Shift"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "CashboxJournal_organizationId_cashboxId_key" ON "CashboxJournal"("organizationId", "cashboxId");
CREATE INDEX "CashboxJournal_currentShiftOpenedAt_idx" ON "CashboxJournal"("currentShiftOpenedAt");

CREATE TABLE "CashierSession" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organizationId" UUID NOT NULL,
  "cashboxId" UUID NOT NULL,
  "membershipId" UUID NOT NULL,
  "tokenHash" TEXT NOT NULL,
  "expiresAt" TIMESTAMPTZ(3) NOT NULL,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "CashierSession_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "CashierSession_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "CashierSession_organizationId_cashboxId_fkey" FOREIGN KEY ("organizationId", "cashboxId") REFERENCES "Cashbox"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "CashierSession_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "CashierSession_tokenHash_key" ON "CashierSession"("tokenHash");
CREATE UNIQUE INDEX "CashierSession_organizationId_id_key" ON "CashierSession"("organizationId", "id");
CREATE INDEX "CashierSession_organizationId_cashboxId_idx" ON "CashierSession"("organizationId", "cashboxId");
CREATE INDEX "CashierSession_organizationId_membershipId_idx" ON "CashierSession"("organizationId", "membershipId");
