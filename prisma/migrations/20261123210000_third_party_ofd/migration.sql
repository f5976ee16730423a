-- KZ cashboxes on a third-party ОФД (issue 5, docs/registration.md «Сторонний ОФД»): the ИНК ОФД
-- the owner entered on activation is kept on the case beside the entered РНМ
-- ("registrationNumber"); two case documents: the activation data and a registration report
-- that did not match it. (ADD VALUE inside the migration's transaction is fine on PostgreSQL >= 12
-- as long as the value is not used in the same transaction.)
ALTER TYPE "CaseDocumentKind" ADD VALUE 'OFD_ACTIVATION';
ALTER TYPE "CaseDocumentKind" ADD VALUE 'REPORT_MISMATCH';

ALTER TABLE "RegistrationCase" ADD COLUMN "inkOfd" TEXT;
