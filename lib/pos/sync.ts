// Uploading the offline queue (POST /documents:batch, at most BATCH_MAX a request, in order) with
// retries on a growing delay, and applying the answers: accepted and duplicate documents become
// journal records, a rejection stops the upload and is shown, an entry first tried online whose
// answer was lost re-chains what follows it. The API, the clock and the callbacks are passed in,
// so the loop is testable with a fake API (sync.test.ts).
import { NetworkError, toPosError, type PosError } from "./api";
import type { ApiDocument, CashboxInfo, QueueEntry } from "./model";
import { rechainEntries, type OfflineQueue, type Signer } from "./offline-queue";

export const BATCH_MAX = 200;

/** The delay before the next try: 2 s, doubling with every failure, at most a minute. */
export function backoffMs(failures: number): number {
  return Math.min(60_000, 2_000 * 2 ** Math.min(failures, 5));
}

export interface BatchResult {
  clientDocId: string | null;
  status: "accepted" | "duplicate" | "rejected";
  document?: ApiDocument;
  error?: { code: string; message: string; details?: PosError & { expectedSeq?: number } };
}

export interface BatchAnswer {
  results: BatchResult[];
  nextExpectedSeq: number;
}

export type BatchBody = ReturnType<OfflineQueue["batch"]>["body"];

export interface SyncDeps {
  queue: OfflineQueue;
  /** POST /documents:batch (throws NetworkError without an answer) */
  upload: (body: BatchBody) => Promise<BatchAnswer>;
  /** the signer and the cashbox (for re-chaining); null while unpaired */
  signing: () => { sign: Signer; info: CashboxInfo } | null;
  /** whether there is a pairing to upload with */
  paired: () => boolean;
  /** navigator.onLine */
  networkUp: () => boolean;
  /** an uploaded entry's document as the server has it */
  onDocument: (entry: QueueEntry, doc: ApiDocument) => void;
  /** an entry re-signed on a new chain head (its fiscal sign changed) */
  onResigned: (before: QueueEntry, after: QueueEntry) => void;
  onSyncing: (on: boolean) => void;
  onOnline: () => void;
  onOffline: () => void;
  /** a document the server rejected (the upload stops before it) */
  onRejected: (e: PosError) => void;
  /** the request itself was refused */
  onError: (e: PosError) => void;
  /** everything is uploaded */
  onDrained: () => Promise<unknown>;
  timers?: { set: (fn: () => void, ms: number) => unknown; clear: (id: unknown) => void };
}

/** Applies one batch answer; returns how many entries are done and the first rejection. */
function applyAnswer(deps: SyncDeps, batch: QueueEntry[], res: BatchAnswer) {
  let done = 0;
  for (const [n, result] of res.results.entries()) {
    if (result.status === "rejected") {
      const rejected: PosError = {
        code: result.error?.code ?? "INTERNAL_ERROR",
        message: result.error?.message ?? "Непредвиденная ошибка на сервере",
      };
      return { done, rejected };
    }
    done = n + 1;
    if (result.document) deps.onDocument(batch[n], result.document);
  }
  return { done, rejected: null };
}

/** Uploads the queue batch by batch; returns the first rejection, or null when all went up. */
export async function uploadQueue(deps: SyncDeps): Promise<PosError | null> {
  const { queue } = deps;
  while (queue.length > 0) {
    const { batch, body } = queue.batch(BATCH_MAX);
    const res = await deps.upload(body);
    deps.onOnline();
    const { done, rejected } = applyAnswer(deps, batch, res);
    let left = queue.entries.slice(done);
    // An entry first tried online whose answer was lost is a «duplicate» of the server's online
    // document, which has another hash: re-chain what follows before sending it.
    const last = done > 0 ? res.results[done - 1].document : undefined;
    const signing = deps.signing();
    if (last && last.deviceSeq !== null && last.hash !== batch[done - 1].hash && left.length > 0 && signing) {
      const resigned = await rechainEntries(signing.sign, signing.info, left, last.hash);
      resigned.forEach((e, i) => deps.onResigned(left[i], e));
      left = resigned;
      queue.replace(left, left[left.length - 1].hash);
    } else queue.replace(left);
    if (rejected) return rejected;
  }
  return null;
}

export function createSync(deps: SyncDeps) {
  const timers = deps.timers ?? {
    set: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clear: (id: unknown) => clearTimeout(id as ReturnType<typeof setTimeout>),
  };
  let failures = 0;
  let flushing = false;
  let timer: unknown = null;

  function schedule(delay?: number) {
    if (timer !== null) timers.clear(timer);
    timer = timers.set(() => void flush(), delay ?? backoffMs(failures));
  }

  async function flush(): Promise<void> {
    if (flushing || deps.queue.length === 0 || !deps.paired()) return;
    if (!deps.networkUp()) return schedule();
    flushing = true;
    deps.onSyncing(true);
    try {
      const rejected = await uploadQueue({
        ...deps,
        onOnline: () => {
          failures = 0;
          deps.onOnline();
        },
      });
      if (rejected) deps.onRejected(rejected);
      if (deps.queue.length === 0) await deps.onDrained();
    } catch (e) {
      if (e instanceof NetworkError) {
        deps.onOffline();
        failures += 1;
        schedule();
      } else deps.onError(toPosError(e));
    } finally {
      flushing = false;
      deps.onSyncing(false);
    }
  }

  return {
    flush,
    schedule,
    /** the network is back: the next retry waits the shortest delay */
    resetFailures: () => void (failures = 0),
    get failures() {
      return failures;
    },
    stop: () => {
      if (timer !== null) timers.clear(timer);
      timer = null;
    },
  };
}

export type Sync = ReturnType<typeof createSync>;
