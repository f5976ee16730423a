-- Two payment periods for a KZ cashbox on a third-party ОФД (issue 20.1, docs/product.md §4):
-- "paidUntil" becomes «Тариф оплачен до» for every cashbox (this service's tariff: codes, «Маркет»,
-- reminders, the unpaid block), and the new "ofdPaidUntil" is «ОФД оплачен до» (the third-party
-- ОФД's own period, entered by the owner: reminders only, never a block).
ALTER TABLE "Cashbox" ADD COLUMN "ofdPaidUntil" DATE;

-- The daily ОФД-payment reminders scan every tenant by it (few rows: third-party ОФД only).
CREATE INDEX "Cashbox_ofdPaidUntil_idx" ON "Cashbox"("ofdPaidUntil");
-- «Кассы» filtered by the ОФД badges («ОФД не оплачен», «Истекает оплата ОФД»): only the
-- organization's third-party ОФД cashboxes, in ОФД-date order (lib/cashboxes/find-cashboxes.ts).
CREATE INDEX "Cashbox_third_party_ofd_idx" ON "Cashbox"("organizationId", "ofdPaidUntil", id)
  WHERE ofd <> 'OWN';

-- Existing data: a third-party ОФД cashbox's "paidUntil" held that ОФД's date; it moves to
-- "ofdPaidUntil". Its tariff was never charged, so one that is activated or registered starts a
-- free 30-day tariff period from the day of this migration (the same policy as the demo seed);
-- any other (draft, refused, deregistered) has no tariff period yet. Two plain UPDATEs: Citus
-- refuses a non-immutable function inside CASE on a distributed table, and evaluates CURRENT_DATE
-- in a SET once on the coordinator.
UPDATE "Cashbox" SET "ofdPaidUntil" = "paidUntil", "paidUntil" = NULL WHERE ofd <> 'OWN';
UPDATE "Cashbox" SET "paidUntil" = CURRENT_DATE + 30
 WHERE ofd <> 'OWN' AND "registrationStatus" IN ('SUBMITTED', 'REGISTERED');
