// Trading-day generator of the terminal simulator: pure and deterministic (same input + seed → the
// same requests, byte for byte), no I/O, no Node imports. Used by scripts/terminal.ts (HTTP), the demo
// seed (prisma/seed/demo-receipts.ts, in-process through acceptDocument) and benchmarks.
//
// Interface
// ---------
//   generateDay(spec: DaySpec): SimOp[]
//     One cashbox's trading day as device API requests in order: shift_open, an optional float
//     deposit, 5–40 sales (1–5 lines from `spec.items`, weight/volume lines with 3-decimal quantities,
//     cash / card / mixed payments, cash sales sometimes with change), occasionally a sale return of
//     part of an earlier receipt of the day, a purchase now and then, an X-report, a withdrawal (cash
//     collection) and the Z-report. Each SimOp is { op, at, body } where `op` names the endpoint
//     (OP_PATHS) and `body` is exactly the JSON the endpoint takes (clientDocId, createdAt = `at`, …).
//     A sale return carries `returnOf` (the clientDocId of the sale it returns part of) and a body with
//     `returnBasis: null`: the caller puts in `{ receiptId }` once it knows the server id of that sale
//     (resolveReturnBasis). Cash never goes negative: the generator tracks the drawer (spec.openingCash,
//     cash in − change − cash out) and pays refunds/purchases by card when the drawer is short.
//
//   dayReceipts(spec: DaySpec): SimReceipt[]
//     Only the receipts of that day ({ clientDocId, at, payload: ReceiptPayload }), the cheap path for
//     bulk generation (e.g. 10M receipts for the analytics bench): it runs the same generator, so a
//     day's receipts are identical whichever function produced them. About 25 µs of CPU per
//     receipt (10M receipts ≈ 4–5 min of one core).
//
//   tradingReceipts({ cashboxes, from, days, seed }) — a lazy generator over many cashboxes and days
//     (day by day), yielding { cashboxId, date, clientDocId, at, payload, total, returnOf? }.
//
//   salesCountFor(spec) — how many sales that day gets (hour-of-day and weekday shape: more on
//     Friday/Saturday; within the day more at lunch 12–14 and in the evening 17–20: HOUR_WEIGHTS).
//
// Determinism: everything is drawn from a PRNG seeded with hash(seed, cashboxId, date); clientDocIds are
// UUID-shaped strings drawn from the same stream, so regenerating a day gives the same ids (sending it
// again is an idempotent replay). Use another seed for another run.
//
// Amounts are integer minor units; quantities decimal strings; VAT codes are mapped to the code in
// effect on the local date (RU VAT22 ↔ VAT20 before 2026, KZ VAT16 ↔ VAT12 before 2026).

import type { Country } from "@/lib/locale/country";
import { zoneOffsetMinutes as localZoneOffset } from "@/lib/locale/zone";

/** A nomenclature item the cashbox sells (price in minor units, VAT code as on the item). */
export interface SimItem {
  id?: string | null;
  name: string;
  /** RU: tag 2108 code ("0" шт, "11" кг, "41" л); KZ: OKEI ("796" шт, "166" кг, "112" л) */
  unitCode: string;
  /** true for weight/volume/length units: quantities with 3 decimals */
  fractional: boolean;
  price: number;
  vatRate: string;
}

export interface DaySpec {
  cashboxId: string;
  country: Country;
  /** IANA zone of the organization: hours of the day are local */
  timeZone: string;
  /** local date "YYYY-MM-DD" */
  date: string;
  items: readonly SimItem[];
  seed: string | number;
  /** cash in the drawer at the start of the day (minor units); default 0 */
  openingCash?: number;
  /** the cashier's per-operation limit (minor units); receipts and cash operations stay below it */
  operationLimit?: number | null;
  /** multiplies the day's sales count (before the 5–40 clamp); default 1 */
  volume?: number;
  /** local opening and closing hour; default 8 and 22 */
  openHour?: number;
  closeHour?: number;
  /** leave out returns (e.g. offline, where the sale's server id is unknown); default false */
  noReturns?: boolean;
}

export type SimOpKind = "shift_open" | "receipt" | "cash_operation" | "x_report" | "z_report";

/** Device API path of each op (relative to /api/device/v1). */
export const OP_PATHS: Record<SimOpKind, string> = {
  shift_open: "/shifts",
  receipt: "/receipts",
  cash_operation: "/cash-operations",
  x_report: "/shifts/current/x-report",
  z_report: "/shifts/current/close",
};

export interface ReceiptPayload {
  type: "sale" | "sale_return" | "purchase" | "purchase_return";
  items: {
    nomenclatureId?: string | null;
    name: string;
    unit: { code: string };
    price: number;
    quantity: string;
    vatRate: string;
    discount?: number;
  }[];
  payments: { type: "cash" | "card"; amount: number }[];
  cashTendered?: number;
  customer?: { email?: string | null; phone?: string | null; taxId?: string | null } | null;
  returnBasis?: { receiptId: string } | null;
}

export interface SimOp {
  op: SimOpKind;
  at: Date;
  body: { clientDocId: string; createdAt: string } & Record<string, unknown>;
  /** sale returns: clientDocId of the sale being returned (see resolveReturnBasis) */
  returnOf?: string;
  /** receipts: the total (minor units), for callers that count money */
  total?: number;
}

export interface SimReceipt {
  clientDocId: string;
  at: Date;
  payload: ReceiptPayload;
  total: number;
  returnOf?: string;
}

// ---- randomness ------------------------------------------------------------------------------

/** 32-bit FNV-1a of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** sfc32: small, fast, good enough for simulation. */
export function makeRng(seed: string | number) {
  const s = String(seed);
  let a = fnv1a(s);
  let b = fnv1a(`${s}#b`);
  let c = fnv1a(`${s}#c`);
  let d = fnv1a(`${s}#d`) | 1;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const r = (t + d) | 0;
    c = (c + r) | 0;
    return (r >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const rng = {
    next,
    /** integer in [lo, hi] */
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    /** a UUID-shaped id (version nibble 4) drawn from this stream */
    uuid: () => {
      let hex = "";
      for (let i = 0; i < 4; i++)
        hex += (Math.floor(next() * 4294967296) >>> 0).toString(16).padStart(8, "0");
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${"89ab"[parseInt(hex[16], 16) & 3]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  };
  return rng;
}
export type Rng = ReturnType<typeof makeRng>;

// ---- shape -----------------------------------------------------------------------------------

/** Relative traffic per local hour (index = hour): lunch and evening peaks. */
export const HOUR_WEIGHTS: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0.2, 0.5, 0.8, 1.0, 1.1, 1.3, 2.2, 2.4, 1.7, 1.1, 1.2, 1.8, 2.3, 2.2, 1.6, 1.0, 0.6, 0.3,
];
/** Relative traffic per weekday (0 = Sunday … 6 = Saturday): more on Friday and Saturday. */
export const WEEKDAY_WEIGHTS: readonly number[] = [1.0, 0.8, 0.85, 0.9, 0.95, 1.3, 1.4];

function weekdayOf(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

const offsetCache = new Map<string, number>();
/** Offset of `timeZone` from UTC in minutes around local noon of `date` (cached per zone and date). */
export function zoneOffsetMinutes(date: string, timeZone: string): number {
  const k = `${timeZone}|${date}`;
  const hit = offsetCache.get(k);
  if (hit !== undefined) return hit;
  const [y, m, d] = date.split("-").map(Number);
  const noon = Date.UTC(y, m - 1, d, 12);
  const off = localZoneOffset(new Date(noon), timeZone);
  if (offsetCache.size > 10_000) offsetCache.clear();
  offsetCache.set(k, off);
  return off;
}

/** The instant of local `date` + `minutes` after midnight in `timeZone`. */
export function localInstant(date: string, minutes: number, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d) + (minutes - zoneOffsetMinutes(date, timeZone)) * 60000);
}

export function salesCountFor(spec: Pick<DaySpec, "cashboxId" | "date" | "seed" | "volume">): number {
  const rng = makeRng(`${spec.seed}|${spec.cashboxId}|count|${spec.date}`);
  // each cashbox has its own typical day (12–24 sales), shaped by the weekday, ±25 % noise
  const base = 12 + (fnv1a(`${spec.seed}|${spec.cashboxId}`) % 13);
  const n = base * WEEKDAY_WEIGHTS[weekdayOf(spec.date)] * (0.75 + rng.next() * 0.5) * (spec.volume ?? 1);
  return Math.max(5, Math.min(40, Math.round(n)));
}

/** `n` sorted minute-of-day times drawn from HOUR_WEIGHTS within [open, close). */
function drawTimes(rng: Rng, n: number, openHour: number, closeHour: number): number[] {
  const hours: number[] = [];
  let sum = 0;
  for (let h = openHour; h < closeHour; h++) {
    hours.push(h);
    sum += HOUR_WEIGHTS[h] || 0.1;
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let r = rng.next() * sum;
    let h = hours[hours.length - 1];
    for (const hh of hours) {
      r -= HOUR_WEIGHTS[hh] || 0.1;
      if (r <= 0) {
        h = hh;
        break;
      }
    }
    out.push(h * 60 + rng.next() * 60);
  }
  return out.sort((a, b) => a - b);
}

// ---- money -----------------------------------------------------------------------------------

/** price × quantity (thousandths), half-up: the same rounding as lib/fiscal/money lineAmount. */
function lineAmount(price: number, milli: number): number {
  return Math.floor((price * milli + 500) / 1000);
}

function formatMilli(milli: number): string {
  const int = Math.floor(milli / 1000);
  const frac = milli % 1000;
  return frac === 0 ? String(int) : `${int}.${String(frac).padStart(3, "0")}`;
}

const VAT_BEFORE_2026: Record<string, string> = { VAT22: "VAT20", VAT16: "VAT12" };
const VAT_FROM_2026: Record<string, string> = { VAT20: "VAT22", VAT12: "VAT16" };

/** The item's VAT code as in effect on the local date (the 2026 rate changes of RU and KZ). */
export function vatCodeOn(code: string, date: string): string {
  return date < "2026-01-01" ? (VAT_BEFORE_2026[code] ?? code) : (VAT_FROM_2026[code] ?? code);
}

type Line = ReceiptPayload["items"][number] & {
  milli: number;
  lineTotal: number;
  returnedMilli?: number;
  returnedAmount?: number;
};

function makeLine(rng: Rng, item: SimItem, date: string): Line {
  let milli: number;
  if (item.fractional) {
    // 0.150 … 2.500 kg / l, three decimals as a scale prints them
    milli = rng.int(150, 2500);
  } else milli = 1000 * (rng.chance(0.8) ? 1 : rng.int(2, 4));
  const discount =
    rng.chance(0.06) && item.price >= 5000 ? Math.floor(lineAmount(item.price, milli) * 0.1) : 0;
  return {
    nomenclatureId: item.id ?? null,
    name: item.name,
    unit: { code: item.unitCode },
    price: item.price,
    quantity: formatMilli(milli),
    vatRate: vatCodeOn(item.vatRate, date),
    ...(discount > 0 ? { discount } : {}),
    milli,
    lineTotal: lineAmount(item.price, milli) - discount,
  };
}

const strip = (l: Line): ReceiptPayload["items"][number] => {
  const { milli: _m, lineTotal: _t, returnedMilli: _r, returnedAmount: _a, ...rest } = l;
  void _m;
  void _t;
  void _r;
  void _a;
  return rest;
};

// ---- the day ---------------------------------------------------------------------------------

interface SaleMemo {
  clientDocId: string;
  lines: Line[];
}

export function generateDay(spec: DaySpec): SimOp[] {
  if (spec.items.length === 0) throw new Error("generateDay: no items to sell");
  const rng = makeRng(`${spec.seed}|${spec.cashboxId}|${spec.date}`);
  const openHour = spec.openHour ?? 8;
  const closeHour = spec.closeHour ?? 22;
  const limit = spec.operationLimit ?? null;
  const ops: SimOp[] = [];
  let drawer = spec.openingCash ?? 0;
  // local midnight once per day (a DST switch inside the trading hours is ignored: neither country has one)
  const midnight = localInstant(spec.date, 0, spec.timeZone).getTime();
  const at = (minute: number) => new Date(midnight + Math.round(minute * 60000));
  const push = (
    op: SimOpKind,
    minute: number,
    fields: Record<string, unknown> = {},
    extra: Partial<SimOp> = {},
  ) => {
    const t = at(minute);
    ops.push({
      op,
      at: t,
      body: { clientDocId: rng.uuid(), createdAt: t.toISOString(), ...fields },
      ...extra,
    });
  };
  const fitsLimit = (amount: number) => limit === null || amount <= limit;

  const openMinute = openHour * 60 - rng.int(5, 20);
  push("shift_open", openMinute);
  // the float: a morning deposit when the drawer is short of change money
  const float = spec.country === "KZ" ? 2_000_000 : 500_000;
  if (drawer < float) {
    const amount = Math.min(float - drawer, limit ?? Infinity);
    if (amount > 0) {
      push("cash_operation", openMinute + 1, { type: "deposit", amount });
      drawer += amount;
    }
  }

  const n = salesCountFor(spec);
  const times = drawTimes(rng, n, openHour, closeHour);
  const sales: SaleMemo[] = [];
  const xAt = rng.chance(0.5) ? (openHour + 5) * 60 + rng.int(0, 59) : null;
  let xDone = false;
  const purchaseEvery = 0.04;
  const returnEvery = spec.noReturns ? 0 : 0.05;

  for (const minute of times) {
    if (xAt !== null && !xDone && minute > xAt) {
      push("x_report", xAt);
      xDone = true;
    }
    // a sale
    const count = rng.chance(0.35) ? 1 : rng.int(2, 5);
    let lines: Line[] = [];
    for (let i = 0; i < count; i++) lines.push(makeLine(rng, rng.pick(spec.items), spec.date));
    let total = lines.reduce((s, l) => s + l.lineTotal, 0);
    while (limit !== null && total > limit && lines.length > 1) {
      lines = lines.slice(0, -1);
      total = lines.reduce((s, l) => s + l.lineTotal, 0);
    }
    if (total === 0 || !fitsLimit(total)) continue;
    const r = rng.next();
    let payments: ReceiptPayload["payments"];
    let cashTendered: number | undefined;
    if (r < 0.45) {
      payments = [{ type: "card", amount: total }];
    } else if (r < 0.85) {
      payments = [{ type: "cash", amount: total }];
      // the customer hands over a round banknote sometimes: the change comes from the drawer
      const note = spec.country === "KZ" ? 100_000 : 10_000;
      if (rng.chance(0.5)) {
        const tendered = Math.ceil((total + 1) / note) * note;
        if (tendered - total <= drawer) cashTendered = tendered;
      }
      drawer += total;
    } else {
      const card = Math.max(1, Math.floor(total * (0.3 + rng.next() * 0.5)));
      payments =
        card >= total
          ? [{ type: "card", amount: total }]
          : [
              { type: "card", amount: card },
              { type: "cash", amount: total - card },
            ];
      if (card < total) drawer += total - card;
    }
    const payload: ReceiptPayload = {
      type: "sale",
      items: lines.map(strip),
      payments,
      ...(cashTendered !== undefined ? { cashTendered } : {}),
      ...(rng.chance(0.03) ? { customer: { email: `buyer${rng.int(1, 999)}@example.com` } } : {}),
    };
    push("receipt", minute, { ...payload }, { total });
    sales.push({ clientDocId: ops[ops.length - 1].body.clientDocId, lines });

    // now and then a customer comes back with part of an earlier receipt of the day
    if (sales.length > 2 && rng.chance(returnEvery)) {
      const basis = rng.pick(sales.slice(0, -1));
      const line = rng.pick(basis.lines);
      // part of one line: one piece of a piece line, about half of a weighed one; at full price, so
      // skip lines whose discount would make that part exceed what was paid for the line
      const partMilli = line.milli % 1000 === 0 ? 1000 : Math.max(1, Math.floor(line.milli / 2));
      const retTotal = lineAmount(line.price, partMilli);
      const left = line.milli - (line.returnedMilli ?? 0);
      const leftMoney = line.lineTotal - (line.returnedAmount ?? 0);
      if (retTotal > 0 && partMilli <= left && retTotal <= leftMoney && fitsLimit(retTotal)) {
        line.returnedMilli = (line.returnedMilli ?? 0) + partMilli;
        line.returnedAmount = (line.returnedAmount ?? 0) + retTotal;
        const cash = drawer >= retTotal && rng.chance(0.6);
        if (cash) drawer -= retTotal;
        const retLine = { ...strip(line), quantity: formatMilli(partMilli) };
        delete retLine.discount;
        push(
          "receipt",
          minute + 1 + rng.next() * 20,
          {
            type: "sale_return",
            items: [retLine],
            payments: [{ type: cash ? "cash" : "card", amount: retTotal }],
            returnBasis: null,
          },
          { returnOf: basis.clientDocId, total: retTotal },
        );
      }
    }
    // a purchase now and then (buying back containers, scrap, goods from a supplier for cash)
    if (rng.chance(purchaseEvery)) {
      const item = rng.pick(spec.items);
      const line = makeLine(rng, item, spec.date);
      delete line.discount;
      line.lineTotal = lineAmount(line.price, line.milli);
      if (line.lineTotal > 0 && fitsLimit(line.lineTotal)) {
        const cash = drawer >= line.lineTotal && rng.chance(0.7);
        if (cash) drawer -= line.lineTotal;
        push(
          "receipt",
          minute + 2 + rng.next() * 10,
          {
            type: "purchase",
            items: [strip(line)],
            payments: [{ type: cash ? "cash" : "card", amount: line.lineTotal }],
          },
          { total: line.lineTotal },
        );
      }
    }
  }
  if (xAt !== null && !xDone) push("x_report", xAt);
  // keep ops in time order (returns/purchases were drawn a little after their sale)
  ops.sort((a, b) => a.at.getTime() - b.at.getTime());

  const last = ops[ops.length - 1].at.getTime();
  const closeMinute = Math.max(closeHour * 60 + rng.int(2, 15), (last - at(0).getTime()) / 60000 + 1);
  // evening cash collection: leave the float in the drawer
  const collect = Math.min(drawer - float, limit ?? Infinity);
  if (collect > 0 && rng.chance(0.8)) {
    push("cash_operation", closeMinute, { type: "withdrawal", amount: collect });
    drawer -= collect;
  }
  push("z_report", closeMinute + 1);
  // createdAt must grow strictly: nudge equal instants apart by a millisecond
  for (let i = 1; i < ops.length; i++) {
    if (ops[i].at.getTime() <= ops[i - 1].at.getTime()) {
      ops[i].at = new Date(ops[i - 1].at.getTime() + 1);
      ops[i].body.createdAt = ops[i].at.toISOString();
    }
  }
  return ops;
}

/** The cash in the drawer after a generated day, given the opening cash (what the next day starts with). */
export function closingCash(ops: readonly SimOp[], openingCash = 0): number {
  let drawer = openingCash;
  for (const o of ops) {
    const b = o.body as Record<string, unknown>;
    if (o.op === "cash_operation")
      drawer += b.type === "deposit" ? (b.amount as number) : -(b.amount as number);
    if (o.op === "receipt") {
      const cash = (b.payments as { type: string; amount: number }[])
        .filter((p) => p.type === "cash")
        .reduce((s, p) => s + p.amount, 0);
      drawer += b.type === "sale" || b.type === "purchase_return" ? cash : -cash;
    }
  }
  return drawer;
}

/** Only the receipts of a day: the cheap path for bulk generation (see the top of this file). */
export function dayReceipts(spec: DaySpec): SimReceipt[] {
  const out: SimReceipt[] = [];
  for (const o of generateDay(spec)) {
    if (o.op !== "receipt") continue;
    const { clientDocId, createdAt: _c, ...payload } = o.body;
    void _c;
    out.push({
      clientDocId,
      at: o.at,
      payload: payload as unknown as ReceiptPayload,
      total: o.total ?? 0,
      ...(o.returnOf ? { returnOf: o.returnOf } : {}),
    });
  }
  return out;
}

/**
 * Receipts of many cashboxes over many days, lazily (one day of one cashbox in memory at a time):
 * for bulk generation. Day by day, cashbox by cashbox within a day. Returns' `returnOf` refers to a
 * sale of the same cashbox and day. No I/O; the drawer is assumed to start each day empty.
 */
export function* tradingReceipts(opts: {
  cashboxes: readonly (Pick<DaySpec, "cashboxId" | "country" | "timeZone" | "items"> &
    Partial<Pick<DaySpec, "volume" | "operationLimit" | "openHour" | "closeHour">>)[];
  from: string;
  days: number;
  seed: string | number;
}): Generator<SimReceipt & { cashboxId: string; date: string }> {
  for (const date of datesFrom(opts.from, opts.days)) {
    for (const cb of opts.cashboxes) {
      for (const r of dayReceipts({ ...cb, date, seed: opts.seed }))
        yield { ...r, cashboxId: cb.cashboxId, date };
    }
  }
}

/** Every day from `from` (inclusive, "YYYY-MM-DD") for `days` days. */
export function* datesFrom(from: string, days: number): Generator<string> {
  const [y, m, d] = from.split("-").map(Number);
  for (let i = 0; i < days; i++) yield new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10);
}

/** A sale return's body with its basis filled in from the server id of the sale it returns. */
export function resolveReturnBasis(op: SimOp, receiptIdOf: (clientDocId: string) => string | undefined) {
  if (!op.returnOf) return op.body;
  const receiptId = receiptIdOf(op.returnOf);
  if (!receiptId) return null;
  return { ...op.body, returnBasis: { receiptId } };
}
