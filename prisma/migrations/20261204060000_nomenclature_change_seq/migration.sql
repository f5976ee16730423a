-- NomenclatureItem."changeSeq" (the terminals' «changes since N» cursor) on Citus (issue 18,
-- docs/scale-out.md «Sequences»). Before: an insert took the column default, which Citus evaluates on
-- the coordinator (small numbers), and an update took nextval in the trigger, which runs on the
-- worker holding the shard, whose copy of the sequence hands out its own range (group id << 48): an
-- item inserted after an update got a smaller number than the update, and a terminal whose cursor
-- had passed the update never saw the new item. Now every write of a row, insert or update, takes
-- its number in the trigger, on the node that holds the tenant's shard; a tenant's writes are
-- serialized (lib/nomenclature/lock.ts), so one node's sequence numbers them in commit order.
-- A shard that moves to another worker (rebalancing, tenant isolation) meets that worker's sequence,
-- whose range may lie below the numbers already given: on a shard (a table named
-- "NomenclatureItem_<shard id>") the trigger also looks at the tenant's highest number in its own
-- shard (one probe of the ("organizationId", "changeSeq") index) and takes the next one above it
-- when the sequence is behind. A row-level BEFORE trigger sees the rows its statement wrote before,
-- so a many-row statement numbers its rows one after another. On a plain PostgreSQL the table is not
-- a shard, one sequence numbers everything, and the probe is skipped.
CREATE OR REPLACE FUNCTION "NomenclatureItem_changeSeq_touch"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  next_seq BIGINT := nextval('"NomenclatureItem_changeSeq_seq"');
  top BIGINT;
BEGIN
  IF TG_TABLE_NAME <> 'NomenclatureItem' THEN
    EXECUTE format('SELECT max("changeSeq") FROM %I.%I WHERE "organizationId" = $1', TG_TABLE_SCHEMA, TG_TABLE_NAME)
      INTO top USING NEW."organizationId";
    IF top IS NOT NULL AND next_seq <= top THEN
      next_seq := top + 1;
    END IF;
  END IF;
  NEW."changeSeq" := next_seq;
  RETURN NEW;
END
$$;
DROP TRIGGER "NomenclatureItem_changeSeq_touch" ON "NomenclatureItem";
CREATE TRIGGER "NomenclatureItem_changeSeq_touch" BEFORE INSERT OR UPDATE ON "NomenclatureItem"
  FOR EACH ROW EXECUTE FUNCTION "NomenclatureItem_changeSeq_touch"();
