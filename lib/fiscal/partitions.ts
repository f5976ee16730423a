// Month partitions of FiscalDocument and ReceiptLine (issue 21, docs/analytics.md «Partitions»).
// The migration creates the months of the stored documents and three ahead; this job keeps three
// months ahead (so a month's partition exists before its first document arrives) and says how many
// documents sit in the DEFAULT partition (device time outside every month created: not pruned).
import { crossTenant } from "@/lib/db/fan-out";
import { adminPoolQuery } from "@/lib/db/pool";

export const MONTHS_AHEAD = 3;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Creates the missing months of [from, to] (UTC months); returns how many months were made. */
export async function ensureReceiptPartitions(from: Date, to: Date): Promise<number> {
  const [row] = await crossTenant("receipts.partitions", () =>
    adminPoolQuery<{ made: number }>(`SELECT kassa_receipt_partitions($1::date, $2::date) AS made`, [
      isoDay(from),
      isoDay(to),
    ]),
  );
  return row.made;
}

/** The scheduled run: this month and MONTHS_AHEAD more. */
export async function keepReceiptPartitionsAhead(now: Date): Promise<{ made: number; inDefault: number }> {
  const ahead = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + MONTHS_AHEAD, 1));
  const made = await ensureReceiptPartitions(now, ahead);
  const [row] = await crossTenant("receipts.partitions", () =>
    adminPoolQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM "FiscalDocument_default" LIMIT 10000) x`,
    ),
  );
  if (row.n > 0)
    console.warn(
      `[partitions] ${row.n >= 10000 ? "10000+" : row.n} documents outside every month partition (FiscalDocument_default)`,
    );
  return { made, inDefault: row.n };
}

/** The months (first days, UTC) that have a partition of FiscalDocument. */
export async function receiptPartitionMonths(): Promise<string[]> {
  const rows = await adminPoolQuery<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = '"FiscalDocument"'::regclass AND c.relname ~ '^FiscalDocument_[0-9]{4}_[0-9]{2}$'
      ORDER BY 1`,
  );
  return rows.map((r) => `${r.name.slice(15, 19)}-${r.name.slice(20, 22)}-01`);
}
