"use client";
// The web cashier's engine: pairing, cashier session, cashbox sync, nomenclature cache, and every
// fiscal document — online through the device API, or, without a network, signed in the browser
// with the cashbox key (lib/pos/web-seal.ts), kept in IndexedDB in order and uploaded as batches
// (POST /documents:batch) when the network returns; clientDocId makes every upload exactly-once.
import { useCallback, useEffect, useRef, useState } from "react";
import { printForm } from "@/lib/fiscal/print";
import { cashDirection } from "@/lib/fiscal/receipt";
import { DEVICE_ERRORS } from "@/lib/device/errors";
import { OFFLINE_MAX_MS } from "@/lib/fiscal/shift-rules";
import { deviceCall, localIso, NetworkError, PosApiError, uuidv7, type Credentials } from "@/lib/pos/api";
import {
  DEFAULT_SETTINGS,
  vatRowsOf,
  type ApiDocument,
  type CashboxInfo,
  type DocRecord,
  type NomItem,
  type PosSettings,
  type QueueEntry,
  type ReceiptPayloadBody,
  type ServerReceiptPage,
  type Session,
} from "@/lib/pos/model";
import type { Pairing } from "@/lib/pos/pairing";
import { kvClear, kvGet, kvSet } from "@/lib/pos/storage";
import { keyFromText, WEB_GENESIS_HASH, webSealOfflineEntry } from "@/lib/pos/web-seal";
import { offlineReceiptQr } from "./offline-qr";

export interface PosError {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
  reason?: string;
}

type Chain = { seq: number; hash: string };
const BATCH_MAX = 200;
export const LOCALE_KEY = "kassa-pos-locale";
/** /pos stops a minute early: the server may have seen its last call up to 15 s before this device did. */
const OFFLINE_LIMIT_MARGIN_MS = 60_000;
const reached = (at: number | null) => at !== null && Date.now() >= at;

function toError(e: unknown): PosError {
  if (e instanceof PosApiError)
    return { code: e.code, message: e.message, fields: e.details?.fields, reason: e.details?.reason };
  if (e instanceof NetworkError) return { code: "NETWORK", message: "Нет связи с сервером" };
  return { code: "INTERNAL_ERROR", message: "Непредвиденная ошибка на сервере" };
}

function recordFromDoc(
  doc: ApiDocument,
  kind: DocRecord["kind"],
  type: string,
  extra: Partial<DocRecord> = {},
): DocRecord {
  return {
    clientDocId: doc.clientDocId,
    kind,
    type,
    createdAt: doc.createdAt,
    status: "sent",
    serverId: doc.id,
    number: doc.number,
    shiftNumber: doc.shiftNumber,
    fiscalSign: doc.fiscalSign,
    total: doc.total,
    deviceSeq: doc.deviceSeq,
    printLines: doc.print.lines,
    qr: doc.qr,
    ...extra,
  };
}

export function usePos() {
  const [ready, setReady] = useState(false);
  const [pairing, setPairingState] = useState<Pairing | null>(null);
  const [session, setSessionState] = useState<Session | null>(null);
  const [info, setInfoState] = useState<CashboxInfo | null>(null);
  const [nom, setNomState] = useState<NomItem[]>([]);
  const [queue, setQueueState] = useState<QueueEntry[]>([]);
  const [history, setHistoryState] = useState<DocRecord[]>([]);
  const [settings, setSettingsState] = useState<PosSettings>(DEFAULT_SETTINGS);
  const [online, setOnline] = useState(true);
  const [syncing, setSyncing] = useState(false);
  const [error, setError] = useState<PosError | null>(null);

  const r = useRef({
    pairing: null as Pairing | null,
    session: null as Session | null,
    info: null as CashboxInfo | null,
    nom: [] as NomItem[],
    nomCursor: "0",
    chain: { seq: 0, hash: WEB_GENESIS_HASH } as Chain,
    queue: [] as QueueEntry[],
    history: [] as DocRecord[],
    offlineSince: null as string | null,
    /** the last online contact with nothing left to upload (ms): the 72-hour offline limit counts from it */
    onlineAt: null as number | null,
    failures: 0,
    retryAt: 0,
    flushing: false,
  });

  const setPairing = (p: Pairing | null) => {
    r.current.pairing = p;
    setPairingState(p);
    void kvSet("pairing", p);
  };
  const setSession = (s: Session | null) => {
    r.current.session = s;
    setSessionState(s);
    void kvSet("session", s);
  };
  const setInfo = (i: CashboxInfo | null) => {
    r.current.info = i;
    setInfoState(i);
    void kvSet("info", i);
  };
  const setChain = (c: Chain) => {
    r.current.chain = c;
    void kvSet("chain", c);
  };
  const setQueue = (q: QueueEntry[]) => {
    r.current.queue = q;
    setQueueState(q);
    void kvSet("queue", q);
  };
  const setHistory = (h: DocRecord[]) => {
    const kept = h.slice(-500);
    r.current.history = kept;
    setHistoryState(kept);
    void kvSet("history", kept);
  };
  const upsertHistory = (rec: DocRecord) => {
    const h = r.current.history;
    const i = h.findIndex((x) => x.clientDocId === rec.clientDocId);
    setHistory(i >= 0 ? h.map((x, j) => (j === i ? rec : x)) : [...h, rec]);
  };
  const setOfflineSince = (v: string | null) => {
    r.current.offlineSince = v;
    void kvSet("offlineSince", v);
  };
  const [onlineAt, setOnlineAtState] = useState<number | null>(null);
  /** As the server counts it (lib/device/context.ts touchLastSeen): a call with nothing queued here. */
  const noteOnline = () => {
    if (r.current.queue.length > 0) return;
    const now = Date.now();
    r.current.onlineAt = now;
    setOnlineAtState(now);
    void kvSet("onlineAt", now);
  };
  /** When this device must stop issuing documents offline (docs/device-api.md §6), or null if unknown. */
  const offlineLimitAt = (): number | null => {
    const st = r.current;
    if (st.onlineAt !== null) return st.onlineAt + OFFLINE_MAX_MS - OFFLINE_LIMIT_MARGIN_MS;
    return st.queue.length > 0 ? new Date(st.queue[0].createdAt).getTime() + OFFLINE_MAX_MS : null;
  };

  const creds = (): Credentials => ({
    token: r.current.pairing?.token ?? "",
    session: r.current.session?.sessionToken ?? null,
  });

  // ---- start-up: read what this browser kept ----------------------------------------------------
  useEffect(() => {
    (async () => {
      const [p, s, i, n, c, cur, q, h, st, os, oa] = await Promise.all([
        kvGet<Pairing>("pairing"),
        kvGet<Session>("session"),
        kvGet<CashboxInfo>("info"),
        kvGet<NomItem[]>("nom"),
        kvGet<Chain>("chain"),
        kvGet<string>("nomCursor"),
        kvGet<QueueEntry[]>("queue"),
        kvGet<DocRecord[]>("history"),
        kvGet<PosSettings>("settings"),
        kvGet<string | null>("offlineSince"),
        kvGet<number | null>("onlineAt"),
      ]);
      r.current.pairing = p ?? null;
      setPairingState(p ?? null);
      const live = s && new Date(s.expiresAt).getTime() > Date.now() ? s : null;
      r.current.session = live;
      setSessionState(live);
      r.current.info = i ?? null;
      setInfoState(i ?? null);
      r.current.nom = n ?? [];
      setNomState(n ?? []);
      r.current.nomCursor = cur ?? "0";
      if (c) r.current.chain = c;
      r.current.queue = q ?? [];
      setQueueState(q ?? []);
      r.current.history = h ?? [];
      setHistoryState(h ?? []);
      r.current.offlineSince = os ?? null;
      r.current.onlineAt = oa ?? null;
      setOnlineAtState(oa ?? null);
      if (st) setSettingsState({ ...DEFAULT_SETTINGS, ...st });
      setOnline(typeof navigator === "undefined" ? true : navigator.onLine);
      setReady(true);
    })();
  }, []);

  const updateSettings = (s: PosSettings) => {
    setSettingsState(s);
    void kvSet("settings", s);
    try {
      localStorage.setItem(LOCALE_KEY, s.locale);
      window.dispatchEvent(new Event("kassa-pos-locale"));
    } catch {
      /* storage unavailable */
    }
  };

  const markOffline = () => {
    setOnline(false);
    if (!r.current.offlineSince) setOfflineSince(new Date().toISOString());
  };

  // ---- cashbox info and nomenclature ----------------------------------------------------------
  const refreshInfo = useCallback(async () => {
    if (!r.current.pairing) return null;
    try {
      const i = await deviceCall<CashboxInfo>(creds(), "GET", "/cashbox");
      setInfo(i);
      setOnline(true);
      noteOnline();
      // the device chain continues from the server's journal when nothing is waiting here
      if (r.current.queue.length === 0) setChain({ seq: i.lastDeviceSeq, hash: i.lastHash });
      return i;
    } catch (e) {
      if (e instanceof NetworkError) markOffline();
      else throw e;
      return null;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const syncNomenclature = useCallback(async (full = false) => {
    if (!r.current.pairing) return;
    let cursor = full ? "0" : r.current.nomCursor;
    const byId = new Map((full ? [] : r.current.nom).map((i) => [i.id, i]));
    try {
      for (let page = 0; page < 200; page++) {
        const res = await deviceCall<{ items: NomItem[]; nextCursor: string; hasMore: boolean }>(
          creds(),
          "GET",
          `/nomenclature?since=${cursor}&limit=1000`,
        );
        for (const it of res.items) {
          if (it.archived) byId.delete(it.id);
          else byId.set(it.id, it);
        }
        cursor = res.nextCursor;
        if (!res.hasMore) break;
      }
      const items = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, "ru"));
      r.current.nom = items;
      r.current.nomCursor = cursor;
      setNomState(items);
      await kvSet("nom", items);
      await kvSet("nomCursor", cursor);
    } catch (e) {
      if (e instanceof NetworkError) markOffline();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // ---- pairing and sign-in --------------------------------------------------------------------
  async function pair(p: Pairing): Promise<PosError | null> {
    try {
      const i = await deviceCall<CashboxInfo>({ token: p.token }, "GET", "/cashbox");
      await kvClear();
      r.current.nom = [];
      r.current.nomCursor = "0";
      setNomState([]);
      setQueue([]);
      setHistory([]);
      setOfflineSince(null);
      setPairing(p);
      setInfo(i);
      setChain({ seq: i.lastDeviceSeq, hash: i.lastHash });
      void kvSet("settings", settings);
      return null;
    } catch (e) {
      return toError(e);
    }
  }

  async function unpair() {
    if (r.current.session) {
      await deviceCall(creds(), "DELETE", "/session").catch(() => {});
    }
    await kvClear();
    r.current = {
      ...r.current,
      nom: [],
      nomCursor: "0",
      queue: [],
      history: [],
      offlineSince: null,
      onlineAt: null,
    };
    setNomState([]);
    setQueueState([]);
    setHistoryState([]);
    setSessionState(null);
    r.current.session = null;
    setInfoState(null);
    r.current.info = null;
    setPairingState(null);
    r.current.pairing = null;
    void kvSet("settings", settings);
  }

  async function signIn(pin: string): Promise<PosError | null> {
    try {
      const s = await deviceCall<Session>(creds(), "POST", "/session", { pin });
      setSession(s);
      void refreshInfo().then(() => syncNomenclature());
      void flush();
      return null;
    } catch (e) {
      return toError(e);
    }
  }

  async function signOut() {
    await deviceCall(creds(), "DELETE", "/session").catch(() => {});
    setSession(null);
  }

  // ---- documents ------------------------------------------------------------------------------
  const canTryOnline = () =>
    r.current.queue.length === 0 && (typeof navigator === "undefined" || navigator.onLine);

  /** The printed form of a document made offline (no number yet: «не отправлено»). */
  function offlineLines(
    i: CashboxInfo,
    type: string,
    createdAt: string,
    fiscalSign: string,
    receipt: Awaited<ReturnType<typeof webSealOfflineEntry>>["receipt"],
    amount?: number,
    queuedBefore = 0,
  ) {
    const labels = new Map(i.vatRates.map((v) => [v.code, v.label]));
    const lines = printForm(
      {
        country: i.organization.country,
        timeZone: i.organization.timezone,
        organizationName: i.organization.name,
        taxId: i.organization.taxId,
        address: i.cashbox.address,
        cashboxSerial: i.cashbox.serialNumber,
        registrationNumber: i.cashbox.registrationNumber,
        fiscalDriveNumber: i.cashbox.fiscalDriveNumber,
        inkOfd: i.cashbox.inkOfd,
        ofdName: i.cashbox.ofd.name,
        ofdSite: i.cashbox.ofd.site,
        footer: i.cashbox.receiptFooter,
      },
      {
        type: type as Parameters<typeof printForm>[1]["type"],
        number: 0,
        shiftNumber: null,
        numberInShift: null,
        createdAt: new Date(createdAt),
        cashierName: r.current.session?.cashier.name ?? "",
        fiscalSign,
        offline: true,
        lines: receipt?.lines.map((l) => ({
          name: l.name,
          quantityText: l.quantityText,
          unitLabel: l.unitLabel,
          price: l.price,
          discount: l.discount,
          total: l.total,
          vatLabel: labels.get(l.vatRate) ?? l.vatRate,
        })),
        total: receipt ? receipt.total : amount !== undefined ? BigInt(amount) : undefined,
        cash: receipt?.cash,
        card: receipt?.card,
        change: receipt?.change,
        vat: receipt?.vat.map((v) => ({ label: labels.get(v.rate) ?? v.rate, amount: v.amount })),
        qr: receipt
          ? offlineReceiptQr({
              info: i,
              history: r.current.history,
              queuedBefore,
              type,
              createdAt,
              fiscalSign,
              total: receipt.total,
              appBase: window.location.origin,
            })
          : null,
      },
    );
    return [
      ...lines.filter((l) => !/^(ФД|Номер документа): 0$/.test(l.text)),
      { text: "НЕ ОТПРАВЛЕНО", style: "bold_center" as const, kind: "text" as const },
    ];
  }

  async function sealOffline(
    kind: QueueEntry["kind"],
    type: string,
    payload: Record<string, unknown> | undefined,
    clientDocId: string,
    createdAt: string,
    extra: Partial<DocRecord>,
  ): Promise<DocRecord | PosError> {
    const i = r.current.info;
    const s = r.current.session;
    const p = r.current.pairing;
    if (!i || !s || !p)
      return { code: "CASHIER_SESSION_INVALID", message: "Сессия кассира истекла, войдите снова" };
    const total =
      kind === "cash_operation" ? (payload as { amount: number }).amount : kind === "receipt" ? -1 : 0;
    // local business rules the server would apply (the drawer, the cashier's limit)
    const chain = r.current.chain;
    const entry = {
      kind,
      deviceSeq: chain.seq + 1,
      prevHash: chain.hash,
      createdAt,
      payload,
    } as Parameters<typeof webSealOfflineEntry>[2];
    let sealed: Awaited<ReturnType<typeof webSealOfflineEntry>>;
    try {
      sealed = await webSealOfflineEntry(
        keyFromText(p.key),
        {
          cashboxId: i.cashbox.id,
          country: i.organization.country,
          timeZone: i.organization.timezone,
          cashierId: s.cashier.id,
          vatRates: vatRowsOf(i),
        },
        entry,
      );
    } catch (e) {
      const m = /"code":"(\w+)"/.exec(String((e as Error).message));
      const code = m?.[1] ?? "VALIDATION_FAILED";
      return {
        code,
        message:
          code === "CARD_EXCEEDS_TOTAL"
            ? "Сумма оплаты картой не может превышать общую сумму чека"
            : code === "OPERATION_NOT_ALLOWED"
              ? "Невозможно провести операцию"
              : "Некорректные данные запроса",
      };
    }
    const docTotal = sealed.receipt ? Number(sealed.receipt.total) : Math.max(total, 0);
    let drawerDelta = 0;
    if (sealed.receipt) drawerDelta = cashDirection(sealed.receipt.type) * Number(sealed.receipt.cash);
    if (kind === "cash_operation")
      drawerDelta = (payload as { type: string }).type === "deposit" ? docTotal : -docTotal;
    if (drawerDelta < 0 && i.cashInDrawer + drawerDelta < 0)
      return { code: "INSUFFICIENT_CASH", message: "Недостаточно средств в кассе" };
    const limit = s.cashier.operationLimit;
    if (limit !== null && (kind === "receipt" || kind === "cash_operation") && docTotal > limit)
      return {
        code: "CASHIER_LIMIT_EXCEEDED",
        message: "Сумма операции превышает заданный для пользователя предел",
      };
    const q: QueueEntry = {
      kind,
      clientDocId,
      deviceSeq: entry.deviceSeq,
      prevHash: entry.prevHash,
      createdAt,
      offline: true,
      autonomousSign: sealed.autonomousSign,
      cashierId: s.cashier.id,
      ...(payload ? { payload } : {}),
      hash: sealed.hash,
    };
    setQueue([...r.current.queue, q]);
    setChain({ seq: entry.deviceSeq, hash: sealed.hash });
    const shiftOpen = kind !== "z_report";
    setInfo({
      ...i,
      cashInDrawer: kind === "z_report" ? i.cashInDrawer : i.cashInDrawer + drawerDelta,
      shift: shiftOpen
        ? (i.shift ?? {
            number: 0,
            openedAt: createdAt,
            openedBy: s.cashier.name,
            openingCash: i.cashInDrawer,
            documentCount: 0,
          })
        : null,
    });
    if (!r.current.offlineSince) setOfflineSince(createdAt);
    // the queue already holds this entry: the documents before it are the others
    const lines = offlineLines(
      i,
      type,
      createdAt,
      sealed.autonomousSign,
      sealed.receipt,
      docTotal,
      r.current.queue.length - 1,
    );
    const rec: DocRecord = {
      clientDocId,
      kind,
      type,
      createdAt,
      status: "queued",
      serverId: null,
      number: null,
      shiftNumber: null,
      fiscalSign: sealed.autonomousSign,
      total: docTotal,
      deviceSeq: entry.deviceSeq,
      printLines: lines,
      qr: lines.find((l) => l.kind === "qr")?.text ?? null,
      ...extra,
    };
    upsertHistory(rec);
    return rec;
  }

  /** Runs one fiscal document: online when possible, else signed here and queued. */
  async function runDocument(opts: {
    kind: QueueEntry["kind"];
    type: string;
    path: string;
    payload?: Record<string, unknown>;
    extra?: Partial<DocRecord>;
    offlineAllowed?: boolean;
  }): Promise<{ record: DocRecord; report?: unknown } | null> {
    setError(null);
    const clientDocId = uuidv7();
    const createdAt = localIso();
    if (canTryOnline()) {
      try {
        const res = await deviceCall<{
          document: ApiDocument;
          cashInDrawer?: number;
          report?: unknown;
        }>(creds(), "POST", opts.path, { clientDocId, createdAt, ...(opts.payload ?? {}) }, clientDocId);
        const doc = res.document;
        if (doc.deviceSeq !== null) setChain({ seq: doc.deviceSeq, hash: doc.hash });
        setOnline(true);
        const rec = recordFromDoc(
          doc,
          opts.type === "cancel" ? "cancel" : opts.kind,
          opts.type === "cancel" ? doc.type : opts.type,
          opts.extra,
        );
        upsertHistory(rec);
        await refreshInfo();
        return { record: rec, report: res.report };
      } catch (e) {
        if (!(e instanceof NetworkError)) {
          const err = toError(e);
          setError(err);
          if (err.code === "CASHIER_SESSION_INVALID") setSession(null);
          return null;
        }
        markOffline();
        // the request may still have reached the server: the same clientDocId goes into the
        // queue, and the batch answers «duplicate» with the first document if it did
      }
    }
    if (opts.offlineAllowed === false) {
      setError({ code: "NETWORK", message: "Нет связи с сервером" });
      return null;
    }
    // the 72-hour offline limit: at zero no more documents, only connecting and uploading helps
    if (reached(offlineLimitAt())) {
      setError({ code: "CASHBOX_OFFLINE_TOO_LONG", message: DEVICE_ERRORS.CASHBOX_OFFLINE_TOO_LONG.message });
      return null;
    }
    const out = await sealOffline(
      opts.kind,
      opts.type,
      opts.payload,
      clientDocId,
      createdAt,
      opts.extra ?? {},
    );
    if ("code" in out) {
      setError(out);
      return null;
    }
    scheduleFlush();
    return { record: out };
  }

  const sellReceipt = (payload: ReceiptPayloadBody, basisClientDocId?: string | null) =>
    runDocument({
      kind: "receipt",
      type: payload.type,
      path: "/receipts",
      payload: payload as unknown as Record<string, unknown>,
      extra: { payload, basisClientDocId: basisClientDocId ?? null },
    });
  const cashOperation = (type: "deposit" | "withdrawal", amount: number) =>
    runDocument({ kind: "cash_operation", type, path: "/cash-operations", payload: { type, amount } });
  const openShift = () => runDocument({ kind: "shift_open", type: "shift_open", path: "/shifts" });
  const xReport = () => runDocument({ kind: "x_report", type: "x_report", path: "/shifts/current/x-report" });
  const zReport = () => runDocument({ kind: "z_report", type: "z_report", path: "/shifts/current/close" });

  async function cancelLast() {
    return runDocument({
      kind: "receipt",
      type: "cancel",
      // offline there is nothing to cancel against: the server decides what «last» is
      path: "/operations/cancel-last",
      offlineAllowed: false,
    });
  }

  async function duplicate(rec: DocRecord) {
    if (!rec.serverId || !navigator.onLine)
      return [{ text: "ДУБЛИКАТ", style: "bold_center" as const, kind: "text" as const }, ...rec.printLines];
    try {
      const res = await deviceCall<{ print: { lines: DocRecord["printLines"] } }>(
        creds(),
        "GET",
        `/receipts/${rec.serverId}/duplicate`,
      );
      return res.print.lines;
    } catch (e) {
      if (e instanceof NetworkError) {
        markOffline();
        return [
          { text: "ДУБЛИКАТ", style: "bold_center" as const, kind: "text" as const },
          ...rec.printLines,
        ];
      }
      setError(toError(e));
      return null;
    }
  }

  /**
   * The cashbox's documents as the server has them (GET /receipts): made on any device, newest
   * first. null when there is no network (the caller falls back to this browser's history).
   */
  async function listReceipts(query: Record<string, string>): Promise<ServerReceiptPage | PosError | null> {
    if (typeof navigator !== "undefined" && !navigator.onLine) return null;
    try {
      return await deviceCall<ServerReceiptPage>(creds(), "GET", `/receipts?${new URLSearchParams(query)}`);
    } catch (e) {
      if (e instanceof NetworkError) {
        markOffline();
        return null;
      }
      const err = toError(e);
      if (err.code === "CASHIER_SESSION_INVALID") setSession(null);
      return err;
    }
  }

  /** The printed form of a document: kept here when this browser made it, else the server's. */
  async function documentLines(rec: DocRecord): Promise<DocRecord["printLines"] | null> {
    const own = r.current.history.find((h) => h.clientDocId === rec.clientDocId);
    if (own && own.printLines.length > 0) return own.printLines;
    if (rec.printLines.length > 0 || !rec.serverId) return rec.printLines;
    try {
      const res = await deviceCall<{ document: ApiDocument }>(creds(), "GET", `/receipts/${rec.serverId}`);
      return res.document.print.lines;
    } catch (e) {
      if (e instanceof NetworkError) markOffline();
      setError(toError(e));
      return null;
    }
  }

  async function sendEmail(rec: DocRecord, email: string): Promise<PosError | null> {
    if (!rec.serverId) return { code: "NETWORK", message: "Нет связи с сервером" };
    try {
      await deviceCall(creds(), "POST", `/receipts/${rec.serverId}/send`, { email });
      return null;
    } catch (e) {
      return toError(e);
    }
  }

  // ---- offline upload -------------------------------------------------------------------------
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  function scheduleFlush(delay?: number) {
    if (timer.current) clearTimeout(timer.current);
    const backoff = Math.min(60_000, 2_000 * 2 ** Math.min(r.current.failures, 5));
    timer.current = setTimeout(() => void flush(), delay ?? backoff);
  }

  async function flush(): Promise<void> {
    const st = r.current;
    if (st.flushing || st.queue.length === 0 || !st.pairing) return;
    if (typeof navigator !== "undefined" && !navigator.onLine) return scheduleFlush();
    st.flushing = true;
    setSyncing(true);
    try {
      while (r.current.queue.length > 0) {
        const q = r.current.queue;
        const batch = q.slice(0, BATCH_MAX);
        const rest = q.slice(batch.length);
        const res = await deviceCall<{
          results: {
            clientDocId: string | null;
            status: "accepted" | "duplicate" | "rejected";
            document?: ApiDocument;
            error?: { code: string; message: string; details?: PosError & { expectedSeq?: number } };
          }[];
          nextExpectedSeq: number;
        }>(creds(), "POST", "/documents:batch", {
          documents: batch.map(({ hash: _hash, ...e }) => e),
          queue: {
            remaining: rest.length,
            oldestCreatedAt: rest[0]?.createdAt ?? null,
            offlineSince: rest.length > 0 ? r.current.offlineSince : null,
          },
        });
        setOnline(true);
        r.current.failures = 0;
        let done = 0;
        let rejected: PosError | null = null;
        for (const [n, result] of res.results.entries()) {
          if (result.status === "rejected") {
            rejected = {
              code: result.error?.code ?? "INTERNAL_ERROR",
              message: result.error?.message ?? "Непредвиденная ошибка на сервере",
            };
            break;
          }
          done = n + 1;
          const entry = batch[n];
          const old = r.current.history.find((h) => h.clientDocId === entry.clientDocId);
          if (result.document) {
            const rec = recordFromDoc(result.document, old?.kind ?? entry.kind, old?.type ?? entry.kind, {
              payload: old?.payload,
              basisClientDocId: old?.basisClientDocId ?? null,
            });
            upsertHistory(rec);
          }
        }
        let left = r.current.queue.slice(done);
        // An entry first tried online whose answer was lost is a «duplicate» of the server's
        // online document, which has another hash: re-chain what follows before sending it.
        const last = done > 0 ? res.results[done - 1].document : undefined;
        if (last && last.deviceSeq !== null && last.hash !== batch[done - 1].hash && left.length > 0)
          left = await rechain(left, last.hash);
        setQueue(left);
        if (rejected) {
          setError(rejected);
          break;
        }
      }
      if (r.current.queue.length === 0) {
        setOfflineSince(null);
        await refreshInfo();
      }
    } catch (e) {
      if (e instanceof NetworkError) {
        markOffline();
        r.current.failures += 1;
        scheduleFlush();
      } else {
        const err = toError(e);
        setError(err);
        if (err.code === "CASHIER_SESSION_INVALID") setSession(null);
      }
    } finally {
      r.current.flushing = false;
      setSyncing(false);
    }
  }

  /** Re-signs queued entries on a new chain head (their content changes only in prevHash). */
  async function rechain(entries: QueueEntry[], head: string): Promise<QueueEntry[]> {
    const i = r.current.info;
    const p = r.current.pairing;
    if (!i || !p) return entries;
    const out: QueueEntry[] = [];
    let prev = head;
    for (const e of entries) {
      const sealed = await webSealOfflineEntry(
        keyFromText(p.key),
        {
          cashboxId: i.cashbox.id,
          country: i.organization.country,
          timeZone: i.organization.timezone,
          cashierId: e.cashierId,
          vatRates: vatRowsOf(i),
        },
        {
          kind: e.kind,
          deviceSeq: e.deviceSeq,
          prevHash: prev,
          createdAt: e.createdAt,
          payload: e.payload,
        } as Parameters<typeof webSealOfflineEntry>[2],
      );
      out.push({ ...e, prevHash: prev, autonomousSign: sealed.autonomousSign, hash: sealed.hash });
      const rec = r.current.history.find((h) => h.clientDocId === e.clientDocId);
      if (rec)
        upsertHistory({
          ...rec,
          fiscalSign: sealed.autonomousSign,
          printLines: rec.printLines.map((l) =>
            l.text === `ФП: ${rec.fiscalSign}` ? { ...l, text: `ФП: ${sealed.autonomousSign}` } : l,
          ),
        });
      prev = sealed.hash;
    }
    setChain({ seq: r.current.chain.seq, hash: prev });
    return out;
  }

  // network events, periodic retry and heartbeat
  useEffect(() => {
    if (!ready) return;
    // the queue goes up before any other call: the server counts any other call as «online with
    // nothing to upload» (the 72-hour offline limit), so it must not come first
    const goOnline = () => {
      setOnline(true);
      r.current.failures = 0;
      void flush().then(() => refreshInfo());
    };
    const goOffline = () => markOffline();
    window.addEventListener("online", goOnline);
    window.addEventListener("offline", goOffline);
    const every = setInterval(() => {
      if (r.current.queue.length > 0) void flush();
      else if (r.current.session && navigator.onLine) void refreshInfo();
    }, 30_000);
    const kick = setTimeout(() => {
      if (!navigator.onLine) return;
      void (async () => {
        await flush();
        await refreshInfo();
        if (r.current.session) await syncNomenclature();
      })();
    }, 0);
    return () => {
      clearTimeout(kick);
      window.removeEventListener("online", goOnline);
      window.removeEventListener("offline", goOffline);
      clearInterval(every);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);

  /** When offline work must stop: 72 hours after the last online contact (docs/device-api.md §6), or null. */
  const blockAt =
    queue.length > 0 || !online
      ? onlineAt !== null
        ? onlineAt + OFFLINE_MAX_MS - OFFLINE_LIMIT_MARGIN_MS
        : queue.length > 0
          ? new Date(queue[0].createdAt).getTime() + OFFLINE_MAX_MS
          : null
      : null;

  return {
    ready,
    pairing,
    session,
    info,
    nom,
    queue,
    history,
    settings,
    online,
    syncing,
    error,
    blockAt,
    setError,
    updateSettings,
    pair,
    unpair,
    signIn,
    signOut,
    refreshInfo,
    syncNomenclature,
    sellReceipt,
    cashOperation,
    openShift,
    xReport,
    zReport,
    cancelLast,
    duplicate,
    listReceipts,
    documentLines,
    sendEmail,
    flush,
  };
}

export type Pos = ReturnType<typeof usePos>;
