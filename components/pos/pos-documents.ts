// Fiscal documents of the web cashier: online through the device API, or, without a network,
// signed in the browser (lib/pos/offline-queue.ts) and queued for upload (lib/pos/sync.ts);
// clientDocId makes every upload exactly-once. Also the journal's look-ups: duplicates, the
// server's list of documents, printed forms, sending a receipt by e-mail.
import { DEVICE_ERRORS } from "@/lib/device/errors";
import {
  deviceCall,
  localIso,
  NETWORK_ERROR,
  NetworkError,
  toPosError,
  uuidv7,
  type Credentials,
  type PosError,
} from "@/lib/pos/api";
import {
  recordFromDoc,
  type ApiDocument,
  type CashboxInfo,
  type DocRecord,
  type PrintLine,
  type QueueEntry,
  type ReceiptPayloadBody,
  type ServerReceiptPage,
} from "@/lib/pos/model";
import { infoAfterOffline, keySigner, sealOfflineDocument, type OfflineQueue } from "@/lib/pos/offline-queue";
import type { PosAction, PosState } from "@/lib/pos/state";
import type { Sync } from "@/lib/pos/sync";
import { offlineRecord } from "./offline-print";

/** What the documents need of the engine (pos-engine.ts). */
export interface PosCore {
  readonly state: PosState;
  apply: (action: PosAction) => void;
  queue: OfflineQueue;
  sync: Sync;
  creds: () => Credentials;
  fail: (err: PosError) => void;
  markOffline: () => void;
  refreshInfo: () => Promise<CashboxInfo | null>;
}

interface DocumentRequest {
  kind: QueueEntry["kind"];
  type: string;
  path: string;
  payload?: Record<string, unknown>;
  extra?: Partial<DocRecord>;
  offlineAllowed?: boolean;
}

export type DocumentResult = { record: DocRecord; report?: unknown } | null;

const duplicateMark = (rec: DocRecord): PrintLine[] => [
  { text: "ДУБЛИКАТ", style: "bold_center", kind: "text" },
  ...rec.printLines,
];

const setError = (core: PosCore, error: PosError | null) => core.apply({ type: "error", error });
const canTryOnline = (core: PosCore) =>
  core.queue.length === 0 && (typeof navigator === "undefined" || navigator.onLine);

async function online(core: PosCore, req: DocumentRequest, clientDocId: string, createdAt: string) {
  const res = await deviceCall<{ document: ApiDocument; cashInDrawer?: number; report?: unknown }>(
    core.creds(),
    "POST",
    req.path,
    { clientDocId, createdAt, ...(req.payload ?? {}) },
    clientDocId,
  );
  const doc = res.document;
  if (doc.deviceSeq !== null) core.queue.setChain({ seq: doc.deviceSeq, hash: doc.hash });
  core.apply({ type: "online", online: true });
  const cancel = req.type === "cancel";
  const record = recordFromDoc(doc, cancel ? "cancel" : req.kind, cancel ? doc.type : req.type, req.extra);
  core.apply({ type: "record", record });
  await core.refreshInfo();
  return { record, report: res.report };
}

async function offline(core: PosCore, req: DocumentRequest, clientDocId: string, createdAt: string) {
  const { info, session, pairing, history } = core.state;
  if (!info || !session || !pairing)
    return { code: "CASHIER_SESSION_INVALID", message: "Сессия кассира истекла, войдите снова" };
  const doc = { kind: req.kind, clientDocId, createdAt, payload: req.payload };
  const sealed = await sealOfflineDocument(
    keySigner(pairing.key),
    info,
    session.cashier,
    core.queue.head,
    doc,
  );
  if ("code" in sealed) return sealed;
  core.queue.append(sealed.entry);
  core.apply({ type: "info", info: infoAfterOffline(info, sealed, session.cashier.name) });
  const print = {
    info,
    cashierName: session.cashier.name,
    history,
    // the queue already holds this entry: the documents before it are the others
    queuedBefore: core.queue.length - 1,
    type: req.type,
    doc: sealed,
    appBase: window.location.origin,
  };
  const record = offlineRecord(print, req.extra ?? {});
  core.apply({ type: "record", record });
  return record;
}

/** Runs one fiscal document: online when possible, else signed here and queued. */
async function runDocument(core: PosCore, req: DocumentRequest): Promise<DocumentResult> {
  setError(core, null);
  const clientDocId = uuidv7();
  const createdAt = localIso();
  if (canTryOnline(core)) {
    try {
      return await online(core, req, clientDocId, createdAt);
    } catch (e) {
      if (!(e instanceof NetworkError)) {
        core.fail(toPosError(e));
        return null;
      }
      core.markOffline();
      // the request may still have reached the server: the same clientDocId goes into the
      // queue, and the batch answers «duplicate» with the first document if it did
    }
  }
  if (req.offlineAllowed === false) {
    setError(core, { ...NETWORK_ERROR });
    return null;
  }
  // the 72-hour offline limit: at zero no more documents, only connecting and uploading helps
  if (core.queue.limitReached()) {
    setError(core, {
      code: "CASHBOX_OFFLINE_TOO_LONG",
      message: DEVICE_ERRORS.CASHBOX_OFFLINE_TOO_LONG.message,
    });
    return null;
  }
  const out = await offline(core, req, clientDocId, createdAt);
  if ("code" in out) {
    setError(core, out);
    return null;
  }
  core.sync.schedule();
  return { record: out };
}

async function duplicate(core: PosCore, rec: DocRecord): Promise<PrintLine[] | null> {
  if (!rec.serverId || !navigator.onLine) return duplicateMark(rec);
  try {
    const path = `/receipts/${rec.serverId}/duplicate`;
    const res = await deviceCall<{ print: { lines: PrintLine[] } }>(core.creds(), "GET", path);
    return res.print.lines;
  } catch (e) {
    if (e instanceof NetworkError) {
      core.markOffline();
      return duplicateMark(rec);
    }
    setError(core, toPosError(e));
    return null;
  }
}

/**
 * The cashbox's documents as the server has them (GET /receipts): made on any device, newest
 * first. null when there is no network (the caller falls back to this browser's history).
 */
async function listReceipts(
  core: PosCore,
  query: Record<string, string>,
): Promise<ServerReceiptPage | PosError | null> {
  if (typeof navigator !== "undefined" && !navigator.onLine) return null;
  try {
    return await deviceCall<ServerReceiptPage>(
      core.creds(),
      "GET",
      `/receipts?${new URLSearchParams(query)}`,
    );
  } catch (e) {
    if (e instanceof NetworkError) {
      core.markOffline();
      return null;
    }
    const err = toPosError(e);
    if (err.code === "CASHIER_SESSION_INVALID") core.apply({ type: "session", session: null });
    return err;
  }
}

/** The printed form of a document: kept here when this browser made it, else the server's. */
async function documentLines(core: PosCore, rec: DocRecord): Promise<PrintLine[] | null> {
  const own = core.state.history.find((h) => h.clientDocId === rec.clientDocId);
  if (own && own.printLines.length > 0) return own.printLines;
  if (rec.printLines.length > 0 || !rec.serverId) return rec.printLines;
  try {
    const res = await deviceCall<{ document: ApiDocument }>(core.creds(), "GET", `/receipts/${rec.serverId}`);
    return res.document.print.lines;
  } catch (e) {
    if (e instanceof NetworkError) core.markOffline();
    setError(core, toPosError(e));
    return null;
  }
}

async function sendEmail(core: PosCore, rec: DocRecord, email: string): Promise<PosError | null> {
  if (!rec.serverId) return { ...NETWORK_ERROR };
  try {
    await deviceCall(core.creds(), "POST", `/receipts/${rec.serverId}/send`, { email });
    return null;
  } catch (e) {
    return toPosError(e);
  }
}

export function createDocuments(core: PosCore) {
  const run = (req: DocumentRequest) => runDocument(core, req);
  return {
    sellReceipt: (payload: ReceiptPayloadBody, basisClientDocId?: string | null) =>
      run({
        kind: "receipt",
        type: payload.type,
        path: "/receipts",
        payload: payload as unknown as Record<string, unknown>,
        extra: { payload, basisClientDocId: basisClientDocId ?? null },
      }),
    cashOperation: (type: "deposit" | "withdrawal", amount: number) =>
      run({ kind: "cash_operation", type, path: "/cash-operations", payload: { type, amount } }),
    openShift: () => run({ kind: "shift_open", type: "shift_open", path: "/shifts" }),
    xReport: () => run({ kind: "x_report", type: "x_report", path: "/shifts/current/x-report" }),
    zReport: () => run({ kind: "z_report", type: "z_report", path: "/shifts/current/close" }),
    // offline there is nothing to cancel against: the server decides what «last» is
    cancelLast: () =>
      run({
        kind: "receipt",
        type: "cancel",
        path: "/operations/cancel-last",
        offlineAllowed: false,
      }),
    duplicate: (rec: DocRecord) => duplicate(core, rec),
    listReceipts: (query: Record<string, string>) => listReceipts(core, query),
    documentLines: (rec: DocRecord) => documentLines(core, rec),
    sendEmail: (rec: DocRecord, email: string) => sendEmail(core, rec, email),
  };
}
