-- «Кассы» list at 100,000 cashboxes per organization (product.md §8, bench suite `cashboxes`):
-- every sortable column and every status filter is served by an index led by organizationId;
-- nullable sort columns carry the id tie-breaker, so a page inside their (large) NULL group needs
-- no sort. The search (name, serial, registration number, ФН number, ИНК ОФД) uses a trigram index:
-- pg_trgm ships with PostgreSQL's contrib (checked on the system PostgreSQL 15 and the embedded 18).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Cashbox_organizationId_model_name_idx" ON "Cashbox"("organizationId", "model", "name");
CREATE INDEX "Cashbox_organizationId_serialNumber_idx" ON "Cashbox"("organizationId", "serialNumber");
CREATE INDEX "Cashbox_organizationId_registrationNumber_id_idx" ON "Cashbox"("organizationId", "registrationNumber", "id");
CREATE INDEX "Cashbox_organizationId_fiscalDriveNumber_id_idx" ON "Cashbox"("organizationId", "fiscalDriveNumber", "id");
CREATE INDEX "Cashbox_organizationId_paidUntil_id_idx" ON "Cashbox"("organizationId", "paidUntil", "id");
CREATE INDEX "Cashbox_organizationId_lastSeenAt_id_idx" ON "Cashbox"("organizationId", "lastSeenAt", "id");
-- status filters (registration status + paidUntil against today) and the status sort
CREATE INDEX "Cashbox_organizationId_registrationStatus_paidUntil_id_idx" ON "Cashbox"("organizationId", "registrationStatus", "paidUntil", "id");
CREATE INDEX "Cashbox_organizationId_operationalState_idx" ON "Cashbox"("organizationId", "operationalState");
CREATE INDEX "Cashbox_search_trgm_idx" ON "Cashbox" USING GIN ("name" gin_trgm_ops, "serialNumber" gin_trgm_ops, "registrationNumber" gin_trgm_ops, "fiscalDriveNumber" gin_trgm_ops, "inkOfd" gin_trgm_ops);
