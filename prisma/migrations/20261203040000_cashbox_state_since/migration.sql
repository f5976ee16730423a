-- When the cashbox entered its operational state (issue 14.3): an offline document uploaded from a
-- BLOCKED cashbox is accepted only when it was made before the block took effect. Set by a trigger,
-- so every writer (the cabinet, the unpaid-service job, the platform admin, the device API) records it.
ALTER TABLE "Cashbox" ADD COLUMN "operationalStateAt" TIMESTAMPTZ(3);
UPDATE "Cashbox" SET "operationalStateAt" = "updatedAt" WHERE "operationalState" <> 'ACTIVE';

CREATE FUNCTION "Cashbox_operationalStateAt_touch"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW."operationalState" IS DISTINCT FROM OLD."operationalState" THEN
    NEW."operationalStateAt" := now();
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Cashbox_operationalStateAt_touch" BEFORE INSERT OR UPDATE OF "operationalState" ON "Cashbox"
  FOR EACH ROW EXECUTE FUNCTION "Cashbox_operationalStateAt_touch"();
