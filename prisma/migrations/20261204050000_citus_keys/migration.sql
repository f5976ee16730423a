-- Citus-ready keys (issue 18; docs/scale-out.md). The same SQL runs on plain PostgreSQL and on a
-- Citus coordinator; the distribution itself is done after all migrations by lib/db/citus.ts, and
-- only where the citus extension is installed. It runs after the stock and analytics migrations of
-- the same day (it was written before them and renamed when merged, so that a database that has those
-- applied takes it in order).
--  * every tenant table: PRIMARY KEY ("organizationId", "id") (the old single-column id keys go);
--  * every foreign key: ON UPDATE NO ACTION (Citus refuses ON UPDATE CASCADE on distributed tables);
--  * look-ups that start without an organizationId go through small lookup tables keyed by what the
--    caller knows (token hash, user id, serial, code, ФН/РНМ number). Their tenant column is
--    "tenantId", not "organizationId": "organizationId" is reserved for the distribution column.
--    A lookup row is a hint: the tenant query that follows re-checks the value in the tenant table.

-- 1. foreign keys off (recreated in 4.)
ALTER TABLE "Membership" DROP CONSTRAINT "Membership_organizationId_fkey";
ALTER TABLE "Membership" DROP CONSTRAINT "Membership_userId_fkey";
ALTER TABLE "TradePoint" DROP CONSTRAINT "TradePoint_organizationId_fkey";
ALTER TABLE "Cashbox" DROP CONSTRAINT "Cashbox_organizationId_fkey";
ALTER TABLE "Cashbox" DROP CONSTRAINT "Cashbox_organizationId_tradePointId_fkey";
ALTER TABLE "AuditLog" DROP CONSTRAINT "AuditLog_organizationId_fkey";
ALTER TABLE "PasswordToken" DROP CONSTRAINT "PasswordToken_userId_fkey";
ALTER TABLE "PartnerLink" DROP CONSTRAINT "PartnerLink_organizationId_fkey";
ALTER TABLE "CashboxSerial" DROP CONSTRAINT "CashboxSerial_organizationId_cashboxId_fkey";
ALTER TABLE "FiscalDrive" DROP CONSTRAINT "FiscalDrive_organizationId_cashboxId_fkey";
ALTER TABLE "RegistrationCase" DROP CONSTRAINT "RegistrationCase_createdById_fkey";
ALTER TABLE "RegistrationCase" DROP CONSTRAINT "RegistrationCase_organizationId_cashboxId_fkey";
ALTER TABLE "RegistrationCase" DROP CONSTRAINT "RegistrationCase_organizationId_certificateId_fkey";
ALTER TABLE "RegistrationCase" DROP CONSTRAINT "RegistrationCase_organizationId_fiscalDriveId_fkey";
ALTER TABLE "CaseDocument" DROP CONSTRAINT "CaseDocument_organizationId_caseId_fkey";
ALTER TABLE "Shift" DROP CONSTRAINT "Shift_organizationId_cashboxId_fkey";
ALTER TABLE "Shift" DROP CONSTRAINT "Shift_organizationId_fkey";
ALTER TABLE "FiscalDocument" DROP CONSTRAINT "FiscalDocument_organizationId_cancelsId_fkey";
ALTER TABLE "FiscalDocument" DROP CONSTRAINT "FiscalDocument_organizationId_cashboxId_fkey";
ALTER TABLE "FiscalDocument" DROP CONSTRAINT "FiscalDocument_organizationId_fkey";
ALTER TABLE "FiscalDocument" DROP CONSTRAINT "FiscalDocument_organizationId_returnBasisId_fkey";
ALTER TABLE "FiscalDocument" DROP CONSTRAINT "FiscalDocument_organizationId_shiftId_fkey";
ALTER TABLE "ReceiptLine" DROP CONSTRAINT "ReceiptLine_organizationId_documentId_fkey";
ALTER TABLE "CashboxJournal" DROP CONSTRAINT "CashboxJournal_organizationId_cashboxId_fkey";
ALTER TABLE "CashboxJournal" DROP CONSTRAINT "CashboxJournal_organizationId_currentShiftId_fkey";
ALTER TABLE "CashboxJournal" DROP CONSTRAINT "CashboxJournal_organizationId_fkey";
ALTER TABLE "CashierSession" DROP CONSTRAINT "CashierSession_organizationId_cashboxId_fkey";
ALTER TABLE "CashierSession" DROP CONSTRAINT "CashierSession_organizationId_fkey";
ALTER TABLE "CashierSession" DROP CONSTRAINT "CashierSession_organizationId_membershipId_fkey";
ALTER TABLE "NomenclatureItem" DROP CONSTRAINT "NomenclatureItem_organizationId_fkey";
ALTER TABLE "NomenclatureBarcode" DROP CONSTRAINT "NomenclatureBarcode_organizationId_itemId_fkey";
ALTER TABLE "ImportJob" DROP CONSTRAINT "ImportJob_createdById_fkey";
ALTER TABLE "ImportJob" DROP CONSTRAINT "ImportJob_organizationId_fkey";
ALTER TABLE "ImportJobError" DROP CONSTRAINT "ImportJobError_organizationId_jobId_fkey";
ALTER TABLE "NomenclatureImportMapping" DROP CONSTRAINT "NomenclatureImportMapping_organizationId_fkey";
ALTER TABLE "ProductPrice" DROP CONSTRAINT "ProductPrice_productId_fkey";
ALTER TABLE "Order" DROP CONSTRAINT "Order_organizationId_fkey";
ALTER TABLE "OrderLine" DROP CONSTRAINT "OrderLine_organizationId_orderId_fkey";
ALTER TABLE "OrderLine" DROP CONSTRAINT "OrderLine_productId_fkey";
ALTER TABLE "Payment" DROP CONSTRAINT "Payment_organizationId_orderId_fkey";
ALTER TABLE "PaymentCallback" DROP CONSTRAINT "PaymentCallback_organizationId_paymentId_fkey";
ALTER TABLE "ActivationCodeBatch" DROP CONSTRAINT "ActivationCodeBatch_organizationId_fkey";
ALTER TABLE "ActivationCodeBatch" DROP CONSTRAINT "ActivationCodeBatch_organizationId_orderId_fkey";
ALTER TABLE "ActivationCodeBatch" DROP CONSTRAINT "ActivationCodeBatch_productId_fkey";
ALTER TABLE "ActivationCode" DROP CONSTRAINT "ActivationCode_organizationId_batchId_fkey";
ALTER TABLE "ActivationCode" DROP CONSTRAINT "ActivationCode_productId_fkey";
ALTER TABLE "ActivationCodeLookup" DROP CONSTRAINT "ActivationCodeLookup_organizationId_activationCodeId_fkey";
ALTER TABLE "Notification" DROP CONSTRAINT "Notification_organizationId_cashboxId_fkey";
ALTER TABLE "Notification" DROP CONSTRAINT "Notification_organizationId_fkey";
ALTER TABLE "Certificate" DROP CONSTRAINT "Certificate_organizationId_fkey";
ALTER TABLE "AnalyticsDay" DROP CONSTRAINT "AnalyticsDay_organizationId_fkey";
ALTER TABLE "AnalyticsHours" DROP CONSTRAINT "AnalyticsHours_organizationId_fkey";
ALTER TABLE "AnalyticsItemDay" DROP CONSTRAINT "AnalyticsItemDay_organizationId_fkey";
ALTER TABLE "AnalyticsItemMonth" DROP CONSTRAINT "AnalyticsItemMonth_organizationId_fkey";
-- the stock tables (20261204030000_stock, written to these keys already) refer to the
-- ("organizationId", "id") unique keys that become primary keys below
ALTER TABLE "StockDocument" DROP CONSTRAINT "StockDocument_organizationId_tradePointId_fkey";
ALTER TABLE "StockDocument" DROP CONSTRAINT "StockDocument_organizationId_toTradePointId_fkey";
ALTER TABLE "StockDocumentLine" DROP CONSTRAINT "StockDocumentLine_organizationId_itemId_fkey";
ALTER TABLE "StockBalance" DROP CONSTRAINT "StockBalance_organizationId_tradePointId_fkey";
ALTER TABLE "StockBalance" DROP CONSTRAINT "StockBalance_organizationId_itemId_fkey";
ALTER TABLE "StockMovement" DROP CONSTRAINT "StockMovement_organizationId_tradePointId_fkey";
ALTER TABLE "StockMovement" DROP CONSTRAINT "StockMovement_organizationId_itemId_fkey";

-- 2. tenant primary keys lead with organizationId
ALTER TABLE "Membership" DROP CONSTRAINT "Membership_pkey";
DROP INDEX "Membership_organizationId_id_key";
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "TradePoint" DROP CONSTRAINT "TradePoint_pkey";
DROP INDEX "TradePoint_organizationId_id_key";
ALTER TABLE "TradePoint" ADD CONSTRAINT "TradePoint_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "Cashbox" DROP CONSTRAINT "Cashbox_pkey";
DROP INDEX "Cashbox_organizationId_id_key";
ALTER TABLE "Cashbox" ADD CONSTRAINT "Cashbox_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "AuditLog" DROP CONSTRAINT "AuditLog_pkey";
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "FiscalDrive" DROP CONSTRAINT "FiscalDrive_pkey";
DROP INDEX "FiscalDrive_organizationId_id_key";
ALTER TABLE "FiscalDrive" ADD CONSTRAINT "FiscalDrive_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "RegistrationCase" DROP CONSTRAINT "RegistrationCase_pkey";
DROP INDEX "RegistrationCase_organizationId_id_key";
ALTER TABLE "RegistrationCase" ADD CONSTRAINT "RegistrationCase_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "Certificate" DROP CONSTRAINT "Certificate_pkey";
DROP INDEX "Certificate_organizationId_id_key";
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "CaseDocument" DROP CONSTRAINT "CaseDocument_pkey";
DROP INDEX "CaseDocument_organizationId_id_key";
ALTER TABLE "CaseDocument" ADD CONSTRAINT "CaseDocument_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "NomenclatureItem" DROP CONSTRAINT "NomenclatureItem_pkey";
DROP INDEX "NomenclatureItem_organizationId_id_key";
ALTER TABLE "NomenclatureItem" ADD CONSTRAINT "NomenclatureItem_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "ImportJob" DROP CONSTRAINT "ImportJob_pkey";
DROP INDEX "ImportJob_organizationId_id_key";
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "Shift" DROP CONSTRAINT "Shift_pkey";
DROP INDEX "Shift_organizationId_id_key";
ALTER TABLE "Shift" ADD CONSTRAINT "Shift_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "FiscalDocument" DROP CONSTRAINT "FiscalDocument_pkey";
DROP INDEX "FiscalDocument_organizationId_id_key";
ALTER TABLE "FiscalDocument" ADD CONSTRAINT "FiscalDocument_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "CashierSession" DROP CONSTRAINT "CashierSession_pkey";
DROP INDEX "CashierSession_organizationId_id_key";
ALTER TABLE "CashierSession" ADD CONSTRAINT "CashierSession_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "ActivationCodeBatch" DROP CONSTRAINT "ActivationCodeBatch_pkey";
DROP INDEX "ActivationCodeBatch_organizationId_id_key";
ALTER TABLE "ActivationCodeBatch" ADD CONSTRAINT "ActivationCodeBatch_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "ActivationCode" DROP CONSTRAINT "ActivationCode_pkey";
DROP INDEX "ActivationCode_organizationId_id_key";
ALTER TABLE "ActivationCode" ADD CONSTRAINT "ActivationCode_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "Order" DROP CONSTRAINT "Order_pkey";
DROP INDEX "Order_organizationId_id_key";
ALTER TABLE "Order" ADD CONSTRAINT "Order_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "OrderLine" DROP CONSTRAINT "OrderLine_pkey";
DROP INDEX "OrderLine_organizationId_id_key";
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "Payment" DROP CONSTRAINT "Payment_pkey";
DROP INDEX "Payment_organizationId_id_key";
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "PaymentCallback" DROP CONSTRAINT "PaymentCallback_pkey";
DROP INDEX "PaymentCallback_organizationId_id_key";
ALTER TABLE "PaymentCallback" ADD CONSTRAINT "PaymentCallback_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "Notification" DROP CONSTRAINT "Notification_pkey";
DROP INDEX "Notification_organizationId_id_key";
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_pkey" PRIMARY KEY ("organizationId", "id");
ALTER TABLE "CashboxJournal" DROP CONSTRAINT "CashboxJournal_pkey";
DROP INDEX "CashboxJournal_organizationId_cashboxId_key";
ALTER TABLE "CashboxJournal" ADD CONSTRAINT "CashboxJournal_pkey" PRIMARY KEY ("organizationId", "cashboxId");

-- 3. global unique keys move to lookup tables
-- device token → cashbox
DROP INDEX "Cashbox_tokenHash_key";
CREATE TABLE "CashboxToken" (
  "tokenHash" TEXT NOT NULL,
  "tenantId" UUID NOT NULL,
  "cashboxId" UUID NOT NULL,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "CashboxToken_pkey" PRIMARY KEY ("tokenHash")
);
INSERT INTO "CashboxToken" ("tokenHash", "tenantId", "cashboxId")
  SELECT "tokenHash", "organizationId", id FROM "Cashbox" WHERE "tokenHash" IS NOT NULL;

-- a cashier session token always comes with the cashbox's device token: the tenant is known
DROP INDEX "CashierSession_tokenHash_key";
CREATE UNIQUE INDEX "CashierSession_organizationId_tokenHash_key" ON "CashierSession"("organizationId", "tokenHash");

-- sign-in: user → the organizations where the user is a member
CREATE TABLE "MembershipLookup" (
  "userId" UUID NOT NULL,
  "tenantId" UUID NOT NULL,
  CONSTRAINT "MembershipLookup_pkey" PRIMARY KEY ("userId", "tenantId"),
  CONSTRAINT "MembershipLookup_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE
);
INSERT INTO "MembershipLookup" ("userId", "tenantId") SELECT DISTINCT "userId", "organizationId" FROM "Membership";

-- the public receipt check: ФН number (RU, key 'fn:<number>') or РНМ (KZ, key 'rnm:<number>') → cashbox
CREATE TABLE "CashboxLookup" (
  "key" TEXT NOT NULL,
  "tenantId" UUID NOT NULL,
  "cashboxId" UUID NOT NULL,
  CONSTRAINT "CashboxLookup_pkey" PRIMARY KEY ("key", "cashboxId")
);
INSERT INTO "CashboxLookup" ("key", "tenantId", "cashboxId")
  SELECT DISTINCT 'fn:' || number, "organizationId", "cashboxId" FROM "FiscalDrive";
INSERT INTO "CashboxLookup" ("key", "tenantId", "cashboxId")
  SELECT 'rnm:' || "registrationNumber", "organizationId", id FROM "Cashbox" WHERE "registrationNumber" IS NOT NULL
  ON CONFLICT DO NOTHING;

-- serial-number uniqueness and activation codes were lookup tables already: no FK into the tenant tables
ALTER TABLE "CashboxSerial" RENAME COLUMN "organizationId" TO "tenantId";
DROP INDEX "CashboxSerial_organizationId_cashboxId_key";
CREATE INDEX "CashboxSerial_tenantId_cashboxId_idx" ON "CashboxSerial"("tenantId", "cashboxId");
ALTER TABLE "ActivationCodeLookup" RENAME COLUMN "organizationId" TO "tenantId";
DROP INDEX "ActivationCodeLookup_organizationId_activationCodeId_key";
CREATE INDEX "ActivationCodeLookup_tenantId_activationCodeId_idx" ON "ActivationCodeLookup"("tenantId", "activationCodeId");

-- 4. foreign keys back, ON UPDATE NO ACTION
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"(id) ON DELETE CASCADE;
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"(id) ON DELETE CASCADE;
ALTER TABLE "TradePoint" ADD CONSTRAINT "TradePoint_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"(id) ON DELETE CASCADE;
ALTER TABLE "Cashbox" ADD CONSTRAINT "Cashbox_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"(id) ON DELETE CASCADE;
ALTER TABLE "Cashbox" ADD CONSTRAINT "Cashbox_organizationId_tradePointId_fkey" FOREIGN KEY ("organizationId", "tradePointId") REFERENCES "TradePoint"("organizationId", id) ON DELETE RESTRICT;
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"(id) ON DELETE CASCADE;
ALTER TABLE "PasswordToken" ADD CONSTRAINT "PasswordToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"(id) ON DELETE CASCADE;
ALTER TABLE "PartnerLink" ADD CONSTRAINT "PartnerLink_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"(id) ON DELETE CASCADE;
ALTER TABLE "FiscalDrive" ADD CONSTRAINT "FiscalDrive_organizationId_cashboxId_fkey" FOREIGN KEY ("organizationId", "cashboxId") REFERENCES "Cashbox"("organizationId", id) ON DELETE CASCADE;
ALTER TABLE "RegistrationCase" ADD CONSTRAINT "RegistrationCase_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"(id) ON DELETE SET NULL;
ALTER TABLE "RegistrationCase" ADD CONSTRAINT "RegistrationCase_organizationId_cashboxId_fkey" FOREIGN KEY ("organizationId", "cashboxId") REFERENCES "Cashbox"("organizationId", id) ON DELETE CASCADE;
ALTER TABLE "RegistrationCase" ADD CONSTRAINT "RegistrationCase_organizationId_certificateId_fkey" FOREIGN KEY ("organizationId", "certificateId") REFERENCES "Certificate"("organizationId", id);
ALTER TABLE "RegistrationCase" ADD CONSTRAINT "RegistrationCase_organizationId_fiscalDriveId_fkey" FOREIGN KEY ("organizationId", "fiscalDriveId") REFERENCES "FiscalDrive"("organizationId", id);
ALTER TABLE "CaseDocument" ADD CONSTRAINT "CaseDocument_organizationId_caseId_fkey" FOREIGN KEY ("organizationId", "caseId") REFERENCES "RegistrationCase"("organizationId", id) ON DELETE CASCADE;
ALTER TABLE "Shift" ADD CONSTRAINT "Shift_organizationId_cashboxId_fkey" FOREIGN KEY ("organizationId", "cashboxId") REFERENCES "Cashbox"("organizationId", id);
ALTER TABLE "Shift" ADD CONSTRAINT "Shift_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"(id) ON DELETE CASCADE;
ALTER TABLE "FiscalDocument" ADD CONSTRAINT "FiscalDocument_organizationId_cancelsId_fkey" FOREIGN KEY ("organizationId", "cancelsId") REFERENCES "FiscalDocument"("organizationId", id);
ALTER TABLE "FiscalDocument" ADD CONSTRAINT "FiscalDocument_organizationId_cashboxId_fkey" FOREIGN KEY ("organizationId", "cashboxId") REFERENCES "Cashbox"("organizationId", id);
ALTER TABLE "FiscalDocument" ADD CONSTRAINT "FiscalDocument_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"(id) ON DELETE CASCADE;
ALTER TABLE "FiscalDocument" ADD CONSTRAINT "FiscalDocument_organizationId_returnBasisId_fkey" FOREIGN KEY ("organizationId", "returnBasisId") REFERENCES "FiscalDocument"("organizationId", id);
ALTER TABLE "FiscalDocument" ADD CONSTRAINT "FiscalDocument_organizationId_shiftId_fkey" FOREIGN KEY ("organizationId", "shiftId") REFERENCES "Shift"("organizationId", id);
ALTER TABLE "ReceiptLine" ADD CONSTRAINT "ReceiptLine_organizationId_documentId_fkey" FOREIGN KEY ("organizationId", "documentId") REFERENCES "FiscalDocument"("organizationId", id) ON DELETE CASCADE;
ALTER TABLE "CashboxJournal" ADD CONSTRAINT "CashboxJournal_organizationId_cashboxId_fkey" FOREIGN KEY ("organizationId", "cashboxId") REFERENCES "Cashbox"("organizationId", id) ON DELETE CASCADE;
-- checked at commit: the device pipeline opens a shift and points the journal at it in one statement,
-- which Citus may run as several steps of the same transaction
ALTER TABLE "CashboxJournal" ADD CONSTRAINT "CashboxJournal_organizationId_currentShiftId_fkey" FOREIGN KEY ("organizationId", "currentShiftId") REFERENCES "Shift"("organizationId", id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "CashboxJournal" ADD CONSTRAINT "CashboxJournal_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"(id) ON DELETE CASCADE;
ALTER TABLE "CashierSession" ADD CONSTRAINT "CashierSession_organizationId_cashboxId_fkey" FOREIGN KEY ("organizationId", "cashboxId") REFERENCES "Cashbox"("organizationId", id) ON DELETE CASCADE;
ALTER TABLE "CashierSession" ADD CONSTRAINT "CashierSession_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"(id) ON DELETE CASCADE;
ALTER TABLE "CashierSession" ADD CONSTRAINT "CashierSession_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", id) ON DELETE CASCADE;
ALTER TABLE "NomenclatureItem" ADD CONSTRAINT "NomenclatureItem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"(id) ON DELETE CASCADE;
ALTER TABLE "NomenclatureBarcode" ADD CONSTRAINT "NomenclatureBarcode_organizationId_itemId_fkey" FOREIGN KEY ("organizationId", "itemId") REFERENCES "NomenclatureItem"("organizationId", id) ON DELETE CASCADE;
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"(id) ON DELETE SET NULL;
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"(id) ON DELETE CASCADE;
ALTER TABLE "ImportJobError" ADD CONSTRAINT "ImportJobError_organizationId_jobId_fkey" FOREIGN KEY ("organizationId", "jobId") REFERENCES "ImportJob"("organizationId", id) ON DELETE CASCADE;
ALTER TABLE "NomenclatureImportMapping" ADD CONSTRAINT "NomenclatureImportMapping_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"(id) ON DELETE CASCADE;
ALTER TABLE "ProductPrice" ADD CONSTRAINT "ProductPrice_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"(id) ON DELETE CASCADE;
ALTER TABLE "Order" ADD CONSTRAINT "Order_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"(id) ON DELETE CASCADE;
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_organizationId_orderId_fkey" FOREIGN KEY ("organizationId", "orderId") REFERENCES "Order"("organizationId", id) ON DELETE CASCADE;
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"(id) ON DELETE RESTRICT;
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_organizationId_orderId_fkey" FOREIGN KEY ("organizationId", "orderId") REFERENCES "Order"("organizationId", id) ON DELETE CASCADE;
ALTER TABLE "PaymentCallback" ADD CONSTRAINT "PaymentCallback_organizationId_paymentId_fkey" FOREIGN KEY ("organizationId", "paymentId") REFERENCES "Payment"("organizationId", id) ON DELETE CASCADE;
ALTER TABLE "ActivationCodeBatch" ADD CONSTRAINT "ActivationCodeBatch_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"(id) ON DELETE CASCADE;
ALTER TABLE "ActivationCodeBatch" ADD CONSTRAINT "ActivationCodeBatch_organizationId_orderId_fkey" FOREIGN KEY ("organizationId", "orderId") REFERENCES "Order"("organizationId", id);
ALTER TABLE "ActivationCodeBatch" ADD CONSTRAINT "ActivationCodeBatch_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"(id) ON DELETE RESTRICT;
ALTER TABLE "ActivationCode" ADD CONSTRAINT "ActivationCode_organizationId_batchId_fkey" FOREIGN KEY ("organizationId", "batchId") REFERENCES "ActivationCodeBatch"("organizationId", id) ON DELETE CASCADE;
ALTER TABLE "ActivationCode" ADD CONSTRAINT "ActivationCode_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"(id) ON DELETE RESTRICT;
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_organizationId_cashboxId_fkey" FOREIGN KEY ("organizationId", "cashboxId") REFERENCES "Cashbox"("organizationId", id) ON DELETE CASCADE;
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"(id) ON DELETE CASCADE;
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"(id) ON DELETE CASCADE;
ALTER TABLE "AnalyticsDay" ADD CONSTRAINT "AnalyticsDay_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"(id) ON DELETE CASCADE;
ALTER TABLE "AnalyticsHours" ADD CONSTRAINT "AnalyticsHours_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"(id) ON DELETE CASCADE;
ALTER TABLE "AnalyticsItemDay" ADD CONSTRAINT "AnalyticsItemDay_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"(id) ON DELETE CASCADE;
ALTER TABLE "AnalyticsItemMonth" ADD CONSTRAINT "AnalyticsItemMonth_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"(id) ON DELETE CASCADE;

-- the stock tables' references, as 20261204030000_stock made them
ALTER TABLE "StockDocument" ADD CONSTRAINT "StockDocument_organizationId_tradePointId_fkey" FOREIGN KEY ("organizationId", "tradePointId") REFERENCES "TradePoint"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "StockDocument" ADD CONSTRAINT "StockDocument_organizationId_toTradePointId_fkey" FOREIGN KEY ("organizationId", "toTradePointId") REFERENCES "TradePoint"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "StockDocumentLine" ADD CONSTRAINT "StockDocumentLine_organizationId_itemId_fkey" FOREIGN KEY ("organizationId", "itemId") REFERENCES "NomenclatureItem"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "StockBalance" ADD CONSTRAINT "StockBalance_organizationId_tradePointId_fkey" FOREIGN KEY ("organizationId", "tradePointId") REFERENCES "TradePoint"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "StockBalance" ADD CONSTRAINT "StockBalance_organizationId_itemId_fkey" FOREIGN KEY ("organizationId", "itemId") REFERENCES "NomenclatureItem"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "StockMovement" ADD CONSTRAINT "StockMovement_organizationId_tradePointId_fkey" FOREIGN KEY ("organizationId", "tradePointId") REFERENCES "TradePoint"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "StockMovement" ADD CONSTRAINT "StockMovement_organizationId_itemId_fkey" FOREIGN KEY ("organizationId", "itemId") REFERENCES "NomenclatureItem"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;
