-- Cashbox card: the device key column, the service-wide serial registry, fiscal drive history,
-- document-flow cases and their documents.
CREATE TYPE "RegistrationCaseKind" AS ENUM ('REGISTRATION', 'REREGISTRATION_FN', 'REREGISTRATION_ADDRESS', 'DEREGISTRATION');
CREATE TYPE "RegistrationCaseStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'REFUSED', 'CANCELLED');
CREATE TYPE "CaseDocumentKind" AS ENUM ('APPLICATION', 'SIGNATURE', 'REGISTRATION_REPORT', 'TAX_RECEIPT', 'TAX_ANSWER');

ALTER TABLE "Cashbox" ADD COLUMN "deviceKeyEnc" TEXT;
CREATE INDEX "Cashbox_registrationNumber_idx" ON "Cashbox"("registrationNumber");

-- Not a tenant table on purpose (see schema.prisma): the one service-wide unique (model, serial).
CREATE TABLE "CashboxSerial" (
  "serialNumber" TEXT NOT NULL,
  "model" TEXT NOT NULL,
  "organizationId" UUID NOT NULL,
  "cashboxId" UUID NOT NULL,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "CashboxSerial_pkey" PRIMARY KEY ("model", "serialNumber"),
  CONSTRAINT "CashboxSerial_organizationId_cashboxId_fkey" FOREIGN KEY ("organizationId", "cashboxId") REFERENCES "Cashbox"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "CashboxSerial_organizationId_cashboxId_key" ON "CashboxSerial"("organizationId", "cashboxId");
CREATE INDEX "CashboxSerial_serialNumber_idx" ON "CashboxSerial"("serialNumber");

CREATE TABLE "FiscalDrive" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organizationId" UUID NOT NULL,
  "cashboxId" UUID NOT NULL,
  "number" TEXT NOT NULL,
  "model" TEXT NOT NULL,
  "validityMonths" INTEGER NOT NULL,
  "installedAt" TIMESTAMPTZ(3) NOT NULL,
  "closedAt" TIMESTAMPTZ(3),
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "FiscalDrive_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "FiscalDrive_organizationId_cashboxId_fkey" FOREIGN KEY ("organizationId", "cashboxId") REFERENCES "Cashbox"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "FiscalDrive_organizationId_id_key" ON "FiscalDrive"("organizationId", "id");
CREATE INDEX "FiscalDrive_organizationId_cashboxId_installedAt_idx" ON "FiscalDrive"("organizationId", "cashboxId", "installedAt" DESC);
-- At most one current (open) drive per cashbox. Partial indexes are not expressible in
-- schema.prisma; the drift test only checks indexes the schema declares, so this extra one is allowed.
CREATE UNIQUE INDEX "FiscalDrive_open_cashbox_key" ON "FiscalDrive"("organizationId", "cashboxId") WHERE "closedAt" IS NULL;

CREATE TABLE "RegistrationCase" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organizationId" UUID NOT NULL,
  "cashboxId" UUID NOT NULL,
  "kind" "RegistrationCaseKind" NOT NULL,
  "status" "RegistrationCaseStatus" NOT NULL DEFAULT 'DRAFT',
  "reason" TEXT,
  "refusalReason" TEXT,
  "fiscalDriveId" UUID,
  "createdById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "submittedAt" TIMESTAMPTZ(3),
  "answeredAt" TIMESTAMPTZ(3),
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "RegistrationCase_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "RegistrationCase_organizationId_cashboxId_fkey" FOREIGN KEY ("organizationId", "cashboxId") REFERENCES "Cashbox"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "RegistrationCase_organizationId_fiscalDriveId_fkey" FOREIGN KEY ("organizationId", "fiscalDriveId") REFERENCES "FiscalDrive"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE,
  CONSTRAINT "RegistrationCase_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "RegistrationCase_organizationId_id_key" ON "RegistrationCase"("organizationId", "id");
CREATE INDEX "RegistrationCase_organizationId_cashboxId_createdAt_idx" ON "RegistrationCase"("organizationId", "cashboxId", "createdAt" DESC);

CREATE TABLE "CaseDocument" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organizationId" UUID NOT NULL,
  "caseId" UUID NOT NULL,
  "kind" "CaseDocumentKind" NOT NULL,
  "fileName" TEXT NOT NULL,
  "mimeType" TEXT NOT NULL,
  "content" BYTEA NOT NULL,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "CaseDocument_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "CaseDocument_organizationId_caseId_fkey" FOREIGN KEY ("organizationId", "caseId") REFERENCES "RegistrationCase"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "CaseDocument_organizationId_id_key" ON "CaseDocument"("organizationId", "id");
CREATE INDEX "CaseDocument_organizationId_caseId_idx" ON "CaseDocument"("organizationId", "caseId");

-- Backfill for databases that already hold cashboxes (normalization as in lib/cashboxes/serial.ts).
-- A pre-existing duplicate keeps its first claimant; the others stay without a serial row.
INSERT INTO "CashboxSerial" ("serialNumber", "model", "organizationId", "cashboxId", "createdAt")
SELECT upper(regexp_replace("serialNumber", '\s', '', 'g')), lower(regexp_replace(btrim("model"), '\s+', ' ', 'g')),
       "organizationId", "id", "createdAt"
  FROM "Cashbox" ORDER BY "createdAt"
ON CONFLICT DO NOTHING;
INSERT INTO "FiscalDrive" ("organizationId", "cashboxId", "number", "model", "validityMonths", "installedAt")
SELECT "organizationId", "id", "fiscalDriveNumber", COALESCE("fiscalDriveModel", ''), COALESCE("fiscalDriveMonths", 15),
       COALESCE("fiscalDriveInstalledAt", "createdAt")
  FROM "Cashbox" WHERE "fiscalDriveNumber" IS NOT NULL;
