// The demo's trading history: `days` days (KASSA_DEMO_DAYS, default 365) of generated trading
// (lib/simulator/generator.ts) for the registered, paid demo cashboxes, written through the device
// API's own code path — acceptDocument for online documents and uploadBatch for one offline period,
// each with `now` set to the simulated time — so the demo obeys every rule of the API (numbering,
// hash chains, shifts, cash in the drawer, returns ≤ sales, limits) and fills whatever the engine
// fills in its transaction (analytics rollups). Never written by raw SQL.
//
// Every day ends with a Z-report, so each cashbox is left with its shift closed; a terminal continues
// from the journal head GET /cashbox reports (lastDeviceSeq, lastHash) — or simply omits
// deviceSeq/prevHash online, where the server assigns them.
import { ensureReceiptPartitions } from "@/lib/fiscal/partitions";
import type { Db } from "@/lib/db/client";
import { localDate } from "@/lib/locale/zone";
import { acceptDocument } from "@/lib/device/accept-document";
import { uploadBatch } from "@/lib/device/batch";
import {
  cashboxKey,
  loadCashier,
  loadDeviceCashbox,
  type Cashier,
  type DeviceCashbox,
} from "@/lib/device/context";
import { isDeviceError } from "@/lib/device/errors";
import { sealOfflineEntry, type OfflineEntry } from "@/lib/device/offline-sign";
import { closePool, adminPoolQuery } from "@/lib/db/pool";
import { GENESIS_HASH } from "@/lib/fiscal/sign";
import { UNIT_INFO, unitCode, type MeasureUnit } from "@/lib/nomenclature/units";
import {
  closingCash,
  datesFrom,
  generateDay,
  resolveReturnBasis,
  type SimItem,
  type SimOp,
} from "@/lib/simulator/generator";
import { unsafeOrganizationId } from "@/lib/tenant/context";

export interface DemoTradingCashbox {
  cashboxId: string;
  /** its organization (keeps the look-up single-tenant) */
  organizationId: string;
  /** Membership id of the cashier who works it (must have a PIN) */
  cashierId: string;
  /** sales volume factor of this cashbox (1 = a typical shop) */
  volume?: number;
}

export interface DemoTradingOptions {
  /** days of history, ending yesterday (local); default KASSA_DEMO_DAYS or 365 */
  days?: number;
  now?: Date;
  seed?: string;
  /** the cashbox that spends a day offline (`offlineDaysAgo` days ago), uploading it as a batch next morning */
  offline?: { cashboxId: string; daysAgo: number };
}

export function demoDays(): number {
  const n = Number(process.env.KASSA_DEMO_DAYS ?? 365);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : 365;
}

async function itemsOf(db: Db, cb: DeviceCashbox): Promise<SimItem[]> {
  const rows = await db.nomenclatureItem.findMany({
    where: { organizationId: cb.organizationId, archivedAt: null, price: { gt: 0n, lte: 2_000_000n } },
    select: { id: true, name: true, unit: true, price: true, vatRate: true },
    orderBy: { changeSeq: "asc" },
    take: 400,
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    unitCode: unitCode(r.unit as MeasureUnit, cb.org.country),
    fractional: UNIT_INFO[r.unit as MeasureUnit].fractional,
    price: Number(r.price),
    vatRate: r.vatRate,
  }));
}

interface Tally {
  documents: number;
  receipts: number;
  refused: Record<string, number>;
  offline: number;
}

async function tradeCashbox(
  db: Db,
  spec: DemoTradingCashbox,
  opts: Required<Pick<DemoTradingOptions, "days" | "seed">> & { now: Date; offlineDaysAgo: number | null },
): Promise<Tally> {
  const cb = await loadDeviceCashbox(spec.cashboxId, unsafeOrganizationId(spec.organizationId));
  if (!cb) throw new Error(`demo trading: no cashbox ${spec.cashboxId}`);
  const cashier = await loadCashier(cb.organizationId, spec.cashierId);
  if (!cashier) throw new Error(`demo trading: ${spec.cashierId} is not a cashier of ${cb.name}`);
  const items = await itemsOf(db, cb);
  if (items.length === 0) return { documents: 0, receipts: 0, refused: {}, offline: 0 };
  const tz = cb.org.timezone;
  const today = localDate(opts.now, tz);
  const [y, m, d] = today.split("-").map(Number);
  const from = new Date(Date.UTC(y, m - 1, d - opts.days)).toISOString().slice(0, 10);
  const tally: Tally = { documents: 0, receipts: 0, refused: {}, offline: 0 };
  let drawer = 0;

  for (const [i, date] of [...datesFrom(from, opts.days)].entries()) {
    const offline = opts.offlineDaysAgo !== null && opts.days - i === opts.offlineDaysAgo;
    const ops = generateDay({
      cashboxId: cb.id,
      country: cb.org.country,
      timeZone: tz,
      date,
      items,
      seed: opts.seed,
      openingCash: drawer,
      operationLimit: cashier.operationLimit === null ? null : Number(cashier.operationLimit),
      volume: spec.volume,
      noReturns: offline,
    });
    if (offline) {
      await offlineDay(cb, cashier, ops, tally);
    } else {
      const receiptIds = new Map<string, string>();
      for (const op of ops) {
        const body = resolveReturnBasis(op, (c) => receiptIds.get(c));
        if (!body) continue;
        try {
          // the server sees each document a moment after the terminal made it
          const out = await acceptDocument(
            cb,
            { op: op.op, body, cashier },
            { now: new Date(op.at.getTime() + 150) },
          );
          tally.documents++;
          if (op.op === "receipt") {
            tally.receipts++;
            receiptIds.set(op.body.clientDocId, out.document.id);
          }
        } catch (e) {
          if (!isDeviceError(e)) throw e;
          tally.refused[e.code] = (tally.refused[e.code] ?? 0) + 1;
          if (process.env.KASSA_DEMO_DEBUG)
            console.warn(
              `[demo trading] ${cb.name} ${date} ${op.op}: ${e.code} ${JSON.stringify(e.details ?? {})}`,
              JSON.stringify(body),
            );
        }
      }
    }
    drawer = Number(
      (
        await db.cashboxJournal.findUnique({
          where: { organizationId_cashboxId: { organizationId: cb.organizationId, cashboxId: cb.id } },
          select: { cashInDrawer: true },
        })
      )?.cashInDrawer ?? BigInt(closingCash(ops, drawer)),
    );
  }
  return tally;
}

/**
 * A day without connection: the terminal signs every document with the cashbox key and chains them
 * itself (as lib/simulator/terminal.ts does), then uploads the queue as batches the next morning.
 */
async function offlineDay(cb: DeviceCashbox, cashier: Cashier, ops: SimOp[], tally: Tally) {
  const key = await cashboxKey(cb);
  const j = await loadJournalHead(cb);
  let head = j;
  const entries: Record<string, unknown>[] = [];
  for (const op of ops) {
    const { clientDocId, createdAt, ...rest } = op.body;
    const base = { deviceSeq: head.seq + 1, prevHash: head.hash, createdAt };
    const entry = (
      op.op === "receipt" || op.op === "cash_operation"
        ? { kind: op.op, ...base, payload: rest }
        : { kind: op.op, ...base }
    ) as OfflineEntry;
    const sealed = sealOfflineEntry({
      key,
      cashboxId: cb.id,
      country: cb.org.country,
      timeZone: cb.org.timezone,
      cashierId: cashier.membershipId,
      entry,
    });
    entries.push({
      ...entry,
      clientDocId,
      offline: true,
      autonomousSign: sealed.autonomousSign,
      cashierId: cashier.membershipId,
    });
    head = { seq: entry.deviceSeq, hash: sealed.hash };
  }
  // next morning, before the shift opens: the connection is back
  const uploadAt = new Date(ops[ops.length - 1].at.getTime() + 8 * 3600_000);
  for (let i = 0; i < entries.length; i += 200) {
    const chunk = entries.slice(i, i + 200);
    const rest = entries.slice(i + 200);
    const r = await uploadBatch(
      cb,
      cashier,
      {
        documents: chunk,
        queue: {
          remaining: rest.length,
          oldestCreatedAt: (rest[0]?.createdAt as string) ?? null,
          offlineSince: rest.length ? ops[0].at.toISOString() : null,
        },
      },
      uploadAt,
    );
    for (const res of r.results) {
      if (res.status === "accepted") {
        tally.documents++;
        tally.offline++;
      } else if (res.status === "rejected") {
        const code = res.error?.code ?? "REJECTED";
        tally.refused[code] = (tally.refused[code] ?? 0) + 1;
      }
    }
  }
  tally.receipts += ops.filter((o) => o.op === "receipt").length;
}

async function loadJournalHead(cb: DeviceCashbox) {
  const rows = await adminPoolQuery<{ lastDeviceSeq: bigint; lastHash: string }>(
    `SELECT "lastDeviceSeq", "lastHash" FROM "CashboxJournal" WHERE "organizationId" = $1 AND "cashboxId" = $2`,
    [cb.organizationId, cb.id],
  );
  return rows[0]
    ? { seq: Number(rows[0].lastDeviceSeq), hash: rows[0].lastHash }
    : { seq: 0, hash: GENESIS_HASH };
}

/** Trades the demo cashboxes (concurrently: documents are serialised per cashbox, not across them). */
export async function seedDemoTrading(
  db: Db,
  cashboxes: DemoTradingCashbox[],
  options: DemoTradingOptions = {},
) {
  const days = options.days ?? demoDays();
  if (days === 0 || cashboxes.length === 0) return { documents: 0, receipts: 0, refused: {}, offline: 0 };
  const now = options.now ?? new Date();
  const seed = options.seed ?? "kassa-demo";
  // the history's months get their partitions first (else its documents would sit in DEFAULT)
  await ensureReceiptPartitions(new Date(now.getTime() - (days + 2) * 86_400_000), now);
  // Seeding only: the device pool's connections commit without waiting for the WAL flush
  // (synchronous_commit=off — a crash can lose the last moments of seeding, never corrupt it), which
  // makes the year of documents several times faster. A fresh pool with the option, closed afterwards,
  // so the running app never inherits it.
  const prevOptions = process.env.PGOPTIONS;
  await closePool();
  process.env.PGOPTIONS = `${prevOptions ? `${prevOptions} ` : ""}-c synchronous_commit=off`;
  let tallies: Tally[];
  try {
    tallies = await Promise.all(
      cashboxes.map((c) =>
        tradeCashbox(db, c, {
          days,
          seed,
          now,
          offlineDaysAgo:
            options.offline?.cashboxId === c.cashboxId ? Math.min(options.offline.daysAgo, days) : null,
        }),
      ),
    );
  } finally {
    await closePool();
    if (prevOptions === undefined) delete process.env.PGOPTIONS;
    else process.env.PGOPTIONS = prevOptions;
  }
  const total: Tally = { documents: 0, receipts: 0, refused: {}, offline: 0 };
  for (const t of tallies) {
    total.documents += t.documents;
    total.receipts += t.receipts;
    total.offline += t.offline;
    for (const [k, v] of Object.entries(t.refused)) total.refused[k] = (total.refused[k] ?? 0) + v;
  }
  return total;
}
