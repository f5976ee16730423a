-- Re-registration beyond the ФН (issue 20.3, docs/registration.md «Перерегистрация: реквизиты»):
-- a change of a registered cashbox's requisites (trade point / address, organization name,
-- taxation, ОФД) opens a case that holds the pending change until the tax authority (or the
-- third-party ОФД) accepts it. (ADD VALUE inside the migration's transaction is fine on
-- PostgreSQL >= 12 as long as the value is not used in the same transaction.)
ALTER TYPE "RegistrationCaseKind" ADD VALUE 'REREGISTRATION_REQUISITES';

ALTER TABLE "RegistrationCase" ADD COLUMN "changes" JSONB;
