-- «Чеки» and the public receipt check (issue 8).
-- Search by document number (ФД №) across the organization's cashboxes: the unique
-- (organizationId, cashboxId, number) index cannot serve it without a cashbox (no skip scan before
-- PostgreSQL 18), so a narrow index led by organizationId.
CREATE INDEX "FiscalDocument_organizationId_number_idx" ON "FiscalDocument"("organizationId", "number");
-- The public check page finds a RU receipt by the ФН number of its QR code (tag 1041), which may be
-- a drive replaced since: the drive history, across tenants (the lookup then pins the organization).
CREATE INDEX "FiscalDrive_number_idx" ON "FiscalDrive"("number");
-- Search by item name (ILIKE '%…%'): trigram index of the receipt lines (pg_trgm is enabled by
-- migration 20261123110000).
CREATE INDEX "ReceiptLine_name_trgm_idx" ON "ReceiptLine" USING GIN ("name" gin_trgm_ops);
