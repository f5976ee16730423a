-- Foundation: users, organizations, memberships, trade points, cashboxes, audit, outbox, tokens, rate limits.
CREATE TYPE "Country" AS ENUM ('RU', 'KZ');
CREATE TYPE "OrgKind" AS ENUM ('CLIENT', 'PARTNER', 'PLATFORM');
CREATE TYPE "Role" AS ENUM ('OWNER', 'ADMIN', 'ACCOUNTANT', 'CASHIER', 'PARTNER_MANAGER', 'PLATFORM_ADMIN');
CREATE TYPE "RegistrationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'REGISTERED', 'REFUSED', 'DEREGISTERED');
CREATE TYPE "OperationalState" AS ENUM ('ACTIVE', 'BLOCKED', 'SERVER_BLOCKED', 'OFFLINE_TOO_LONG', 'INTEGRITY');
CREATE TYPE "OfdProvider" AS ENUM ('OWN', 'TRANSTELECOM', 'KAZAKHTELECOM');

CREATE TABLE "User" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "email" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "passwordHash" TEXT,
  "locale" TEXT NOT NULL DEFAULT 'ru',
  "passwordChangedAt" TIMESTAMPTZ(3),
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

CREATE TABLE "Organization" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "name" TEXT NOT NULL,
  "kind" "OrgKind" NOT NULL DEFAULT 'CLIENT',
  "country" "Country" NOT NULL,
  "legalForm" TEXT NOT NULL,
  "taxId" TEXT NOT NULL,
  "kpp" TEXT,
  "legalAddress" TEXT NOT NULL DEFAULT '',
  "phone" TEXT NOT NULL DEFAULT '',
  "email" TEXT NOT NULL DEFAULT '',
  "bankName" TEXT NOT NULL DEFAULT '',
  "bankAccount" TEXT NOT NULL DEFAULT '',
  "bankCode" TEXT NOT NULL DEFAULT '',
  "timezone" TEXT NOT NULL,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Organization_taxId_idx" ON "Organization"("taxId");

CREATE TABLE "Membership" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organizationId" UUID NOT NULL,
  "userId" UUID NOT NULL,
  "role" "Role" NOT NULL,
  "pinHash" TEXT,
  "operationLimit" BIGINT,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "Membership_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "Membership_organizationId_userId_key" ON "Membership"("organizationId", "userId");
CREATE UNIQUE INDEX "Membership_organizationId_id_key" ON "Membership"("organizationId", "id");
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

CREATE TABLE "TradePoint" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organizationId" UUID NOT NULL,
  "name" TEXT NOT NULL,
  "address" TEXT NOT NULL,
  "archivedAt" TIMESTAMPTZ(3),
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "TradePoint_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "TradePoint_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "TradePoint_organizationId_id_key" ON "TradePoint"("organizationId", "id");
CREATE INDEX "TradePoint_organizationId_name_idx" ON "TradePoint"("organizationId", "name");

CREATE TABLE "Cashbox" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organizationId" UUID NOT NULL,
  "tradePointId" UUID NOT NULL,
  "name" TEXT NOT NULL,
  "model" TEXT NOT NULL,
  "serialNumber" TEXT NOT NULL,
  "registrationNumber" TEXT,
  "inkOfd" TEXT,
  "ofd" "OfdProvider" NOT NULL DEFAULT 'OWN',
  "registrationStatus" "RegistrationStatus" NOT NULL DEFAULT 'DRAFT',
  "operationalState" "OperationalState" NOT NULL DEFAULT 'ACTIVE',
  "operationalReason" TEXT,
  "fiscalDriveNumber" TEXT,
  "fiscalDriveModel" TEXT,
  "fiscalDriveMonths" INTEGER,
  "fiscalDriveInstalledAt" TIMESTAMPTZ(3),
  "paidUntil" DATE,
  "tokenHash" TEXT,
  "tokenIssuedAt" TIMESTAMPTZ(3),
  "autoCloseTime" TEXT,
  "receiptFooter" TEXT NOT NULL DEFAULT '',
  "taxation" TEXT NOT NULL DEFAULT '',
  "lastSeenAt" TIMESTAMPTZ(3),
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "Cashbox_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "Cashbox_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "Cashbox_organizationId_tradePointId_fkey" FOREIGN KEY ("organizationId", "tradePointId") REFERENCES "TradePoint"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "Cashbox_tokenHash_key" ON "Cashbox"("tokenHash");
CREATE UNIQUE INDEX "Cashbox_organizationId_id_key" ON "Cashbox"("organizationId", "id");
CREATE INDEX "Cashbox_organizationId_name_idx" ON "Cashbox"("organizationId", "name");
CREATE INDEX "Cashbox_organizationId_tradePointId_idx" ON "Cashbox"("organizationId", "tradePointId");

CREATE TABLE "AuditLog" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organizationId" UUID NOT NULL,
  "userId" UUID,
  "userEmail" TEXT,
  "action" TEXT NOT NULL,
  "objectType" TEXT NOT NULL,
  "objectId" TEXT,
  "details" JSONB NOT NULL DEFAULT '{}',
  "ip" TEXT,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "AuditLog_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "AuditLog_organizationId_createdAt_idx" ON "AuditLog"("organizationId", "createdAt" DESC);

CREATE TABLE "OutboxMail" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "to" TEXT NOT NULL,
  "subject" TEXT NOT NULL,
  "text" TEXT NOT NULL,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "sentAt" TIMESTAMPTZ(3),
  CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "OutboxMail_to_createdAt_idx" ON "OutboxMail"("to", "createdAt" DESC);

CREATE TABLE "PasswordToken" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "userId" UUID NOT NULL,
  "tokenHash" TEXT NOT NULL,
  "purpose" TEXT NOT NULL,
  "expiresAt" TIMESTAMPTZ(3) NOT NULL,
  "usedAt" TIMESTAMPTZ(3),
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "PasswordToken_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "PasswordToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "PasswordToken_tokenHash_key" ON "PasswordToken"("tokenHash");
CREATE INDEX "PasswordToken_userId_idx" ON "PasswordToken"("userId");

CREATE TABLE "RateLimit" (
  "key" TEXT NOT NULL,
  "count" INTEGER NOT NULL,
  "resetAt" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "PartnerLink" (
  "organizationId" UUID NOT NULL,
  "partnerOrganizationId" UUID NOT NULL,
  "linkedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "PartnerLink_pkey" PRIMARY KEY ("organizationId"),
  CONSTRAINT "PartnerLink_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "PartnerLink_partnerOrganizationId_idx" ON "PartnerLink"("partnerOrganizationId");
