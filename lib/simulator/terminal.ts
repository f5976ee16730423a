// A simulated cash-register terminal talking to the device API over HTTP (docs/device-api.md §6): cashier
// sign-in by PIN, online documents from the generator (lib/simulator/generator.ts), an offline queue
// of documents signed with the cashbox key (lib/device/offline-sign.ts) uploaded in batches, and a
// load driver for many terminals at once. Used by scripts/terminal.ts, the e2e spec and the bench.
import { randomUUID } from "node:crypto";
import { localDate } from "@/lib/locale/zone";
import { sealOfflineEntry, type OfflineEntry } from "@/lib/device/offline-sign";
import { generateDay, OP_PATHS, resolveReturnBasis, type SimItem, type SimOp } from "./generator";
import { DEMO_ITEMS, itemsFromNomenclature, type ApiNomenclatureItem } from "./items";

export const API_PREFIX = "/api/device/v1";

export interface TerminalConfig {
  /** the cabinet's base URL, e.g. http://localhost:3000 */
  url: string;
  token: string;
  pin: string;
  /** the cashbox signing key (base64url), needed only offline */
  key?: string | null;
  /**
   * What to do when the server cannot be reached or answers 503 SERVICE_UNAVAILABLE: retry with
   * exponential backoff (honouring Retry-After), as a real terminal does; `false` reports at once
   * (the load driver, whose figures must count every refusal). Default: DEFAULT_RETRY.
   */
  retry?: RetryPolicy | false;
}

export interface RetryPolicy {
  /** tries in all, the first included */
  attempts: number;
  /** first pause; doubled on each retry, capped at maxMs (a 503's Retry-After wins when longer) */
  baseMs: number;
  maxMs: number;
  /** told before each pause, e.g. to print "server unavailable, retrying in 2 s" */
  onRetry?: (info: { attempt: number; waitMs: number; reason: string }) => void;
  /** the pause itself (tests replace it) */
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseMs: 500, maxMs: 15_000 };

/** The pause before retry `attempt` (1 = the first retry): base·2^(attempt-1), capped; Retry-After when longer. */
export function backoffMs(
  policy: Pick<RetryPolicy, "baseMs" | "maxMs">,
  attempt: number,
  retryAfterS?: number,
) {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
  const hinted = retryAfterS && Number.isFinite(retryAfterS) ? Math.min(policy.maxMs, retryAfterS * 1000) : 0;
  return Math.max(exp, hinted);
}

/**
 * The server could not be reached (connection refused or dropped mid-request) or kept answering
 * 503 after every retry. The message says so in words; nothing sent is lost: documents carry their
 * clientDocId, so the next try is answered as a duplicate if the server did store them.
 */
export class ServerUnavailableError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly attempts: number,
  ) {
    super(`the server at ${url} is unavailable (${reason}); tried ${attempts} time(s)`);
    this.name = "ServerUnavailableError";
  }
}

/**
 * `upload` stopped because the server went away (after its retries). The queue object still holds
 * every document not yet acknowledged (the caller saves it), so running `upload` again resumes.
 */
export class UploadInterruptedError extends Error {
  constructor(
    readonly cause: ServerUnavailableError,
    readonly accepted: number,
    readonly duplicate: number,
    readonly remaining: number,
  ) {
    super(
      `upload interrupted: ${cause.message}. ${accepted + duplicate} document(s) were delivered before; ` +
        `${remaining} stay in the local offline queue, nothing is lost — run \`upload\` again when the server is back ` +
        `(documents it already stored come back as duplicates)`,
    );
    this.name = "UploadInterruptedError";
  }
}

/** A network failure of fetch (refused, reset, DNS), as opposed to an answer. */
function networkReason(e: unknown): string | null {
  if (!(e instanceof TypeError)) return null;
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === "ECONNREFUSED") return "connection refused";
  if (cause?.code === "ECONNRESET" || cause?.code === "UND_ERR_SOCKET") return "the connection was dropped";
  if (cause?.code) return `network error ${cause.code}`;
  return e.message === "fetch failed" ? "no answer from the server" : null;
}

export interface ApiAnswer<T = Json> {
  status: number;
  body: T;
  ms: number;
  headers: Headers;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Json,
  ) {
    super(
      body?.error
        ? `${status} ${body.error.code}: ${body.error.message}${body.error.details ? ` ${JSON.stringify(body.error.details)}` : ""}`
        : `${status} ${JSON.stringify(body).slice(0, 300)}`,
    );
  }
}

/** One entry of the offline queue, as POST /documents:batch takes it. */
export interface QueuedEntry extends Record<string, unknown> {
  kind: OfflineEntry["kind"];
  clientDocId: string;
  deviceSeq: number;
  prevHash: string;
  createdAt: string;
  offline: true;
  autonomousSign: string;
  cashierId: string;
  payload?: unknown;
}

export interface OfflineQueue {
  cashboxId: string;
  offlineSince: string | null;
  /** the device chain head after the last queued entry */
  head: { seq: number; hash: string };
  entries: QueuedEntry[];
}

export class Terminal {
  session: string | null = null;
  cashier: { id: string; name: string; operationLimit: number | null } | null = null;
  info: Json = null;
  /** server ids of the receipts this terminal made, by clientDocId (for returns) */
  readonly receiptIds = new Map<string, string>();
  /** the last sale this terminal made: id and lines (for `return` without arguments) */
  lastSale: { id: string; items: Json[] } | null = null;

  constructor(readonly cfg: TerminalConfig) {}

  async request<T = Json>(
    method: string,
    path: string,
    body?: unknown,
    opts: { session?: boolean; idempotencyKey?: string } = {},
  ): Promise<ApiAnswer<T>> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.cfg.token}` };
    if (opts.session && this.session) headers["x-cashier-session"] = this.session;
    if (opts.idempotencyKey) headers["idempotency-key"] = opts.idempotencyKey;
    if (body !== undefined) headers["content-type"] = "application/json";
    const url = `${this.cfg.url.replace(/\/$/, "")}${API_PREFIX}${path}`;
    const policy = this.cfg.retry === false ? null : (this.cfg.retry ?? DEFAULT_RETRY);
    const attempts = policy ? Math.max(1, policy.attempts) : 1;
    const sleep = policy?.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    for (let attempt = 1; ; attempt++) {
      const t0 = performance.now();
      let res: Response;
      let reason: string;
      try {
        res = await fetch(url, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      } catch (e) {
        const net = networkReason(e);
        if (!net) throw e;
        if (attempt >= attempts) throw new ServerUnavailableError(this.cfg.url, net, attempt);
        const waitMs = backoffMs(policy!, attempt);
        policy!.onRetry?.({ attempt, waitMs, reason: net });
        await sleep(waitMs);
        continue;
      }
      const text = await res.text();
      const ms = performance.now() - t0;
      let parsed: Json = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = text;
      }
      if (res.status === 503 && policy) {
        reason = `503 ${parsed?.error?.code ?? "Service Unavailable"}`;
        if (attempt >= attempts) throw new ServerUnavailableError(this.cfg.url, reason, attempt);
        const waitMs = backoffMs(policy, attempt, Number(res.headers.get("retry-after") ?? ""));
        policy.onRetry?.({ attempt, waitMs, reason });
        await sleep(waitMs);
        continue;
      }
      return { status: res.status, body: parsed as T, ms, headers: res.headers };
    }
  }

  /** request() that throws ApiError unless 2xx */
  async ok<T = Json>(...args: Parameters<Terminal["request"]>): Promise<ApiAnswer<T>> {
    const r = await this.request<T>(...args);
    if (r.status < 200 || r.status >= 300) throw new ApiError(r.status, r.body);
    return r;
  }

  async loadInfo() {
    this.info = (await this.ok("GET", "/cashbox")).body;
    return this.info;
  }

  async login(pin = this.cfg.pin) {
    const r = await this.ok("POST", "/session", { pin });
    this.session = r.body.sessionToken;
    this.cashier = r.body.cashier;
    return r.body;
  }

  async ensureSession() {
    if (!this.session) await this.login();
  }

  async items(): Promise<SimItem[]> {
    if (!this.info) await this.loadInfo();
    const r = await this.request("GET", "/nomenclature?limit=1000");
    const fromApi =
      r.status === 200 ? itemsFromNomenclature(r.body.items as ApiNomenclatureItem[]) : ([] as SimItem[]);
    return fromApi.length >= 5 ? fromApi : DEMO_ITEMS[this.info.organization.country as "RU" | "KZ"];
  }

  /** POST of a document body (clientDocId doubles as Idempotency-Key); re-signs in once on an expired session. */
  async post(path: string, body: { clientDocId: string } & Record<string, unknown>): Promise<ApiAnswer> {
    await this.ensureSession();
    let r = await this.request("POST", path, body, { session: true, idempotencyKey: body.clientDocId });
    if (r.status === 401 && r.body?.error?.code === "CASHIER_SESSION_INVALID") {
      await this.login();
      r = await this.request("POST", path, body, { session: true, idempotencyKey: body.clientDocId });
    }
    return r;
  }

  /** Sends one generated op (resolving a return's basis); remembers receipts for later returns. */
  async send(op: SimOp, opts: { stampNow?: boolean } = {}): Promise<ApiAnswer | null> {
    let body = resolveReturnBasis(op, (c) => this.receiptIds.get(c));
    if (!body) return null; // its sale was refused: nothing to return
    if (opts.stampNow) body = { ...body, createdAt: new Date().toISOString() };
    const r = await this.post(OP_PATHS[op.op], body);
    if (r.status === 201 && op.op === "receipt") {
      this.receiptIds.set(op.body.clientDocId, r.body.document.id);
      if (body.type === "sale") this.lastSale = { id: r.body.document.id, items: body.items as Json[] };
    }
    return r;
  }

  doc(extra: Record<string, unknown> = {}) {
    return { clientDocId: randomUUID(), createdAt: new Date().toISOString(), ...extra };
  }

  /** A scripted day of trading now: the generator's day for today, each document stamped as it is sent. */
  async day(opts: {
    seed: string | number;
    volume?: number;
    onResult?: (op: SimOp, r: ApiAnswer | null) => void;
  }) {
    const info = await this.loadInfo();
    await this.ensureSession();
    const items = await this.items();
    const tz = info.organization.timezone as string;
    const ops = generateDay({
      cashboxId: info.cashbox.id,
      country: info.organization.country,
      timeZone: tz,
      date: localDate(new Date(), tz),
      items,
      seed: opts.seed,
      openingCash: info.cashInDrawer,
      operationLimit: this.cashier?.operationLimit ?? null,
      volume: opts.volume,
    });
    // a shift may already be open (then the day goes on in it)
    const todo = info.shift ? ops.filter((o) => o.op !== "shift_open") : ops;
    const results: { op: SimOp; status: number | null; ms: number; body: Json }[] = [];
    for (const op of todo) {
      const r = await this.send(op, { stampNow: true });
      opts.onResult?.(op, r);
      results.push({ op, status: r?.status ?? null, ms: r?.ms ?? 0, body: r?.body ?? null });
    }
    return results;
  }

  // ---- offline ---------------------------------------------------------------------------------

  /**
   * Makes `sales` documents offline: each is signed with the cashbox key exactly as the contract says
   * (autonomousSign over the canonical content, chained by deviceSeq/prevHash) and appended to `queue`.
   * Opens a shift first when none is open; closes it with a Z-report when `close`.
   */
  async offline(
    queue: OfflineQueue | null,
    opts: { sales: number; seed: string | number; close?: boolean },
  ): Promise<OfflineQueue> {
    if (!this.cfg.key) throw new Error("offline work needs the cashbox key (--key or demo-credentials.json)");
    const key = Buffer.from(this.cfg.key, "base64url");
    const info = await this.loadInfo();
    await this.ensureSession();
    const items = await this.items();
    const country = info.organization.country as "RU" | "KZ";
    const tz = info.organization.timezone as string;
    const q: OfflineQueue =
      queue && queue.cashboxId === info.cashbox.id && queue.entries.length > 0
        ? queue
        : {
            cashboxId: info.cashbox.id,
            offlineSince: new Date().toISOString(),
            head: { seq: info.lastDeviceSeq, hash: info.lastHash },
            entries: [],
          };
    let shiftOpen = queue?.entries.length
      ? !["z_report"].includes(q.entries[q.entries.length - 1].kind)
      : info.shift !== null;
    let lastAt = q.entries.length ? Date.parse(q.entries[q.entries.length - 1].createdAt) : 0;
    const add = (e: Omit<OfflineEntry, "deviceSeq" | "prevHash" | "createdAt">) => {
      lastAt = Math.max(Date.now(), lastAt + 1);
      const entry = {
        ...e,
        deviceSeq: q.head.seq + 1,
        prevHash: q.head.hash,
        createdAt: new Date(lastAt).toISOString(),
      } as OfflineEntry;
      const sealed = sealOfflineEntry({
        key,
        cashboxId: info.cashbox.id,
        country,
        timeZone: tz,
        cashierId: this.cashier!.id,
        entry,
      });
      q.entries.push({
        ...(entry as unknown as QueuedEntry),
        clientDocId: randomUUID(),
        offline: true,
        autonomousSign: sealed.autonomousSign,
        cashierId: this.cashier!.id,
      });
      q.head = { seq: entry.deviceSeq, hash: sealed.hash };
    };
    if (!shiftOpen) {
      add({ kind: "shift_open" });
      shiftOpen = true;
    }
    const day = generateDay({
      cashboxId: info.cashbox.id,
      country,
      timeZone: tz,
      date: localDate(new Date(), tz),
      items,
      seed: opts.seed,
      operationLimit: this.cashier?.operationLimit ?? null,
      noReturns: true,
    });
    // offline the terminal cannot know the drawer for sure: sell only (card or cash), no cash-outs
    const sales = day.filter((o) => o.op === "receipt" && o.body.type === "sale").slice(0, opts.sales);
    for (const s of sales) {
      const { clientDocId: _c, createdAt: _t, ...payload } = s.body;
      void _c;
      void _t;
      add({ kind: "receipt", payload: payload as never });
    }
    if (opts.close) add({ kind: "z_report" });
    return q;
  }

  /** Uploads the queue in batches of ≤ `batchSize`; drops what was accepted (or known); stops at a rejection. */
  async upload(q: OfflineQueue, opts: { batchSize?: number; onBatch?: (r: ApiAnswer) => void } = {}) {
    await this.ensureSession();
    const size = Math.min(200, opts.batchSize ?? 200);
    let accepted = 0;
    let duplicate = 0;
    while (q.entries.length > 0) {
      const chunk = q.entries.slice(0, size);
      const rest = q.entries.slice(size);
      const body = {
        documents: chunk,
        queue: {
          remaining: rest.length,
          oldestCreatedAt: rest[0]?.createdAt ?? null,
          offlineSince: rest.length ? q.offlineSince : null,
        },
      };
      let r: ApiAnswer;
      try {
        r = await this.request("POST", "/documents:batch", body, { session: true });
        if (r.status === 401) {
          await this.login();
          r = await this.request("POST", "/documents:batch", body, { session: true });
        }
      } catch (e) {
        if (e instanceof ServerUnavailableError)
          throw new UploadInterruptedError(e, accepted, duplicate, q.entries.length);
        throw e;
      }
      opts.onBatch?.(r);
      if (r.status !== 200) throw new ApiError(r.status, r.body);
      const results = r.body.results as { status: string; error?: Json }[];
      const done = results.findIndex((x) => x.status === "rejected");
      const n = done === -1 ? results.length : done;
      accepted += results.slice(0, n).filter((x) => x.status === "accepted").length;
      duplicate += results.slice(0, n).filter((x) => x.status === "duplicate").length;
      q.entries = q.entries.slice(n);
      if (done !== -1) {
        return { accepted, duplicate, rejected: results[done], nextExpectedSeq: r.body.nextExpectedSeq };
      }
    }
    q.offlineSince = null;
    return { accepted, duplicate, rejected: null, nextExpectedSeq: q.head.seq + 1 };
  }
}

// ---- load ------------------------------------------------------------------------------------

export interface LoadDevice {
  token: string;
  pin: string;
}

export interface LoadReport {
  terminals: number;
  receipts: number;
  errors: number;
  seconds: number;
  receipts_per_s: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
  errorSamples: string[];
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** A sale of `lines` items (one weighed) paid half by card, the rest in cash: the load's receipt. */
export function loadReceipt(items: readonly SimItem[], n: number, lines = 5) {
  const picked: SimItem[] = [];
  for (let i = 0; i < lines; i++) picked.push(items[(n + i * 7) % items.length]);
  const its = picked.map((it) => {
    const milli = it.fractional ? 500 + ((n * 37) % 1500) : 1000;
    const q =
      milli % 1000 === 0
        ? String(milli / 1000)
        : `${Math.floor(milli / 1000)}.${String(milli % 1000).padStart(3, "0")}`;
    return {
      nomenclatureId: it.id ?? null,
      name: it.name,
      unit: { code: it.unitCode },
      price: it.price,
      quantity: q,
      vatRate: it.vatRate,
      total: Math.floor((it.price * milli + 500) / 1000),
    };
  });
  const total = its.reduce((s, i) => s + i.total, 0);
  const card = Math.floor(total / 2);
  return {
    type: "sale" as const,
    items: its.map(({ total: _t, ...i }) => (void _t, i)),
    payments: [
      { type: "card" as const, amount: card },
      { type: "cash" as const, amount: total - card },
    ],
  };
}

/**
 * N terminals at once, one per device: each signs in, opens a shift when none is open, then sends
 * `receiptsPerTerminal` sales (5 lines, mixed payment) back to back. Latency is per HTTP request.
 */
export async function runLoad(opts: {
  url: string;
  devices: readonly LoadDevice[];
  receiptsPerTerminal: number;
  items?: readonly SimItem[];
  onProgress?: (done: number) => void;
}): Promise<LoadReport> {
  const terminals = opts.devices.map(
    // no retries: the load report counts every refusal as it happened
    (d) => new Terminal({ url: opts.url, token: d.token, pin: d.pin, retry: false }),
  );
  const prepared = await Promise.all(
    terminals.map(async (t) => {
      const info = await t.loadInfo();
      await t.login();
      if (!info.shift) {
        const r = await t.post("/shifts", t.doc());
        // terminals sharing a cashbox race to open its shift: one wins, the others find it open
        if (r.status !== 201 && r.body?.error?.code !== "SHIFT_ALREADY_OPEN")
          throw new ApiError(r.status, r.body);
      }
      return opts.items ?? DEMO_ITEMS[info.organization.country as "RU" | "KZ"];
    }),
  );
  const latencies: number[] = [];
  let errors = 0;
  const errorSamples: string[] = [];
  let done = 0;
  const t0 = performance.now();
  await Promise.all(
    terminals.map(async (t, ti) => {
      for (let n = 0; n < opts.receiptsPerTerminal; n++) {
        const body = { ...t.doc(), ...loadReceipt(prepared[ti], n + ti) };
        try {
          const r = await t.request("POST", "/receipts", body, {
            session: true,
            idempotencyKey: body.clientDocId,
          });
          latencies.push(r.ms);
          if (r.status !== 201) {
            errors++;
            if (errorSamples.length < 5)
              errorSamples.push(`${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
          }
        } catch (e) {
          errors++;
          if (errorSamples.length < 5) errorSamples.push(String(e));
        }
        if (++done % 1000 === 0) opts.onProgress?.(done);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const ok = latencies.length - errors;
  return {
    terminals: terminals.length,
    receipts: ok,
    errors,
    seconds: Math.round(seconds * 100) / 100,
    receipts_per_s: Math.round(ok / seconds),
    p50_ms: Math.round(percentile(latencies, 50) * 10) / 10,
    p99_ms: Math.round(percentile(latencies, 99) * 10) / 10,
    max_ms: Math.round((latencies.at(-1) ?? 0) * 10) / 10,
    errorSamples,
  };
}
