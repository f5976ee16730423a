// The analytics bench's data, generated inside PostgreSQL (issue 21), with the terminal simulator's
// shape (lib/simulator/generator.ts): its hour-of-day weights (lunch and evening peaks), weekday
// weights (Friday/Saturday), its assortment (DEMO_ITEMS: pieces and weighed goods with 3-decimal
// quantities, VAT codes of the day — the 2026 rate change included), 1–4 lines per receipt, cash /
// card / mixed payment with change for cash, about one receipt in 40 a full return of the cashbox's
// previous receipt. Each cashbox has its own volume (0.6–1.4 of the mean).
//
// Every cashbox has one shift per local day: SHIFT_OPEN about 06:50, a CASH_DEPOSIT of the float
// right after it, the day's receipts between 07:00 and 23:00, a CASH_WITHDRAWAL of all the cash in
// the drawer about 23:02 and the Z_REPORT about 23:05. Numbers are contiguous per cashbox and follow
// the time of day; numberInShift counts from the SHIFT_OPEN; Shift.zReport has the shape of
// lib/fiscal/z-report.ts (counts, totals by payment, change, VAT by rate, deposits, withdrawals,
// cash in the drawer, the non-nullable totals at the start and end). The last day's shifts stay open
// (no withdrawal or Z yet; CashboxJournal points at them), so the X-report has work to do.
//
// How it is fast (docs/analytics.md «Bench»):
// - Baskets: the receipts' contents are BASKETS distinct baskets per VAT era, computed once in JS by
//   the engine's own arithmetic (lib/fiscal/receipt.ts computeReceipt: line totals, VAT per line
//   and per rate); a receipt picks its basket by a hash, so no JSON is built per row and nothing is
//   grouped per receipt. A return takes the basket and payment of the receipt it returns.
// - Cheap ids: a document's uuid is its day, cashbox and number in hex (encode(int8send …)), so the
//   ids of a chunk ascend in insertion order and the primary keys are appended to, not split.
// - One statement per chunk of days (≤ CHUNK_RECEIPTS receipts): the receipts are generated once
//   (one materialised CTE read three times: documents, lines, the per-shift sums), their lines come
//   from a hash join with the basket lines, the shift documents and per-shift sums from one
//   GROUP BY over a few thousand cashbox-days. Two connections load different chunks at once.
// - On the bench's own fresh database only: the secondary indexes, and the keys no foreign key
//   refers to, are dropped before and rebuilt after the load (the rebuild is part of the load time,
//   on both connections); the loader's sessions skip the foreign-key triggers
//   (session_replication_role = replica: the rows are consistent by construction), JIT is off.
// These rows do NOT carry a valid fiscal sign or hash chain (placeholders): the bench measures
// reading. Everything is deterministic (integer hashes of the cashbox and the number), so two runs
// of the same size load the same receipts.
import pg from "pg";
import type { Country } from "../../lib/locale/country";
import { computeReceipt } from "../../lib/fiscal/receipt";
import { formatQuantity } from "../../lib/fiscal/money";
import {
  HOUR_WEIGHTS,
  WEEKDAY_WEIGHTS,
  localInstant,
  makeRng,
  vatCodeOn,
  type SimItem,
} from "../../lib/simulator/generator";

export interface LoadSpec {
  /** the bench database (the loader opens its own connections) */
  url: string;
  organizationId: string;
  country: Country;
  cashboxes: string[];
  cashierId: string;
  cashierName: string;
  /** local dates, ascending */
  dates: string[];
  target: number;
  timeZone: string;
  items: readonly SimItem[];
  /** concurrent loading connections (default 2) */
  connections?: number;
  onChunk?: (label: string, receiptsSoFar: number) => void;
}

/** Distinct baskets per VAT era. */
export const BASKETS = 4096;
/** Receipts per statement at most (a chunk is whole days): bounds the statement's memory. */
export const CHUNK_RECEIPTS = 250_000;

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

/** Documents of a closed shift besides its receipts: SHIFT_OPEN, CASH_DEPOSIT, CASH_WITHDRAWAL, Z_REPORT. */
export const SHIFT_DOCS = 4;

/**
 * Receipts of each cashbox on each date (weekday-shaped, each cashbox at its own volume, summing to
 * about `target`), and the number before each cashbox-day's first document (its SHIFT_OPEN).
 * The receipts of cashbox c on date d are numbered starts[c][d] + 3 … starts[c][d] + 2 + counts[c][d].
 */
export function dayPlan(dates: string[], target: number, cashboxes: number) {
  const weights = dates.map((d) => WEEKDAY_WEIGHTS[weekday(d)]);
  const sum = weights.reduce((s, x) => s + x, 0);
  const rng = makeRng("bench-cashbox-volume");
  const volume = Array.from({ length: cashboxes }, () => 0.6 + 0.8 * rng.next());
  const vsum = volume.reduce((s, x) => s + x, 0);
  const counts: number[][] = [];
  const starts: number[][] = [];
  for (let c = 0; c < cashboxes; c++) {
    const perCashbox = (target * volume[c]) / vsum;
    const n: number[] = [];
    const s: number[] = [];
    let made = 0;
    let acc = 0;
    let number = 0;
    for (const w of weights) {
      acc += (perCashbox * w) / sum;
      const k = Math.max(1, Math.round(acc) - made);
      n.push(k);
      s.push(number);
      made += k;
      number += k + SHIFT_DOCS;
    }
    counts.push(n);
    starts.push(s);
  }
  return { counts, starts };
}

interface BasketSet {
  /** VAT codes in slot order (both eras) */
  slots: string[];
  total: string[];
  vat: string[];
  /** per slot: VAT amount and whether the rate occurs, per basket */
  slotAmount: string[][];
  slotHas: boolean[][];
  lines: {
    basket: number[];
    lineNo: number[];
    name: string[];
    unit: string[];
    price: string[];
    quantity: string[];
    total: string[];
    vatRate: string[];
    vatAmount: string[];
  };
}

/**
 * BASKETS receipts' contents for the VAT era of `eraDate` (the same goods and quantities in every
 * era: basket i differs between eras only in its VAT), computed by lib/fiscal/receipt.ts.
 */
export function baskets(
  items: readonly SimItem[],
  country: Country,
  eraDate: string,
  slots: string[],
): BasketSet {
  const rng = makeRng("bench-baskets");
  const out: BasketSet = {
    slots,
    total: [],
    vat: [],
    slotAmount: slots.map(() => []),
    slotHas: slots.map(() => []),
    lines: {
      basket: [],
      lineNo: [],
      name: [],
      unit: [],
      price: [],
      quantity: [],
      total: [],
      vatRate: [],
      vatAmount: [],
    },
  };
  for (let b = 1; b <= BASKETS; b++) {
    const n = rng.int(1, 4);
    const picked = Array.from({ length: n }, () => {
      const item = rng.pick(items);
      // weighed goods 0.150 … 2.500 as the simulator draws them; pieces 1–3
      const milli = item.fractional ? rng.int(150, 2500) : 1000 * rng.int(1, 3);
      return { item, milli };
    });
    const r = computeReceipt(
      {
        type: "sale",
        items: picked.map(({ item, milli }) => ({
          name: item.name,
          unit: { code: item.unitCode },
          price: item.price,
          quantity: formatQuantity(BigInt(milli)),
          vatRate: vatCodeOn(item.vatRate, eraDate),
        })),
        payments: [{ type: "cash", amount: 10 ** 12 }],
      },
      { country, localDate: eraDate },
    );
    if (!r.ok) throw new Error(`bench basket ${b}: ${JSON.stringify(r)}`);
    const rc = r.receipt;
    out.total.push(String(rc.total));
    out.vat.push(JSON.stringify(rc.vat.map((v) => ({ rate: v.rate, amount: Number(v.amount) }))));
    slots.forEach((code, i) => {
      const v = rc.vat.find((x) => x.rate === code);
      out.slotAmount[i].push(String(v?.amount ?? 0n));
      out.slotHas[i].push(v !== undefined);
    });
    for (const l of rc.lines) {
      out.lines.basket.push(b);
      out.lines.lineNo.push(l.lineNo);
      out.lines.name.push(l.name);
      out.lines.unit.push(l.unitCode);
      out.lines.price.push(String(l.price));
      out.lines.quantity.push(l.quantityText);
      out.lines.total.push(String(l.total));
      out.lines.vatRate.push(l.vatRate);
      out.lines.vatAmount.push(String(l.vatAmount));
    }
    for (const v of rc.vat)
      if (!slots.includes(v.rate)) throw new Error(`bench basket ${b}: VAT ${v.rate} has no slot`);
  }
  return out;
}

/** The VAT codes the items have in either era (slot order of the per-shift VAT sums). */
export function vatSlots(items: readonly SimItem[]): string[] {
  return [
    ...new Set(
      items.flatMap((it) => [vatCodeOn(it.vatRate, "2025-06-01"), vatCodeOn(it.vatRate, "2026-06-01")]),
    ),
  ];
}

// A document's id: kind (1 document, 2 shift), local day index, cashbox index, number — in hex.
const idSql = (kind: number, di: string, ci: string, number: string) =>
  `encode(int8send((${kind}::bigint << 56) | (${di}::bigint << 32) | ${ci}) || int8send((${number})::bigint), 'hex')::uuid`;
// 63 bits of a hash of the number, one hash stream (seed) per cashbox: hashint8 folds the high half
// of its argument into the low one, so the cashbox goes into the seed, not into the hashed value
const hashSql = (ci: string, number: string) =>
  `(hashint8extended((${number})::bigint, 21 + ${ci}::bigint * 1000003) & 9223372036854775807)`;
const signSql = (h: string) => `lpad((${h} % 10000000000)::text, 10, '0')`;

const DOC_COLUMNS = `(id, "organizationId", "cashboxId", "shiftId", number, "numberInShift", "deviceSeq", type, "clientDocId",
      "requestHash", "responseStatus", response, "createdAt", "acceptedAt", offline, "fiscalSign", hash, "prevHash",
      total, cash, card, change, discount, vat, "returnBasisId", "cashierId", "cashierName", content)`;

const KEY_COLUMNS = `("organizationId", "cashboxId", "clientDocId", "documentId", "createdAt", number, "deviceSeq")`;

/** The statement that loads one chunk of cashbox-days ($-parameters: see loadChunk). */
function chunkSql(nSlots: number): string {
  const slotCols = Array.from({ length: nSlots }, (_, i) => `v${i}, h${i}`).join(", ");
  const slotParams = Array.from(
    { length: nSlots },
    (_, i) => `$${24 + 2 * i}::bigint[], $${25 + 2 * i}::boolean[]`,
  ).join(", ");
  const vatOf = (filter: string) =>
    `(SELECT COALESCE(jsonb_agg(jsonb_build_object('rate', v.rate, 'amount', v.amount) ORDER BY v.slot), '[]'::jsonb)
        FROM (VALUES ${Array.from(
          { length: nSlots },
          (_, i) =>
            `(${i}, ($21::text[])[${i + 1}], sum(d.v${i}) FILTER (WHERE ${filter}), bool_or(d.h${i}) FILTER (WHERE ${filter}))`,
        ).join(", ")}) AS v(slot, rate, amount, has) WHERE v.has)`;
  return `
WITH bk AS (
  SELECT b.bi, b.total, b.vat_text::jsonb AS vat, ${slotCols}
    FROM unnest($10::bigint[], $11::text[], ${slotParams}) WITH ORDINALITY AS b(total, vat_text, ${slotCols}, bi)),
bl AS (SELECT * FROM unnest($12::int[], $13::int[], $14::text[], $15::text[], $16::bigint[], $17::numeric[], $18::bigint[],
                            $19::text[], $20::bigint[])
                  AS l(bi, line_no, name, unit, price, qty, total, rate, vat)),
p AS (SELECT * FROM unnest($4::uuid[], $5::int[], $6::int[], $7::int[], $8::int[], $9::timestamptz[]) AS p(cb, ci, di, n, start, base)),
r AS (
  SELECT p.cb, p.ci, p.di, p.n, p.start, p.base, k, ${hashSql("p.ci", "p.start + 3 + k")} AS h, ${hashSql("p.ci", "p.start + 2 + k")} AS hp
    FROM p CROSS JOIN LATERAL generate_series(0, p.n - 1) AS k OFFSET 0),
s AS (
  SELECT r.*, ret, CASE WHEN ret THEN hp ELSE h END AS hb
    FROM r CROSS JOIN LATERAL (SELECT r.k > 0 AND r.h % 40 = 0 AND r.hp % 40 <> 0 AS ret) x OFFSET 0),
docs AS MATERIALIZED (
  SELECT s.cb, s.ci, s.di, s.k, s.start + 3 + s.k AS number, s.ret, s.h, b.bi, b.total, b.vat, ${slotCols},
         ${idSql(1, "s.di", "s.ci", "s.start + 3 + s.k")} AS id, 'bench-' || s.ci || '-' || (s.start + 3 + s.k) AS client_doc_id,
         CASE WHEN s.ret THEN ${idSql(1, "s.di", "s.ci", "s.start + 2 + s.k")} END AS basis,
         s.base + ($3::float8[])[(1 + (s.k * 1000 + (s.h >> 24) % 1000) / s.n)::int] * interval '1 minute' AS at,
         CASE WHEN pay < 7 THEN b.total WHEN pay < 18 THEN 0 ELSE b.total - b.total / 2 END AS cash,
         CASE WHEN pay < 7 THEN 0 WHEN pay < 18 THEN b.total ELSE b.total / 2 END AS card,
         CASE WHEN pay < 7 AND NOT s.ret THEN (10000 - b.total % 10000) % 10000 ELSE 0 END AS change
    FROM s CROSS JOIN LATERAL (SELECT (s.hb >> 20) % 20 AS pay) y
    JOIN bk b ON b.bi = 1 + (s.hb >> 8) % ${BASKETS}),
ins_docs AS (
  INSERT INTO "FiscalDocument" ${DOC_COLUMNS}
  SELECT d.id, $1::uuid, d.cb, ${idSql(2, "d.di", "d.ci", "0")}, d.number, d.k + 3, d.number,
         (CASE WHEN d.ret THEN 'SALE_RETURN' ELSE 'SALE' END)::"FiscalDocumentType", d.client_doc_id,
         'bench', 201, '{}'::jsonb, d.at, d.at, false, ${signSql("d.h")}, 'bench', 'bench',
         d.total, d.cash, d.card, d.change, 0, d.vat, d.basis, $2::uuid, $22::text, '{}'::jsonb
    FROM docs d),
ins_keys AS (
  INSERT INTO "FiscalDocumentKey" ${KEY_COLUMNS}
  SELECT $1::uuid, d.cb, d.client_doc_id, d.id, d.at, d.number, d.number FROM docs d),
ins_lines AS (
  INSERT INTO "ReceiptLine" ("organizationId", "documentId", "lineNo", name, "nomenclatureId", "unitCode", price,
      quantity, discount, total, "vatRate", "vatAmount", "createdAt")
  SELECT $1::uuid, d.id, l.line_no, l.name, NULL, l.unit, l.price, l.qty, 0, l.total, l.rate, l.vat, d.at
    FROM docs d JOIN bl l ON l.bi = d.bi),
agg AS (
  SELECT d.ci, d.di,
         count(*) FILTER (WHERE NOT d.ret) AS sale_n, COALESCE(sum(d.total) FILTER (WHERE NOT d.ret), 0) AS sale_total,
         COALESCE(sum(d.cash) FILTER (WHERE NOT d.ret), 0) AS sale_cash, COALESCE(sum(d.card) FILTER (WHERE NOT d.ret), 0) AS sale_card,
         COALESCE(sum(d.change) FILTER (WHERE NOT d.ret), 0) AS sale_change,
         count(*) FILTER (WHERE d.ret) AS ret_n, COALESCE(sum(d.total) FILTER (WHERE d.ret), 0) AS ret_total,
         COALESCE(sum(d.cash) FILTER (WHERE d.ret), 0) AS ret_cash, COALESCE(sum(d.card) FILTER (WHERE d.ret), 0) AS ret_card,
         ${vatOf("NOT d.ret")} AS sale_vat, ${vatOf("d.ret")} AS ret_vat,
         max(d.at) AS last_at
    FROM docs d GROUP BY d.ci, d.di),
sd AS (
  SELECT p.cb, p.n, p.start, p.base, a.*, p.base + (410 + a.ci % 10) * interval '1 minute' AS open_at,
         p.base + (1382 + a.ci % 3) * interval '1 minute' AS out_at,
         p.base + (1385 + a.ci % 5) * interval '1 minute' AS z_at,
         300000 + ${hashSql("a.ci", "p.start + 2")} % 5 * 100000 AS deposit,
         a.di = $23::int AS is_open
    FROM agg a JOIN p ON p.ci = a.ci AND p.di = a.di),
sd2 AS (SELECT sd.*, sd.deposit + sd.sale_cash - sd.ret_cash AS withdrawal FROM sd),
sdocs AS MATERIALIZED (
  SELECT sd2.cb, sd2.di, sd2.ci, sd2.start + v.nis AS number, v.nis, v.type, v.at, v.total,
         ${idSql(1, "sd2.di", "sd2.ci", "sd2.start + v.nis")} AS id, 'bench-' || sd2.ci || '-' || (sd2.start + v.nis) AS client_doc_id
    FROM sd2 CROSS JOIN LATERAL (VALUES (1, 'SHIFT_OPEN', sd2.open_at, 0::bigint),
                                        (2, 'CASH_DEPOSIT', sd2.open_at + interval '1 minute', sd2.deposit),
                                        (sd2.n + 3, 'CASH_WITHDRAWAL', sd2.out_at, sd2.withdrawal),
                                        (sd2.n + 4, 'Z_REPORT', sd2.z_at, 0::bigint)) AS v(nis, type, at, total)
   WHERE v.nis <= 2 OR NOT sd2.is_open),
ins_shift_docs AS (
  INSERT INTO "FiscalDocument" ${DOC_COLUMNS}
  SELECT x.id, $1::uuid, x.cb, ${idSql(2, "x.di", "x.ci", "0")}, x.number, x.nis, x.number, x.type::"FiscalDocumentType",
         x.client_doc_id, 'bench', 201, '{}'::jsonb, x.at, x.at, false, ${signSql(hashSql("x.ci", "x.number"))}, 'bench', 'bench',
         x.total, 0, 0, 0, 0, '[]'::jsonb, NULL, $2::uuid, $22::text, '{}'::jsonb
    FROM sdocs x),
ins_shift_keys AS (
  INSERT INTO "FiscalDocumentKey" ${KEY_COLUMNS}
  SELECT $1::uuid, x.cb, x.client_doc_id, x.id, x.at, x.number, x.number FROM sdocs x)
INSERT INTO bench_shift_day
SELECT ci, di, n, start, open_at, z_at, deposit, withdrawal, sale_n, sale_total, sale_cash, sale_card, sale_change,
       ret_n, ret_total, ret_cash, ret_card, sale_vat, ret_vat, last_at, ${signSql(hashSql("ci", "start + n + 4"))}, is_open
  FROM sd2`;
}

const STAGING = `CREATE UNLOGGED TABLE bench_shift_day (ci int, di int, n int, start int, open_at timestamptz, z_at timestamptz,
  deposit bigint, withdrawal bigint, sale_n bigint, sale_total bigint, sale_cash bigint, sale_card bigint, sale_change bigint,
  ret_n bigint, ret_total bigint, ret_cash bigint, ret_card bigint, sale_vat jsonb, ret_vat jsonb, last_at timestamptz,
  z_sign text, is_open boolean)`;

const iso = (t: string) => `to_char(${t} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const opTotals = (n: string, total: string, cash: string, card: string, change: string, vat: string) =>
  `jsonb_build_object('count', ${n}, 'total', ${total}, 'cash', ${cash}, 'card', ${card}, 'discount', 0, 'change', ${change}, 'vat', ${vat})`;
const NO_OPS = opTotals("0", "0", "0", "0", "0", "'[]'::jsonb");
const fourTotals = (sale: string, ret: string) =>
  `jsonb_build_object('sale', ${sale}, 'sale_return', ${ret}, 'purchase', 0, 'purchase_return', 0)`;

/** The Shift rows (Z-report figures with the non-nullable totals running over the days) and the journals. */
const SHIFTS_SQL = `
WITH c AS (SELECT * FROM unnest($2::uuid[]) WITH ORDINALITY AS c(cb, ci)),
s AS (
  SELECT d.*, c.cb, ${idSql(2, "d.di", "d.ci", "0")} AS id,
         sum(d.sale_total) OVER w AS sale_end, sum(d.ret_total) OVER w AS ret_end
    FROM bench_shift_day d JOIN c ON c.ci = d.ci
  WINDOW w AS (PARTITION BY d.ci ORDER BY d.di)),
shifts AS (
  INSERT INTO "Shift" (id, "organizationId", "cashboxId", number, "openedById", "openedByName", "openedAt", "closedAt",
      "closedById", "closedByName", "autoClosed", "openingCash", "closingCash", "documentCount", "zReport")
  SELECT s.id, $1::uuid, s.cb, s.di + 1, $3::uuid, $4::text, s.open_at, CASE WHEN NOT s.is_open THEN s.z_at END,
         CASE WHEN NOT s.is_open THEN $3::uuid END, CASE WHEN NOT s.is_open THEN $4::text END, false, 0,
         CASE WHEN NOT s.is_open THEN 0 END, s.n + CASE WHEN s.is_open THEN 2 ELSE 4 END,
         CASE WHEN NOT s.is_open THEN jsonb_build_object(
           'shiftNumber', s.di + 1, 'openedAt', ${iso("s.open_at")}, 'closedAt', ${iso("s.z_at")},
           'documentCount', s.n + 4, 'openingCash', 0, 'deposits', s.deposit, 'withdrawals', s.withdrawal, 'cashInDrawer', 0,
           'byType', jsonb_build_object(
             'sale', ${opTotals("s.sale_n", "s.sale_total", "s.sale_cash", "s.sale_card", "s.sale_change", "s.sale_vat")},
             'sale_return', ${opTotals("s.ret_n", "s.ret_total", "s.ret_cash", "s.ret_card", "0", "s.ret_vat")},
             'purchase', ${NO_OPS}, 'purchase_return', ${NO_OPS}),
           'nonNullable', jsonb_build_object(
             'start', ${fourTotals("s.sale_end - s.sale_total", "s.ret_end - s.ret_total")},
             'end', ${fourTotals("s.sale_end", "s.ret_end")}),
           'fiscalSign', s.z_sign) END
    FROM s)
INSERT INTO "CashboxJournal" ("cashboxId", "organizationId", "lastNumber", "lastDeviceSeq", "lastHash", "lastDeviceAt",
    "lastOperationId", "cashInDrawer", "lastShiftNumber", "currentShiftId", "currentShiftOpenedAt", "shiftDocCount",
    "totalSale", "totalSaleReturn")
SELECT s.cb, $1::uuid, s.start + s.n + 2, s.start + s.n + 2, 'bench', s.last_at, ${idSql(1, "s.di", "s.ci", "s.start + s.n + 2")},
       s.deposit + s.sale_cash - s.ret_cash, s.di + 1, s.id, s.open_at, s.n + 2, s.sale_end, s.ret_end
  FROM s WHERE s.is_open`;

interface Chunk {
  label: string;
  /** indexes into dates */
  days: number[];
  receipts: number;
}

/** Whole days of one month per chunk, at most CHUNK_RECEIPTS receipts each (a day never splits). */
function chunksOf(dates: string[], counts: number[][]): Chunk[] {
  const perDay = dates.map((_, d) => counts.reduce((s, c) => s + c[d], 0));
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  dates.forEach((date, d) => {
    if (!cur || cur.label.slice(0, 7) !== date.slice(0, 7) || cur.receipts + perDay[d] > CHUNK_RECEIPTS) {
      cur = { label: date, days: [], receipts: 0 };
      out.push(cur);
    }
    cur.days.push(d);
    cur.receipts += perDay[d];
  });
  return out;
}

interface Dropped {
  keys: { table: string; name: string; def: string; type: "p" | "u" }[];
  indexes: { table: string; name: string; def: string }[];
}

/**
 * Drops the secondary indexes of the loaded tables and the keys no foreign key refers to (on the
 * bench's own fresh database only); rebuildIndexes makes them again.
 */
async function dropIndexes(client: pg.Client, tables: string[]): Promise<Dropped> {
  const { rows: keys } = await client.query<Dropped["keys"][number]>(
    `SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS def, c.contype AS type
       FROM pg_constraint c
      WHERE c.conrelid = ANY (SELECT to_regclass(format('%I', t)) FROM unnest($1::text[]) t)
        AND c.contype IN ('p', 'u') AND c.conparentid = 0
        AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = c.conindid)`,
    [tables],
  );
  for (const k of keys) await client.query(`ALTER TABLE ${k.table} DROP CONSTRAINT "${k.name}"`);
  const { rows: indexes } = await client.query<Dropped["indexes"][number]>(
    `SELECT format('%I', i.tablename) AS table, i.indexname AS name, i.indexdef AS def FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = ANY ($1::text[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                         WHERE c.conname = i.indexname OR c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
    [tables],
  );
  for (const i of indexes) await client.query(`DROP INDEX "${i.name}"`);
  return { keys, indexes };
}

/**
 * Makes the dropped keys and indexes again. Every index is built by a CREATE INDEX on one leaf table
 * (a month partition, or a table that is not partitioned) — those take a SHARE lock only, so the
 * connections build them side by side, the largest first (a trigram GIN index counts four times its
 * table's size). Then, quickly, on one connection: each leaf's key over its new unique index (ADD
 * CONSTRAINT … USING INDEX), and the partitioned parents' keys and indexes, which attach the
 * partitions' ones instead of building them again.
 */
async function rebuildIndexes(clients: pg.Client[], dropped: Dropped) {
  const [main] = clients;
  const tables = [...new Set([...dropped.keys, ...dropped.indexes].map((x) => x.table))];
  const { rows: leaves } = await main.query<{
    table: string;
    leaf: string;
    partitioned: boolean;
    bytes: string;
  }>(
    `SELECT format('%I', p.relname) AS table, format('%I', COALESCE(c.relname, p.relname)) AS leaf,
            p.relkind = 'p' AS partitioned, pg_relation_size(COALESCE(c.oid, p.oid))::text AS bytes
       FROM pg_class p LEFT JOIN pg_inherits i ON i.inhparent = p.oid LEFT JOIN pg_class c ON c.oid = i.inhrelid
      WHERE p.oid = ANY (SELECT to_regclass(t) FROM unnest($1::text[]) t)`,
    [tables],
  );
  const unquote = (id: string) => id.replace(/^"|"$/g, "");
  const build: { sql: string; weight: number; label: string }[] = [];
  const finish: string[] = [];
  for (const k of dropped.keys) {
    const columns = k.def.replace(/^(PRIMARY KEY|UNIQUE) /, "");
    const kind = k.type === "p" ? "PRIMARY KEY" : "UNIQUE";
    const mine = leaves.filter((l) => l.table === k.table);
    for (const l of mine) {
      const name = l.partitioned ? `${unquote(l.leaf)}_${k.type === "p" ? "pkey" : `${k.name}_key`}` : k.name;
      build.push({
        sql: `CREATE UNIQUE INDEX "${name}" ON ${l.leaf} ${columns}`,
        weight: Number(l.bytes),
        label: k.name,
      });
      finish.push(`ALTER TABLE ${l.leaf} ADD CONSTRAINT "${name}" ${kind} USING INDEX "${name}"`);
    }
    if (mine[0]?.partitioned) finish.push(`ALTER TABLE ${k.table} ADD CONSTRAINT "${k.name}" ${k.def}`);
  }
  for (const i of dropped.indexes) {
    const m = i.def.match(/^CREATE (UNIQUE )?INDEX \S+ ON (?:ONLY )?\S+ (USING .*)$/);
    if (!m) throw new Error(`cannot rebuild index: ${i.def}`);
    const mine = leaves.filter((l) => l.table === i.table);
    const gin = /USING gin/i.test(i.def) ? 4 : 1;
    if (!mine[0]?.partitioned) {
      build.push({ sql: i.def, weight: Number(mine[0]?.bytes ?? 0) * gin, label: i.name });
      continue;
    }
    for (const l of mine)
      build.push({
        sql: `CREATE ${m[1] ?? ""}INDEX ON ${l.leaf} ${m[2]}`,
        weight: Number(l.bytes) * gin,
        label: i.name,
      });
    finish.push(i.def.replace(" ON ONLY ", " ON "));
  }
  build.sort((a, b) => b.weight - a.weight);
  // milliseconds per index (summed over its partitions), the wall time of the builds and of the attach
  const ms: Record<string, number> = {};
  const t0 = performance.now();
  await onEach(clients, build, async (c, job) => {
    const t = performance.now();
    await c.query(job.sql);
    ms[job.label] = (ms[job.label] ?? 0) + Math.round(performance.now() - t);
  });
  const t1 = performance.now();
  for (const sql of finish) await main.query(sql);
  ms.build_wall = Math.round(t1 - t0);
  ms.attach_wall = Math.round(performance.now() - t1);
  return ms;
}

async function connect(url: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`SET session_replication_role = replica`);
  await c.query(`SET synchronous_commit = off`);
  await c.query(`SET jit = off`);
  // the receipts must stay in generation order (ascending ids, a document's lines together): hash
  // joins against the small basket tables, never a merge join that sorts the receipts by basket
  await c.query(`SET enable_mergejoin = off`);
  await c.query(`SET work_mem = '256MB'`);
  await c.query(`SET maintenance_work_mem = '512MB'`);
  if (process.env.BENCH_LOAD_EXPLAIN) {
    // profiling: every statement's EXPLAIN ANALYZE comes back as a notice
    await c.query(`LOAD 'auto_explain'`);
    await c.query(`SET auto_explain.log_min_duration = 0`);
    await c.query(`SET auto_explain.log_analyze = on`);
    await c.query(`SET auto_explain.log_buffers = on`);
    await c.query(`SET auto_explain.log_level = notice`);
    c.on("notice", (n) => console.log(`[load explain] ${n.message}`));
  }
  return c;
}

/** Runs `jobs` on the clients, each client taking the next job when it is done with one. */
async function onEach<T>(clients: pg.Client[], jobs: T[], run: (c: pg.Client, job: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    clients.map(async (c) => {
      while (next < jobs.length) await run(c, jobs[next++]);
    }),
  );
}

/** Loads about `target` receipts with their shifts; returns what was written and the plan. */
export async function loadInDatabase(spec: LoadSpec) {
  const nConn = Math.max(1, spec.connections ?? 2);
  const clients = await Promise.all(Array.from({ length: nConn }, () => connect(spec.url)));
  try {
    const [main] = clients;
    const { counts, starts } = dayPlan(spec.dates, spec.target, spec.cashboxes.length);
    const q = minuteQuantiles();
    const slots = vatSlots(spec.items);
    const eras = {
      old: baskets(spec.items, spec.country, "2025-06-01", slots),
      new: baskets(spec.items, spec.country, "2026-06-01", slots),
    };
    // local midnight of each date as an instant (the offset of local noon: DST switches at night)
    const base = spec.dates.map((d) => localInstant(d, 0, spec.timeZone).toISOString());
    const last = spec.dates.length - 1;

    // the months of the documents (UTC months, a day either side for zones far from UTC)
    // (lib/db reads DATABASE_URL when first imported: after the bench has set it)
    const { ensureReceiptPartitions } = await import("../../lib/fiscal/partitions");
    const day = 86_400_000;
    await ensureReceiptPartitions(
      new Date(Date.parse(spec.dates[0]) - day),
      new Date(Date.parse(spec.dates[last]) + day),
    );
    const rebuild = await dropIndexes(main, ["FiscalDocument", "ReceiptLine", "FiscalDocumentKey", "Shift"]);
    // On Citus the shards check their foreign keys on the workers, where the coordinator's
    // session_replication_role does not reach: the loaded tables' keys come off for the load (the
    // documents of a chunk precede their shifts) and go back on, checked, once everything is in.
    const citus = (await main.query(`SELECT 1 FROM pg_extension WHERE extname = 'citus'`)).rowCount! > 0;
    const foreignKeys = citus
      ? (
          await main.query<{ tbl: string; name: string; def: string }>(
            `SELECT k.conrelid::regclass::text AS tbl, k.conname AS name, pg_get_constraintdef(k.oid) AS def
               FROM pg_constraint k
              WHERE k.contype = 'f' AND k.conparentid = 0
                AND k.conrelid IN ('"FiscalDocument"'::regclass, '"ReceiptLine"'::regclass, '"FiscalDocumentKey"'::regclass, '"Shift"'::regclass)`,
          )
        ).rows
      : [];
    for (const fk of foreignKeys) await main.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT "${fk.name}"`);
    await main.query(`DROP TABLE IF EXISTS bench_shift_day`);
    await main.query(STAGING);

    const sql = chunkSql(slots.length);
    const chunks = chunksOf(spec.dates, counts);
    let receipts = 0;
    await onEach(clients, chunks, async (c, chunk) => {
      const b = spec.dates[chunk.days[0]] < "2026-01-01" ? eras.old : eras.new;
      const cells = chunk.days.flatMap((d) => spec.cashboxes.map((cb, i) => ({ cb, ci: i + 1, d })));
      await c.query(sql, [
        spec.organizationId, // $1
        spec.cashierId, // $2
        q, // $3
        cells.map((x) => x.cb), // $4
        cells.map((x) => x.ci), // $5
        cells.map((x) => x.d), // $6
        cells.map((x) => counts[x.ci - 1][x.d]), // $7
        cells.map((x) => starts[x.ci - 1][x.d]), // $8
        cells.map((x) => base[x.d]), // $9
        b.total, // $10
        b.vat, // $11
        b.lines.basket, // $12
        b.lines.lineNo, // $13
        b.lines.name, // $14
        b.lines.unit, // $15
        b.lines.price, // $16
        b.lines.quantity, // $17
        b.lines.total, // $18
        b.lines.vatRate, // $19
        b.lines.vatAmount, // $20
        slots, // $21
        spec.cashierName, // $22
        last, // $23
        ...slots.flatMap((_, i) => [b.slotAmount[i], b.slotHas[i]]), // $24 …
      ]);
      receipts += chunk.receipts;
      spec.onChunk?.(chunk.label, receipts);
    });
    await main.query(SHIFTS_SQL, [spec.organizationId, spec.cashboxes, spec.cashierId, spec.cashierName]);
    await main.query(`DROP TABLE bench_shift_day`);
    for (const c of clients) await c.query(`RESET session_replication_role`);

    const timings = await rebuildIndexes(clients, rebuild);
    const tk = performance.now();
    for (const fk of foreignKeys)
      await main.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT "${fk.name}" ${fk.def}`);
    if (citus) timings.foreign_keys_wall = Math.round(performance.now() - tk);
    // statistics of the fresh tables, on the loader's connections (no statement time limit)
    const t = performance.now();
    await onEach(
      clients,
      ["FiscalDocument", "ReceiptLine", "FiscalDocumentKey", "Shift", "CashboxJournal"],
      async (c, table) => {
        await c.query(`ANALYZE "${table}"`);
      },
    );
    timings.analyze_wall = Math.round(performance.now() - t);
    const [{ lines }] = (
      await main.query<{ lines: string }>(
        `SELECT count(*)::text AS lines FROM "ReceiptLine" WHERE "organizationId" = $1`,
        [spec.organizationId],
      )
    ).rows;
    return { receipts, lines: Number(lines), counts, starts, indexMs: timings };
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}
