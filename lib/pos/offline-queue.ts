// The offline document queue of the web cashier (docs/device-api.md «Offline batch»): documents
// signed in the browser with the cashbox key (web-seal.ts), kept in order on one chain of
// deviceSeq/prevHash, with the moment offline work began and the last online contact the 72-hour
// limit counts from. Storage is a small key-value interface (IndexedDB in the browser through
// storage.ts, a Map in tests), so the queue is testable alone.
import { cashDirection } from "@/lib/fiscal/receipt";
import { OFFLINE_MAX_MS } from "@/lib/fiscal/shift-rules";
import type { OfflineContext, OfflineEntry } from "@/lib/fiscal/offline-content";
import type { PosError } from "./api";
import { vatRowsOf, type CashboxInfo, type QueueEntry, type Session } from "./model";
import { keyFromText, WEB_GENESIS_HASH, webSealOfflineEntry } from "./web-seal";

export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

/** A store in memory (tests; the browser without IndexedDB uses storage.ts's own fallback). */
export function memoryStore(
  data = new Map<string, unknown>(),
): KeyValueStore & { data: Map<string, unknown> } {
  return {
    data,
    get: async <T>(key: string) => data.get(key) as T | undefined,
    set: async (key, value) => void data.set(key, value),
  };
}

export type Chain = { seq: number; hash: string };
export const GENESIS_CHAIN: Chain = { seq: 0, hash: WEB_GENESIS_HASH };
/** /pos stops a minute early: the server may have seen its last call up to 15 s before this device did. */
export const OFFLINE_LIMIT_MARGIN_MS = 60_000;

/** When this device must stop issuing documents offline (docs/device-api.md §6), or null if unknown. */
export function offlineLimitAt(onlineAt: number | null, queue: readonly QueueEntry[]): number | null {
  if (onlineAt !== null) return onlineAt + OFFLINE_MAX_MS - OFFLINE_LIMIT_MARGIN_MS;
  return queue.length > 0 ? new Date(queue[0].createdAt).getTime() + OFFLINE_MAX_MS : null;
}

export interface QueueState {
  entries: QueueEntry[];
  chain: Chain;
  /** when this device began working offline (sent with the batch while documents remain) */
  offlineSince: string | null;
  /** the last online contact with nothing left to upload (ms): the 72-hour offline limit counts from it */
  onlineAt: number | null;
}

const STORE_KEY: Record<keyof QueueState, string> = {
  entries: "queue",
  chain: "chain",
  offlineSince: "offlineSince",
  onlineAt: "onlineAt",
};

export class OfflineQueue {
  private s: QueueState = { entries: [], chain: GENESIS_CHAIN, offlineSince: null, onlineAt: null };

  constructor(
    private readonly store: KeyValueStore,
    private readonly onChange: (s: QueueState) => void = () => {},
  ) {}

  get state(): QueueState {
    return this.s;
  }
  get entries(): QueueEntry[] {
    return this.s.entries;
  }
  get length(): number {
    return this.s.entries.length;
  }
  /** Where the next document goes on the chain. */
  get head(): { deviceSeq: number; prevHash: string } {
    return { deviceSeq: this.s.chain.seq + 1, prevHash: this.s.chain.hash };
  }

  async load(): Promise<QueueState> {
    const [entries, chain, offlineSince, onlineAt] = await Promise.all([
      this.store.get<QueueEntry[]>(STORE_KEY.entries),
      this.store.get<Chain>(STORE_KEY.chain),
      this.store.get<string | null>(STORE_KEY.offlineSince),
      this.store.get<number | null>(STORE_KEY.onlineAt),
    ]);
    this.s = {
      entries: entries ?? [],
      chain: chain ?? this.s.chain,
      offlineSince: offlineSince ?? null,
      onlineAt: onlineAt ?? null,
    };
    this.onChange(this.s);
    return this.s;
  }

  private update(patch: Partial<QueueState>) {
    this.s = { ...this.s, ...patch };
    for (const k of Object.keys(patch) as (keyof QueueState)[]) void this.store.set(STORE_KEY[k], patch[k]);
    this.onChange(this.s);
  }

  /** A new pairing (or none): nothing queued, the chain from the server's journal head. */
  reset(chain: Chain = GENESIS_CHAIN) {
    this.update({ entries: [], chain, offlineSince: null, onlineAt: null });
  }

  setChain(chain: Chain) {
    this.update({ chain });
  }

  /** The device chain continues from the server's journal when nothing is waiting here. */
  followServer(chain: Chain) {
    if (this.length === 0) this.setChain(chain);
  }

  markOffline(at: string) {
    if (!this.s.offlineSince) this.update({ offlineSince: at });
  }

  /** As the server counts it (lib/device/context.ts touchLastSeen): a call with nothing queued here. */
  noteOnline(now = Date.now()) {
    if (this.length === 0) this.update({ onlineAt: now });
  }

  limitAt(): number | null {
    return offlineLimitAt(this.s.onlineAt, this.s.entries);
  }

  limitReached(now = Date.now()): boolean {
    const at = this.limitAt();
    return at !== null && now >= at;
  }

  /** Adds a signed entry; it must continue the chain. */
  append(entry: QueueEntry) {
    const { deviceSeq, prevHash } = this.head;
    if (entry.deviceSeq !== deviceSeq || entry.prevHash !== prevHash)
      throw new Error(`offline entry out of chain: seq ${entry.deviceSeq}, expected ${deviceSeq}`);
    this.update({
      entries: [...this.s.entries, entry],
      chain: { seq: entry.deviceSeq, hash: entry.hash },
      offlineSince: this.s.offlineSince ?? entry.createdAt,
    });
  }

  /** The first `max` entries as the batch request carries them, with what stays behind. */
  batch(max: number) {
    const batch = this.s.entries.slice(0, max);
    const rest = this.s.entries.slice(batch.length);
    const body = {
      documents: batch.map(({ hash: _hash, ...e }) => e),
      queue: {
        remaining: rest.length,
        oldestCreatedAt: rest[0]?.createdAt ?? null,
        offlineSince: rest.length > 0 ? this.s.offlineSince : null,
      },
    };
    return { batch, body };
  }

  /** What is still waiting after an upload (re-signed entries end the chain on `chainHash`). */
  replace(entries: QueueEntry[], chainHash?: string) {
    this.update({
      entries,
      ...(chainHash !== undefined ? { chain: { seq: this.s.chain.seq, hash: chainHash } } : {}),
      ...(entries.length === 0 ? { offlineSince: null } : {}),
    });
  }
}

// ---- signing -------------------------------------------------------------------------------------

export type Sealed = Awaited<ReturnType<typeof webSealOfflineEntry>>;
export type Signer = (ctx: OfflineContext, entry: OfflineEntry) => Promise<Sealed>;

/** The signer of a paired browser: the cashbox key of its pairing string. */
export const keySigner =
  (keyText: string): Signer =>
  (ctx, entry) =>
    webSealOfflineEntry(keyFromText(keyText), ctx, entry);

export function offlineContext(info: CashboxInfo, cashierId: string): OfflineContext {
  return {
    cashboxId: info.cashbox.id,
    country: info.organization.country,
    timeZone: info.organization.timezone,
    cashierId,
    vatRates: vatRowsOf(info),
  };
}

export interface OfflineDoc {
  kind: QueueEntry["kind"];
  clientDocId: string;
  createdAt: string;
  payload?: Record<string, unknown>;
}

export interface SealedDoc {
  entry: QueueEntry;
  receipt: Sealed["receipt"];
  /** the document's total (minor units) */
  total: number;
  /** what it puts into (+) or takes from (−) the cash drawer */
  drawerDelta: number;
}

function sealError(e: unknown): PosError {
  const code = /"code":"(\w+)"/.exec(String((e as Error).message))?.[1] ?? "VALIDATION_FAILED";
  const message =
    code === "CARD_EXCEEDS_TOTAL"
      ? "Сумма оплаты картой не может превышать общую сумму чека"
      : code === "OPERATION_NOT_ALLOWED"
        ? "Невозможно провести операцию"
        : "Некорректные данные запроса";
  return { code, message };
}

/**
 * Signs a document at the queue's head and applies the local business rules the server would
 * apply (the cash in the drawer, the cashier's limit). The queue is not changed: append() does.
 */
export async function sealOfflineDocument(
  sign: Signer,
  info: CashboxInfo,
  cashier: Session["cashier"],
  head: { deviceSeq: number; prevHash: string },
  doc: OfflineDoc,
): Promise<SealedDoc | PosError> {
  const { kind, payload, createdAt } = doc;
  const entry = { kind, ...head, createdAt, payload } as OfflineEntry;
  let sealed: Sealed;
  try {
    sealed = await sign(offlineContext(info, cashier.id), entry);
  } catch (e) {
    return sealError(e);
  }
  const amount = kind === "cash_operation" ? (payload as { amount: number }).amount : 0;
  const total = sealed.receipt ? Number(sealed.receipt.total) : Math.max(amount, 0);
  let drawerDelta = 0;
  if (sealed.receipt) drawerDelta = cashDirection(sealed.receipt.type) * Number(sealed.receipt.cash);
  if (kind === "cash_operation")
    drawerDelta = (payload as { type: string }).type === "deposit" ? total : -total;
  if (drawerDelta < 0 && info.cashInDrawer + drawerDelta < 0)
    return { code: "INSUFFICIENT_CASH", message: "Недостаточно средств в кассе" };
  const limit = cashier.operationLimit;
  if (limit !== null && (kind === "receipt" || kind === "cash_operation") && total > limit)
    return {
      code: "CASHIER_LIMIT_EXCEEDED",
      message: "Сумма операции превышает заданный для пользователя предел",
    };
  return {
    entry: {
      kind,
      clientDocId: doc.clientDocId,
      ...head,
      createdAt,
      offline: true,
      autonomousSign: sealed.autonomousSign,
      cashierId: cashier.id,
      ...(payload ? { payload } : {}),
      hash: sealed.hash,
    },
    receipt: sealed.receipt,
    total,
    drawerDelta,
  };
}

/** The cashbox as this device sees it after an offline document: the drawer, the shift it opened or closed. */
export function infoAfterOffline(info: CashboxInfo, doc: SealedDoc, cashierName: string): CashboxInfo {
  const { kind, createdAt } = doc.entry;
  if (kind === "z_report") return { ...info, shift: null };
  return {
    ...info,
    cashInDrawer: info.cashInDrawer + doc.drawerDelta,
    shift: info.shift ?? {
      number: 0,
      openedAt: createdAt,
      openedBy: cashierName,
      openingCash: info.cashInDrawer,
      documentCount: 0,
    },
  };
}

/** Re-signs queued entries on a new chain head (their content changes only in prevHash). */
export async function rechainEntries(
  sign: Signer,
  info: CashboxInfo,
  entries: readonly QueueEntry[],
  head: string,
): Promise<QueueEntry[]> {
  const out: QueueEntry[] = [];
  let prev = head;
  for (const e of entries) {
    const { kind, deviceSeq, createdAt, payload } = e;
    const entry = { kind, deviceSeq, prevHash: prev, createdAt, payload } as OfflineEntry;
    const sealed = await sign(offlineContext(info, e.cashierId), entry);
    out.push({ ...e, prevHash: prev, autonomousSign: sealed.autonomousSign, hash: sealed.hash });
    prev = sealed.hash;
  }
  return out;
}
