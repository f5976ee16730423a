-- Activation codes, «Маркет» (catalog, orders, payments), notifications (issue 9).
CREATE TYPE "ProductKind" AS ENUM ('SERVICE_MONTHS', 'TARIFF', 'FISCAL_DRIVE');
CREATE TYPE "ActivationCodeStatus" AS ENUM ('AVAILABLE', 'HANDED_TO_CLIENT', 'REDEEMED', 'REVOKED');
CREATE TYPE "OrderStatus" AS ENUM ('AWAITING_PAYMENT', 'PAID', 'SHIPPED', 'CANCELLED');
CREATE TYPE "PaymentMethod" AS ENUM ('CARD', 'INVOICE');
CREATE TYPE "PaymentState" AS ENUM ('PENDING', 'SUCCEEDED', 'DECLINED');

ALTER TABLE "Cashbox" ADD COLUMN "unpaidBlockedAt" TIMESTAMPTZ(3);
CREATE INDEX "Cashbox_paidUntil_idx" ON "Cashbox"("paidUntil");

-- Platform reference data.
CREATE TABLE "Product" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "code" TEXT NOT NULL,
  "kind" "ProductKind" NOT NULL,
  "nameRu" TEXT NOT NULL,
  "nameKk" TEXT NOT NULL,
  "nameEn" TEXT NOT NULL,
  "months" INTEGER,
  "active" BOOLEAN NOT NULL DEFAULT true,
  "sortOrder" INTEGER NOT NULL DEFAULT 0,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Product_code_key" ON "Product"("code");

CREATE TABLE "ProductPrice" (
  "productId" UUID NOT NULL,
  "country" "Country" NOT NULL,
  "currency" TEXT NOT NULL,
  "amount" BIGINT NOT NULL,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "ProductPrice_pkey" PRIMARY KEY ("productId", "country"),
  CONSTRAINT "ProductPrice_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "Order" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organizationId" UUID NOT NULL,
  "number" SERIAL NOT NULL,
  "status" "OrderStatus" NOT NULL DEFAULT 'AWAITING_PAYMENT',
  "paymentMethod" "PaymentMethod" NOT NULL,
  "currency" TEXT NOT NULL,
  "total" BIGINT NOT NULL,
  "vatRateBasisPoints" INTEGER,
  "vatAmount" BIGINT NOT NULL DEFAULT 0,
  "deliveryAddress" TEXT,
  "invoiceNumber" TEXT,
  "createdById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "paidAt" TIMESTAMPTZ(3),
  "shippedAt" TIMESTAMPTZ(3),
  "cancelledAt" TIMESTAMPTZ(3),
  CONSTRAINT "Order_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "Order_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "Order_organizationId_id_key" ON "Order"("organizationId", "id");
CREATE UNIQUE INDEX "Order_organizationId_number_key" ON "Order"("organizationId", "number");
CREATE INDEX "Order_organizationId_createdAt_idx" ON "Order"("organizationId", "createdAt" DESC);
CREATE INDEX "Order_status_createdAt_idx" ON "Order"("status", "createdAt" DESC);

CREATE TABLE "OrderLine" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organizationId" UUID NOT NULL,
  "orderId" UUID NOT NULL,
  "productId" UUID NOT NULL,
  "productCode" TEXT NOT NULL,
  "productName" TEXT NOT NULL,
  "kind" "ProductKind" NOT NULL,
  "months" INTEGER,
  "quantity" INTEGER NOT NULL,
  "unitPrice" BIGINT NOT NULL,
  "amount" BIGINT NOT NULL,
  CONSTRAINT "OrderLine_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "OrderLine_organizationId_orderId_fkey" FOREIGN KEY ("organizationId", "orderId") REFERENCES "Order"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "OrderLine_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "OrderLine_organizationId_id_key" ON "OrderLine"("organizationId", "id");
CREATE INDEX "OrderLine_organizationId_orderId_idx" ON "OrderLine"("organizationId", "orderId");

CREATE TABLE "Payment" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organizationId" UUID NOT NULL,
  "orderId" UUID NOT NULL,
  "provider" TEXT NOT NULL,
  "providerPaymentId" TEXT NOT NULL,
  "method" "PaymentMethod" NOT NULL,
  "status" "PaymentState" NOT NULL DEFAULT 'PENDING',
  "amount" BIGINT NOT NULL,
  "currency" TEXT NOT NULL,
  "failureReason" TEXT,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "completedAt" TIMESTAMPTZ(3),
  CONSTRAINT "Payment_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "Payment_organizationId_orderId_fkey" FOREIGN KEY ("organizationId", "orderId") REFERENCES "Order"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "Payment_organizationId_id_key" ON "Payment"("organizationId", "id");
CREATE UNIQUE INDEX "Payment_organizationId_provider_providerPaymentId_key" ON "Payment"("organizationId", "provider", "providerPaymentId");
CREATE INDEX "Payment_organizationId_orderId_idx" ON "Payment"("organizationId", "orderId");

CREATE TABLE "PaymentCallback" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organizationId" UUID NOT NULL,
  "provider" TEXT NOT NULL,
  "eventId" TEXT NOT NULL,
  "paymentId" UUID NOT NULL,
  "status" "PaymentState" NOT NULL,
  "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "PaymentCallback_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "PaymentCallback_organizationId_paymentId_fkey" FOREIGN KEY ("organizationId", "paymentId") REFERENCES "Payment"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "PaymentCallback_organizationId_id_key" ON "PaymentCallback"("organizationId", "id");
CREATE UNIQUE INDEX "PaymentCallback_organizationId_provider_eventId_key" ON "PaymentCallback"("organizationId", "provider", "eventId");
CREATE INDEX "PaymentCallback_organizationId_paymentId_idx" ON "PaymentCallback"("organizationId", "paymentId");

CREATE TABLE "ActivationCodeBatch" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organizationId" UUID NOT NULL,
  "productId" UUID NOT NULL,
  "months" INTEGER NOT NULL,
  "quantity" INTEGER NOT NULL,
  "orderId" UUID,
  "note" TEXT NOT NULL DEFAULT '',
  "createdById" UUID,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "ActivationCodeBatch_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "ActivationCodeBatch_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "ActivationCodeBatch_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT "ActivationCodeBatch_organizationId_orderId_fkey" FOREIGN KEY ("organizationId", "orderId") REFERENCES "Order"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "ActivationCodeBatch_organizationId_id_key" ON "ActivationCodeBatch"("organizationId", "id");
CREATE UNIQUE INDEX "ActivationCodeBatch_organizationId_orderId_productId_key" ON "ActivationCodeBatch"("organizationId", "orderId", "productId");
CREATE INDEX "ActivationCodeBatch_organizationId_createdAt_idx" ON "ActivationCodeBatch"("organizationId", "createdAt" DESC);

CREATE TABLE "ActivationCode" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organizationId" UUID NOT NULL,
  "batchId" UUID NOT NULL,
  "productId" UUID NOT NULL,
  "code" TEXT NOT NULL,
  "months" INTEGER NOT NULL,
  "status" "ActivationCodeStatus" NOT NULL DEFAULT 'AVAILABLE',
  "handedToOrganizationId" UUID,
  "handedAt" TIMESTAMPTZ(3),
  "redeemedAt" TIMESTAMPTZ(3),
  "redeemedCashboxId" UUID,
  "redeemedByOrganizationId" UUID,
  "redeemedByUserId" UUID,
  "redeemedPaidUntil" DATE,
  "revokedAt" TIMESTAMPTZ(3),
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "ActivationCode_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "ActivationCode_organizationId_batchId_fkey" FOREIGN KEY ("organizationId", "batchId") REFERENCES "ActivationCodeBatch"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "ActivationCode_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "ActivationCode_organizationId_id_key" ON "ActivationCode"("organizationId", "id");
CREATE UNIQUE INDEX "ActivationCode_organizationId_code_key" ON "ActivationCode"("organizationId", "code");
CREATE INDEX "ActivationCode_organizationId_status_createdAt_idx" ON "ActivationCode"("organizationId", "status", "createdAt" DESC);
CREATE INDEX "ActivationCode_organizationId_batchId_idx" ON "ActivationCode"("organizationId", "batchId");
CREATE INDEX "ActivationCode_handedToOrganizationId_status_idx" ON "ActivationCode"("handedToOrganizationId", "status");

-- Not a tenant table on purpose (see schema.prisma): the service-wide unique of a code's value.
CREATE TABLE "ActivationCodeLookup" (
  "code" TEXT NOT NULL,
  "organizationId" UUID NOT NULL,
  "activationCodeId" UUID NOT NULL,
  CONSTRAINT "ActivationCodeLookup_pkey" PRIMARY KEY ("code"),
  CONSTRAINT "ActivationCodeLookup_organizationId_activationCodeId_fkey" FOREIGN KEY ("organizationId", "activationCodeId") REFERENCES "ActivationCode"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "ActivationCodeLookup_organizationId_activationCodeId_key" ON "ActivationCodeLookup"("organizationId", "activationCodeId");

CREATE TABLE "Notification" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "organizationId" UUID NOT NULL,
  "kind" TEXT NOT NULL,
  "cashboxId" UUID,
  "dedupeKey" TEXT NOT NULL,
  "params" JSONB NOT NULL DEFAULT '{}',
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "readAt" TIMESTAMPTZ(3),
  CONSTRAINT "Notification_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "Notification_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "Notification_organizationId_cashboxId_fkey" FOREIGN KEY ("organizationId", "cashboxId") REFERENCES "Cashbox"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "Notification_organizationId_id_key" ON "Notification"("organizationId", "id");
CREATE UNIQUE INDEX "Notification_organizationId_kind_dedupeKey_key" ON "Notification"("organizationId", "kind", "dedupeKey");
CREATE INDEX "Notification_organizationId_createdAt_idx" ON "Notification"("organizationId", "createdAt" DESC);

-- The starting catalog (editable in /admin/catalog). Prices in minor units, VAT included;
-- fiscal drives are sold in RU only (KZ cashboxes work without a ФН).
INSERT INTO "Product" ("code", "kind", "nameRu", "nameKk", "nameEn", "months", "sortOrder") VALUES
  ('OFD-1', 'SERVICE_MONTHS', 'Услуги ОФД на 1 месяц', 'ФДО қызметтері 1 айға', 'OFD service, 1 month', 1, 10),
  ('OFD-3', 'SERVICE_MONTHS', 'Услуги ОФД на 3 месяца', 'ФДО қызметтері 3 айға', 'OFD service, 3 months', 3, 20),
  ('OFD-6', 'SERVICE_MONTHS', 'Услуги ОФД на 6 месяцев', 'ФДО қызметтері 6 айға', 'OFD service, 6 months', 6, 30),
  ('OFD-12', 'SERVICE_MONTHS', 'Услуги ОФД на 12 месяцев', 'ФДО қызметтері 12 айға', 'OFD service, 12 months', 12, 40),
  ('OFD-36', 'SERVICE_MONTHS', 'Услуги ОФД на 36 месяцев', 'ФДО қызметтері 36 айға', 'OFD service, 36 months', 36, 50),
  ('TARIFF-1', 'TARIFF', 'Тариф «Касса+» на 1 месяц (ПО кассы и ОФД)', '«Касса+» тарифі 1 айға (касса БҚ және ФДО)', '«Kassa+» tariff, 1 month (cashbox software and OFD)', 1, 60),
  ('TARIFF-12', 'TARIFF', 'Тариф «Касса+» на 12 месяцев (ПО кассы и ОФД)', '«Касса+» тарифі 12 айға (касса БҚ және ФДО)', '«Kassa+» tariff, 12 months (cashbox software and OFD)', 12, 70),
  ('FN-15', 'FISCAL_DRIVE', 'Фискальный накопитель ФН-1.2 на 15 месяцев', '15 айлық ФН-1.2 фискалдық жинақтауышы', 'Fiscal drive FN-1.2, 15 months', 15, 80),
  ('FN-36', 'FISCAL_DRIVE', 'Фискальный накопитель ФН-1.2 на 36 месяцев', '36 айлық ФН-1.2 фискалдық жинақтауышы', 'Fiscal drive FN-1.2, 36 months', 36, 90);

INSERT INTO "ProductPrice" ("productId", "country", "currency", "amount")
SELECT p."id", v."country"::"Country", v."currency", v."amount"
  FROM (VALUES
    ('OFD-1', 'RU', 'RUB', 40000), ('OFD-3', 'RU', 'RUB', 110000), ('OFD-6', 'RU', 'RUB', 200000),
    ('OFD-12', 'RU', 'RUB', 300000), ('OFD-36', 'RU', 'RUB', 810000),
    ('TARIFF-1', 'RU', 'RUB', 149000), ('TARIFF-12', 'RU', 'RUB', 1490000),
    ('FN-15', 'RU', 'RUB', 950000), ('FN-36', 'RU', 'RUB', 1450000),
    ('OFD-1', 'KZ', 'KZT', 190000), ('OFD-3', 'KZ', 'KZT', 540000), ('OFD-6', 'KZ', 'KZT', 1020000),
    ('OFD-12', 'KZ', 'KZT', 1900000), ('OFD-36', 'KZ', 'KZT', 5100000),
    ('TARIFF-1', 'KZ', 'KZT', 490000), ('TARIFF-12', 'KZ', 'KZT', 4900000)
  ) AS v("code", "country", "currency", "amount")
  JOIN "Product" p ON p."code" = v."code";
