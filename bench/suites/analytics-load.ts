// The analytics bench's data, generated inside PostgreSQL (issue 21): one INSERT … SELECT per month
// over generate_series — no line-by-line text pipe — with the terminal simulator's shape
// (lib/simulator/generator.ts): its hour-of-day weights (lunch and evening peaks) and weekday
// weights (Friday/Saturday), its assortment (DEMO_ITEMS: pieces and weighed goods with 3-decimal
// quantities, VAT codes of the day — the 2026 rate change included), 1–4 lines per receipt, cash /
// card / mixed payment with change for cash, one receipt in 40 a sale return of the cashbox's
// previous receipt. Every document is written with its lines in the same statement; numbers are
// contiguous per cashbox and follow the time of day.
//
// Bulk-load practice, on the bench's own fresh database only: the two tables' secondary indexes are
// dropped before and rebuilt after the load (the rebuild is part of the load time), and the
// loader's session skips the foreign-key triggers (session_replication_role = replica: the rows are
// consistent by construction). These rows do NOT carry a valid fiscal sign or hash chain
// (placeholders): the bench measures reading. Everything is deterministic (hashes of the cashbox and the number), so two runs of the
// same size load the same receipts.
import type pg from "pg";
import { HOUR_WEIGHTS, WEEKDAY_WEIGHTS, vatCodeOn, type SimItem } from "../../lib/simulator/generator";

export interface LoadSpec {
  organizationId: string;
  cashboxes: string[];
  cashierId: string;
  /** local dates, ascending */
  dates: string[];
  target: number;
  timeZone: string;
  items: readonly SimItem[];
  onMonth?: (month: string, receiptsSoFar: number) => void;
}

/** 1,000 minute-of-day quantiles of HOUR_WEIGHTS between 07:00 and 23:00 (non-decreasing). */
export function minuteQuantiles(open = 7, close = 23, n = 1000): number[] {
  const hours = Array.from({ length: close - open }, (_, i) => open + i);
  const w = hours.map((h) => HOUR_WEIGHTS[h] || 0.1);
  const total = w.reduce((s, x) => s + x, 0);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let r = ((i + 0.5) / n) * total;
    let j = 0;
    while (j < w.length - 1 && r > w[j]) r -= w[j++];
    out.push(hours[j] * 60 + (r / w[j]) * 60);
  }
  return out;
}

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

/** Receipts per cashbox on each date (weekday-shaped, summing to about target / cashboxes) and the first number of each day. */
export function dayPlan(dates: string[], target: number, cashboxes: number) {
  const weights = dates.map((d) => WEEKDAY_WEIGHTS[weekday(d)]);
  const sum = weights.reduce((s, x) => s + x, 0);
  const perCashbox = target / cashboxes;
  const counts: number[] = [];
  let made = 0;
  let acc = 0;
  for (const w of weights) {
    acc += (perCashbox * w) / sum;
    const n = Math.max(1, Math.round(acc) - made);
    counts.push(n);
    made += n;
  }
  const starts = counts.map((_, i) => counts.slice(0, i).reduce((s, x) => s + x, 0));
  return { counts, starts };
}

const STATEMENT = `
WITH days AS (SELECT * FROM unnest($2::date[], $3::int[], $4::int[]) AS d(day, n, start)),
cbs AS (SELECT * FROM unnest($5::uuid[]) WITH ORDINALITY AS c(id, ci)),
goods AS (SELECT * FROM unnest($6::text[], $7::text[], $8::bigint[], $9::boolean[], $10::text[], $11::text[])
            WITH ORDINALITY AS g(name, unit, price, fractional, vat_new, vat_old, gi)),
base AS (
  SELECT c.id AS cb, c.ci, d.day, d.n, k, d.start + k + 1 AS number,
         abs(hashtext(c.ci::text || '|' || (d.start + k)::text)) AS h
    FROM days d CROSS JOIN cbs c CROSS JOIN LATERAL generate_series(0, d.n - 1) AS k),
docs AS (
  SELECT b.*, md5($1::text || b.cb::text || b.number::text)::uuid AS id,
         CASE WHEN b.k > 0 THEN md5($1::text || b.cb::text || (b.number - 1)::text)::uuid END AS prev_id,
         ((b.day::timestamp + make_interval(secs => ($12::float8[])[1 + (b.k * 1000 / b.n)] * 60 + (b.h % 60)))
            AT TIME ZONE $13::text) AS at,
         (b.k > 0 AND b.h % 40 = 0) AS is_return,
         1 + (b.h / 7) % 4 AS nlines,
         (b.h / 31) % 3 AS pay
    FROM base b),
lines AS (
  SELECT d.id AS doc, i AS line_no, g.name, g.unit, g.price,
         CASE WHEN d.day < DATE '2026-01-01' THEN g.vat_old ELSE g.vat_new END AS vat,
         CASE WHEN g.fractional THEN 250 + (d.h / (i * 11)) % 1251 ELSE 1000 * (1 + (d.h / (i * 13)) % 3) END AS milli
    FROM docs d CROSS JOIN LATERAL generate_series(1, d.nlines) AS i
    JOIN goods g ON g.gi = 1 + (d.h / (i * 5) + i * 7) % $14::int),
priced AS (
  SELECT l.*, (l.price * l.milli + 500) / 1000 AS total,
         COALESCE(substring(l.vat FROM '^VAT(\\d+)$')::int, 0) AS rate
    FROM lines l),
sums AS (
  SELECT doc, sum(total)::bigint AS total,
         sum(round(total * rate::numeric / (100 + rate)))::bigint AS vat
    FROM priced GROUP BY doc),
ins AS (
  INSERT INTO "FiscalDocument" (id, "organizationId", "cashboxId", number, type, "clientDocId", "requestHash",
      "responseStatus", response, "createdAt", "acceptedAt", offline, "fiscalSign", hash, "prevHash",
      total, cash, card, change, discount, vat, "returnBasisId", "cashierId", "cashierName", content)
  SELECT d.id, $1::uuid, d.cb, d.number,
         (CASE WHEN d.is_return THEN 'SALE_RETURN' ELSE 'SALE' END)::"FiscalDocumentType",
         'bench-' || d.ci || '-' || d.number, 'bench', 201, '{}'::jsonb, d.at, d.at, false,
         lpad((d.h % 10000000000)::text, 10, '0'), 'bench', 'bench',
         s.total,
         CASE d.pay WHEN 0 THEN s.total WHEN 1 THEN 0 ELSE s.total - s.total / 2 END,
         CASE d.pay WHEN 0 THEN 0 WHEN 1 THEN s.total ELSE s.total / 2 END,
         CASE WHEN d.pay = 0 AND NOT d.is_return THEN (10000 - s.total % 10000) % 10000 ELSE 0 END,
         0, jsonb_build_array(jsonb_build_object('amount', s.vat)),
         CASE WHEN d.is_return THEN d.prev_id END, $15::uuid, 'Кассир', '{}'::jsonb
    FROM docs d JOIN sums s ON s.doc = d.id
  RETURNING 1)
INSERT INTO "ReceiptLine" ("organizationId", "documentId", "lineNo", name, "nomenclatureId", "unitCode", price,
    quantity, discount, total, "vatRate", "vatAmount")
SELECT $1::uuid, p.doc, p.line_no, p.name, NULL, p.unit, p.price, p.milli / 1000.0, 0, p.total, p.vat,
       round(p.total * p.rate::numeric / (100 + p.rate))::bigint
  FROM priced p`;

/** Loads about `target` receipts, month by month; returns what was written. */
export async function loadInDatabase(client: pg.PoolClient | pg.Client, spec: LoadSpec) {
  const { counts, starts } = dayPlan(spec.dates, spec.target, spec.cashboxes.length);
  const q = minuteQuantiles();
  const items = spec.items;
  const months = [...new Set(spec.dates.map((d) => d.slice(0, 7)))];
  // secondary indexes (backing no constraint, no foreign key refers to them) of the two tables, rebuilt after the load
  const indexes = (
    await client.query<{ name: string; def: string }>(
      `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
        WHERE i.schemaname = current_schema() AND i.tablename IN ('FiscalDocument', 'ReceiptLine')
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                           WHERE c.conname = i.indexname OR c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
    )
  ).rows;
  for (const i of indexes) await client.query(`DROP INDEX "${i.name}"`);
  await client.query(`SET session_replication_role = replica`);
  await client.query(`SET maintenance_work_mem = '256MB'`);
  let receipts = 0;
  for (const m of months) {
    const idx = spec.dates.map((d, i) => (d.startsWith(m) ? i : -1)).filter((i) => i >= 0);
    await client.query(STATEMENT, [
      spec.organizationId,
      idx.map((i) => spec.dates[i]),
      idx.map((i) => counts[i]),
      idx.map((i) => starts[i]),
      spec.cashboxes,
      items.map((it) => it.name),
      items.map((it) => it.unitCode),
      items.map((it) => String(it.price)),
      items.map((it) => it.fractional),
      items.map((it) => vatCodeOn(it.vatRate, "2026-06-01")),
      items.map((it) => vatCodeOn(it.vatRate, "2025-06-01")),
      q,
      spec.timeZone,
      items.length,
      spec.cashierId,
    ]);
    receipts += idx.reduce((s, i) => s + counts[i], 0) * spec.cashboxes.length;
    spec.onMonth?.(m, receipts);
  }
  await client.query(`RESET session_replication_role`);
  for (const i of indexes) await client.query(i.def);
  const [{ lines }] = (
    await client.query<{ lines: string }>(
      `SELECT count(*)::text AS lines FROM "ReceiptLine" WHERE "organizationId" = $1`,
      [spec.organizationId],
    )
  ).rows;
  return { receipts, lines: Number(lines), slices: 0 };
}
