-- Registration with the tax authority (issue 5): the certificates an organization has signed
-- with, the case's certificate and assigned registration number, and a CERTIFICATE case document.
-- (ADD VALUE inside the migration's transaction is fine on PostgreSQL >= 12 as long as the value
-- is not used in the same transaction.)
ALTER TYPE "CaseDocumentKind" ADD VALUE 'CERTIFICATE';

CREATE TABLE "Certificate" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organizationId" UUID NOT NULL,
  "fingerprint" TEXT NOT NULL,
  "subject" TEXT NOT NULL,
  "taxId" TEXT NOT NULL,
  "issuer" TEXT NOT NULL,
  "serialNumber" TEXT NOT NULL,
  "notBefore" TIMESTAMPTZ(3) NOT NULL,
  "notAfter" TIMESTAMPTZ(3) NOT NULL,
  "pem" TEXT NOT NULL,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "lastUsedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "Certificate_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "Certificate_organizationId_id_key" ON "Certificate"("organizationId", "id");
CREATE UNIQUE INDEX "Certificate_organizationId_fingerprint_key" ON "Certificate"("organizationId", "fingerprint");
CREATE INDEX "Certificate_organizationId_notAfter_idx" ON "Certificate"("organizationId", "notAfter");

ALTER TABLE "RegistrationCase" ADD COLUMN "certificateId" UUID;
ALTER TABLE "RegistrationCase" ADD COLUMN "registrationNumber" TEXT;
ALTER TABLE "RegistrationCase" ADD CONSTRAINT "RegistrationCase_organizationId_certificateId_fkey" FOREIGN KEY ("organizationId", "certificateId") REFERENCES "Certificate"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
CREATE INDEX "RegistrationCase_organizationId_certificateId_idx" ON "RegistrationCase"("organizationId", "certificateId");
