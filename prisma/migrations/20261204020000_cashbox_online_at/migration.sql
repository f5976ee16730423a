-- The 72-hour offline limit (docs/device-api.md §6): the cashbox's last online contact with nothing
-- of the device left to upload. An offline document created more than 72 h after it is refused
-- (OFFLINE_LIMIT_EXCEEDED). Existing cashboxes start from their last contact.
ALTER TABLE "Cashbox" ADD COLUMN "onlineAt" TIMESTAMPTZ(3);
UPDATE "Cashbox" SET "onlineAt" = "lastSeenAt" WHERE "lastSeenAt" IS NOT NULL;
