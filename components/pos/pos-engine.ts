// The web cashier's engine outside React: its state (lib/pos/state.ts, a pure reducer) kept in
// IndexedDB, pairing, the cashier session, cashbox info and the nomenclature cache; the offline
// queue (lib/pos/offline-queue.ts) and its upload (lib/pos/sync.ts); fiscal documents are in
// pos-documents.ts. usePos (use-pos.ts) subscribes React to it.
import { deviceCall, NetworkError, toPosError, type Credentials, type PosError } from "@/lib/pos/api";
import {
  DEFAULT_SETTINGS,
  recordFromDoc,
  type CashboxInfo,
  type DocRecord,
  type NomItem,
  type PosSettings,
  type Session,
} from "@/lib/pos/model";
import { keySigner, OfflineQueue, type KeyValueStore } from "@/lib/pos/offline-queue";
import type { Pairing } from "@/lib/pos/pairing";
import { initialPosState, posReducer, type PosAction, type PosState } from "@/lib/pos/state";
import { kvClear, kvGet, kvSet } from "@/lib/pos/storage";
import { createSync, type BatchAnswer, type Sync } from "@/lib/pos/sync";
import { resignedRecord } from "./offline-print";
import { createDocuments, type PosCore } from "./pos-documents";

export const LOCALE_KEY = "kassa-pos-locale";

const idbStore: KeyValueStore = { get: kvGet, set: kvSet };
/** what the reducer's state keeps in IndexedDB (the queue keeps its own keys) */
const PERSISTED = ["pairing", "session", "info", "nom", "history", "settings"] as const;
const networkUp = () => typeof navigator === "undefined" || navigator.onLine;

type NomPage = { items: NomItem[]; nextCursor: string; hasMore: boolean };

/** What this browser kept, as the reducer's «loaded» state. */
async function loadKept(queue: OfflineQueue, fallback: PosSettings) {
  const [pairing, session, info, nom, nomCursor, history, settings] = await Promise.all([
    kvGet<Pairing>("pairing"),
    kvGet<Session>("session"),
    kvGet<CashboxInfo>("info"),
    kvGet<NomItem[]>("nom"),
    kvGet<string>("nomCursor"),
    kvGet<DocRecord[]>("history"),
    kvGet<PosSettings>("settings"),
  ]);
  const q = await queue.load();
  const state = {
    pairing: pairing ?? null,
    session: session && new Date(session.expiresAt).getTime() > Date.now() ? session : null,
    info: info ?? null,
    nom: nom ?? [],
    queue: q.entries,
    onlineAt: q.onlineAt,
    history: history ?? [],
    settings: settings ? { ...DEFAULT_SETTINGS, ...settings } : fallback,
    online: networkUp(),
  };
  return { state, nomCursor: nomCursor ?? "0" };
}

export class PosEngine implements PosCore {
  state: PosState = initialPosState;
  private nomCursor = "0";
  private readonly listeners = new Set<() => void>();
  readonly queue = new OfflineQueue(idbStore, (q) =>
    this.apply({ type: "queue", queue: q.entries, onlineAt: q.onlineAt }),
  );
  readonly sync: Sync = createSync({
    queue: this.queue,
    upload: (body) => deviceCall<BatchAnswer>(this.creds(), "POST", "/documents:batch", body),
    signing: () => {
      const { pairing, info } = this.state;
      return pairing && info ? { sign: keySigner(pairing.key), info } : null;
    },
    paired: () => !!this.state.pairing,
    networkUp,
    onDocument: (entry, doc) => {
      const old = this.state.history.find((h) => h.clientDocId === entry.clientDocId);
      const extra = { payload: old?.payload, basisClientDocId: old?.basisClientDocId ?? null };
      this.upsert(recordFromDoc(doc, old?.kind ?? entry.kind, old?.type ?? entry.kind, extra));
    },
    onResigned: (before, after) => {
      const rec = this.state.history.find((h) => h.clientDocId === before.clientDocId);
      if (rec) this.upsert(resignedRecord(rec, after.autonomousSign));
    },
    onSyncing: (syncing) => this.apply({ type: "syncing", syncing }),
    onOnline: () => this.apply({ type: "online", online: true }),
    onOffline: () => this.markOffline(),
    onRejected: (e) => this.setError(e),
    onError: (e) => this.fail(e),
    onDrained: () => this.refreshInfo(),
  });
  private readonly documents = createDocuments(this);

  // ---- the store React subscribes to ----------------------------------------------------------
  getState = () => this.state;
  getServerState = () => initialPosState;
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  apply(action: PosAction) {
    const before = this.state;
    this.state = posReducer(before, action);
    if (action.type !== "loaded")
      for (const k of PERSISTED) if (this.state[k] !== before[k]) void kvSet(k, this.state[k]);
    this.listeners.forEach((l) => l());
  }

  creds(): Credentials {
    return { token: this.state.pairing?.token ?? "", session: this.state.session?.sessionToken ?? null };
  }
  setError = (error: PosError | null) => this.apply({ type: "error", error });
  private setSession = (session: Session | null) => this.apply({ type: "session", session });
  private upsert = (record: DocRecord) => this.apply({ type: "record", record });

  /** A refusal is shown; an expired session sends the cashier back to the PIN. */
  fail(err: PosError) {
    this.setError(err);
    if (err.code === "CASHIER_SESSION_INVALID") this.setSession(null);
  }
  markOffline = () => {
    this.apply({ type: "online", online: false });
    this.queue.markOffline(new Date().toISOString());
  };

  // ---- start-up and the network ---------------------------------------------------------------
  async load() {
    const kept = await loadKept(this.queue, this.state.settings);
    this.nomCursor = kept.nomCursor;
    this.apply({ type: "loaded", state: kept.state });
  }

  /** Network events, the periodic retry and heartbeat; returns the cleanup. */
  connect() {
    // the queue goes up before any other call: the server counts any other call as «online with
    // nothing to upload» (the 72-hour offline limit), so it must not come first
    const goOnline = () => {
      this.apply({ type: "online", online: true });
      this.sync.resetFailures();
      void this.sync.flush().then(() => this.refreshInfo());
    };
    window.addEventListener("online", goOnline);
    window.addEventListener("offline", this.markOffline);
    const every = setInterval(() => {
      if (this.queue.length > 0) void this.sync.flush();
      else if (this.state.session && navigator.onLine) void this.refreshInfo();
    }, 30_000);
    const kick = setTimeout(() => {
      if (!navigator.onLine) return;
      void (async () => {
        await this.sync.flush();
        await this.refreshInfo();
        if (this.state.session) await this.syncNomenclature();
      })();
    }, 0);
    return () => {
      clearTimeout(kick);
      window.removeEventListener("online", goOnline);
      window.removeEventListener("offline", this.markOffline);
      clearInterval(every);
    };
  }

  // ---- cashbox info and nomenclature ----------------------------------------------------------
  refreshInfo = async (): Promise<CashboxInfo | null> => {
    if (!this.state.pairing) return null;
    try {
      const info = await deviceCall<CashboxInfo>(this.creds(), "GET", "/cashbox");
      this.apply({ type: "info", info });
      this.apply({ type: "online", online: true });
      this.queue.noteOnline();
      this.queue.followServer({ seq: info.lastDeviceSeq, hash: info.lastHash });
      return info;
    } catch (e) {
      if (e instanceof NetworkError) this.markOffline();
      else throw e;
      return null;
    }
  };

  syncNomenclature = async (full = false) => {
    if (!this.state.pairing) return;
    let cursor = full ? "0" : this.nomCursor;
    const byId = new Map((full ? [] : this.state.nom).map((i) => [i.id, i]));
    try {
      for (let page = 0; page < 200; page++) {
        const path = `/nomenclature?since=${cursor}&limit=1000`;
        const res = await deviceCall<NomPage>(this.creds(), "GET", path);
        for (const it of res.items) {
          if (it.archived) byId.delete(it.id);
          else byId.set(it.id, it);
        }
        cursor = res.nextCursor;
        if (!res.hasMore) break;
      }
      this.nomCursor = cursor;
      const nom = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, "ru"));
      this.apply({ type: "nom", nom });
      await kvSet("nomCursor", cursor);
    } catch (e) {
      if (e instanceof NetworkError) this.markOffline();
    }
  };

  // ---- pairing and sign-in --------------------------------------------------------------------
  pair = async (p: Pairing): Promise<PosError | null> => {
    try {
      const info = await deviceCall<CashboxInfo>({ token: p.token }, "GET", "/cashbox");
      await kvClear();
      this.nomCursor = "0";
      this.queue.reset({ seq: info.lastDeviceSeq, hash: info.lastHash });
      this.apply({ type: "paired", pairing: p, info });
      void kvSet("settings", this.state.settings);
      return null;
    } catch (e) {
      return toPosError(e);
    }
  };

  unpair = async () => {
    if (this.state.session) await deviceCall(this.creds(), "DELETE", "/session").catch(() => {});
    await kvClear();
    this.nomCursor = "0";
    this.queue.reset();
    this.apply({ type: "unpaired" });
    void kvSet("settings", this.state.settings);
  };

  signIn = async (pin: string): Promise<PosError | null> => {
    try {
      this.setSession(await deviceCall<Session>(this.creds(), "POST", "/session", { pin }));
      void this.refreshInfo().then(() => this.syncNomenclature());
      void this.sync.flush();
      return null;
    } catch (e) {
      return toPosError(e);
    }
  };

  signOut = async () => {
    await deviceCall(this.creds(), "DELETE", "/session").catch(() => {});
    this.setSession(null);
  };

  updateSettings = (settings: PosSettings) => {
    this.apply({ type: "settings", settings });
    try {
      localStorage.setItem(LOCALE_KEY, settings.locale);
      window.dispatchEvent(new Event("kassa-pos-locale"));
    } catch {
      /* storage unavailable */
    }
  };

  /** What the screens may do. */
  get actions() {
    const { setError, updateSettings, pair, unpair, signIn, signOut, refreshInfo, syncNomenclature } = this;
    const more = { setError, updateSettings, pair, unpair, signIn, signOut, refreshInfo, syncNomenclature };
    return { ...more, flush: this.sync.flush, ...this.documents };
  }
}
