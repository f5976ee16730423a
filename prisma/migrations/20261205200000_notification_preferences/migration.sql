-- Per-member notification preferences (issue 20.2): the kinds switched off in the bell and by mail.
ALTER TABLE "Membership" ADD COLUMN "notifyBellOff" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "Membership" ADD COLUMN "notifyMailOff" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
