// Uploading the offline queue with a fake API: batches in order, results applied, a rejection
// stops the upload, a lost online answer re-chains what follows, retries back off.
import { afterEach, describe, expect, it, vi } from "vitest";
import { NetworkError, PosApiError, type PosError } from "./api";
import type { ApiDocument, QueueEntry } from "./model";
import { keySigner, memoryStore, OfflineQueue, sealOfflineDocument, type SealedDoc } from "./offline-queue";
import {
  backoffMs,
  BATCH_MAX,
  createSync,
  uploadQueue,
  type BatchAnswer,
  type BatchBody,
  type SyncDeps,
} from "./sync";
import { TEST_KEY, testCashier, testEntry, testInfo } from "./test-fixtures";
import { WEB_GENESIS_HASH } from "./web-seal";

const doc = (e: QueueEntry, hash = e.hash): ApiDocument =>
  ({ clientDocId: e.clientDocId, id: `srv-${e.deviceSeq}`, deviceSeq: e.deviceSeq, hash }) as ApiDocument;

function queueOf(n: number) {
  const q = new OfflineQueue(memoryStore());
  let prev = WEB_GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const e = testEntry(i, prev);
    q.append(e);
    prev = e.hash;
  }
  return q;
}

/** A server that accepts everything (or answers as `answer` says), recording the bodies. */
function fakeDeps(queue: OfflineQueue, answer?: (body: BatchBody) => BatchAnswer | Promise<BatchAnswer>) {
  const bodies: BatchBody[] = [];
  const events: string[] = [];
  const docs: string[] = [];
  const errors: PosError[] = [];
  const deps: SyncDeps = {
    queue,
    upload: async (body) => {
      bodies.push(body);
      if (answer) return answer(body);
      const entries = queue.entries.slice(0, body.documents.length);
      return {
        results: entries.map((e) => ({
          clientDocId: e.clientDocId,
          status: "accepted" as const,
          document: doc(e),
        })),
        nextExpectedSeq: 0,
      };
    },
    signing: () => ({ sign: keySigner(TEST_KEY), info: testInfo() }),
    paired: () => true,
    networkUp: () => true,
    onDocument: (e) => docs.push(e.clientDocId),
    onResigned: (before) => events.push(`resigned ${before.deviceSeq}`),
    onSyncing: (on) => events.push(on ? "sync on" : "sync off"),
    onOnline: () => events.push("online"),
    onOffline: () => events.push("offline"),
    onRejected: (e) => errors.push(e),
    onError: (e) => errors.push(e),
    onDrained: async () => events.push("drained"),
  };
  return { deps, bodies, events, docs, errors };
}

afterEach(() => vi.useRealTimers());

describe("uploadQueue", () => {
  it("uploads in batches of BATCH_MAX, in order, and empties the queue", async () => {
    const q = queueOf(BATCH_MAX + 5);
    const f = fakeDeps(q);
    expect(await uploadQueue(f.deps)).toBeNull();
    expect(f.bodies.map((b) => b.documents.length)).toEqual([BATCH_MAX, 5]);
    expect(f.bodies[0].queue.remaining).toBe(5);
    expect(f.bodies[1].documents[0].deviceSeq).toBe(BATCH_MAX + 1);
    expect(f.docs).toHaveLength(BATCH_MAX + 5);
    expect(q.length).toBe(0);
    expect(q.state.offlineSince).toBeNull();
  });

  it("stops at a rejected document and keeps it and what follows", async () => {
    const q = queueOf(3);
    const f = fakeDeps(q, () => ({
      results: [
        { clientDocId: "doc-1", status: "accepted", document: doc(q.entries[0]) },
        { clientDocId: "doc-2", status: "rejected", error: { code: "INSUFFICIENT_CASH", message: "Мало" } },
      ],
      nextExpectedSeq: 2,
    }));
    expect(await uploadQueue(f.deps)).toEqual({ code: "INSUFFICIENT_CASH", message: "Мало" });
    expect(q.entries.map((e) => e.deviceSeq)).toEqual([2, 3]);
    expect(f.docs).toEqual(["doc-1"]);
  });

  it("re-chains what follows a duplicate whose server hash differs (an online answer was lost)", async () => {
    const info = testInfo();
    const sign = keySigner(TEST_KEY);
    const q = new OfflineQueue(memoryStore());
    for (const id of ["a", "b"]) {
      const out = (await sealOfflineDocument(sign, info, testCashier, q.head, {
        kind: "cash_operation",
        clientDocId: id,
        createdAt: "2026-03-01T12:00:00+03:00",
        payload: { type: "deposit", amount: 100 },
      })) as SealedDoc;
      q.append(out.entry);
    }
    const second = q.entries[1];
    let call = 0;
    const f = fakeDeps(q, (body) => {
      call += 1;
      if (call === 1)
        return {
          results: [
            { clientDocId: "a", status: "duplicate", document: doc(q.entries[0], "server-hash") },
            { clientDocId: "b", status: "rejected", error: { code: "CHAIN_BROKEN", message: "цепочка" } },
          ],
          nextExpectedSeq: 2,
        };
      expect(body.documents[0].prevHash).toBe("server-hash");
      return { results: [{ clientDocId: "b", status: "accepted" }], nextExpectedSeq: 3 };
    });
    expect(await uploadQueue(f.deps)).toMatchObject({ code: "CHAIN_BROKEN" });
    expect(q.entries[0].prevHash).toBe("server-hash");
    expect(q.entries[0].autonomousSign).not.toBe(second.autonomousSign);
    expect(q.head.prevHash).toBe(q.entries[0].hash);
    expect(f.events).toContain("resigned 2");
    expect(await uploadQueue(f.deps)).toBeNull();
    expect(q.length).toBe(0);
  });
});

describe("createSync", () => {
  it("backs off 2 s, doubling, up to a minute", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map(backoffMs)).toEqual([
      2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000,
    ]);
  });

  it("flushes, reports syncing and the drained queue", async () => {
    const q = queueOf(2);
    const f = fakeDeps(q);
    await createSync(f.deps).flush();
    expect(f.events).toEqual(["sync on", "online", "drained", "sync off"]);
  });

  it("does nothing with an empty queue or no pairing", async () => {
    const f = fakeDeps(queueOf(0));
    await createSync(f.deps).flush();
    const g = fakeDeps(queueOf(1));
    await createSync({ ...g.deps, paired: () => false }).flush();
    expect(f.bodies.length + g.bodies.length).toBe(0);
  });

  it("on a network failure goes offline and retries later, with a longer delay each time", async () => {
    vi.useFakeTimers();
    const q = queueOf(1);
    let fail = 2;
    const f = fakeDeps(q, async (body) => {
      if (fail-- > 0) throw new NetworkError();
      return { results: [{ clientDocId: "doc-1", status: "accepted" }], nextExpectedSeq: 2, body } as never;
    });
    const sync = createSync(f.deps);
    await sync.flush();
    expect(sync.failures).toBe(1);
    expect(f.events).toContain("offline");
    // one failure: the next try in 4 s; two: in 8 s
    await vi.advanceTimersByTimeAsync(backoffMs(1) - 1);
    expect(f.bodies).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(f.bodies).toHaveLength(2);
    expect(sync.failures).toBe(2);
    await vi.advanceTimersByTimeAsync(backoffMs(2));
    expect(q.length).toBe(0);
    expect(sync.failures).toBe(0);
    sync.stop();
  });

  it("waits for the browser's network before trying", async () => {
    vi.useFakeTimers();
    let up = false;
    const f = fakeDeps(queueOf(1));
    const sync = createSync({ ...f.deps, networkUp: () => up });
    await sync.flush();
    expect(f.bodies).toHaveLength(0);
    up = true;
    await vi.advanceTimersByTimeAsync(backoffMs(0));
    expect(f.bodies).toHaveLength(1);
  });

  it("shows the API's refusal of the request itself", async () => {
    const f = fakeDeps(queueOf(1), () => {
      throw new PosApiError("CASHIER_SESSION_INVALID", "Сессия истекла", 401);
    });
    await createSync(f.deps).flush();
    expect(f.errors).toEqual([{ code: "CASHIER_SESSION_INVALID", message: "Сессия истекла" }]);
    expect(f.events.at(-1)).toBe("sync off");
  });
});
