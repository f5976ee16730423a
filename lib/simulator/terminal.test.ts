// Issue 16.1 / 16.7: the simulated terminal retries with backoff when the server answers 503 or
// cannot be reached, and `upload` keeps its queue and says in words that the server went away
// (before: a raw `TypeError: fetch failed` stack). A small HTTP server plays the device API.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  backoffMs,
  ServerUnavailableError,
  Terminal,
  UploadInterruptedError,
  type OfflineQueue,
  type QueuedEntry,
} from "./terminal";

type Handler = (req: http.IncomingMessage, body: string, res: http.ServerResponse) => void;
let server: http.Server | null = null;

async function serve(handler: Handler): Promise<string> {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", () => handler(req, body, res));
  });
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}
async function stop() {
  if (!server) return;
  server.closeAllConnections();
  await new Promise((r) => server!.close(r));
  server = null;
}
afterEach(stop);

const json = (
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};

function queue(n: number): OfflineQueue {
  const entries = Array.from(
    { length: n },
    (_, i) => ({ kind: "receipt", clientDocId: `doc-${i}`, deviceSeq: i + 1 }) as unknown as QueuedEntry,
  );
  return { cashboxId: "c", offlineSince: new Date().toISOString(), head: { seq: n, hash: "h" }, entries };
}

function recorder() {
  const waits: number[] = [];
  const told: string[] = [];
  return {
    waits,
    told,
    policy: {
      attempts: 4,
      baseMs: 100,
      maxMs: 3000,
      sleep: async (ms: number) => void waits.push(ms),
      onRetry: (i: { reason: string }) => void told.push(i.reason),
    },
  };
}

describe("backoff", () => {
  it("doubles up to the cap, and a longer Retry-After wins", () => {
    const p = { baseMs: 500, maxMs: 4000 };
    expect([1, 2, 3, 4, 5].map((a) => backoffMs(p, a))).toEqual([500, 1000, 2000, 4000, 4000]);
    expect(backoffMs(p, 1, 3)).toBe(3000);
    expect(backoffMs(p, 1, 60)).toBe(4000);
  });
});

describe("the terminal on an unavailable server", () => {
  it("retries a 503 after Retry-After and then succeeds", async () => {
    let calls = 0;
    const url = await serve((req, _b, res) => {
      calls++;
      if (calls <= 2)
        return json(
          res,
          503,
          { error: { code: "SERVICE_UNAVAILABLE", message: "Сервер временно недоступен", requestId: "r" } },
          { "retry-after": "2" },
        );
      json(res, 200, { ok: true });
    });
    const r = recorder();
    const t = new Terminal({ url, token: "t", pin: "1234", retry: r.policy });
    const a = await t.request("GET", "/cashbox");
    expect(a.status).toBe(200);
    expect(calls).toBe(3);
    expect(r.waits).toEqual([2000, 2000]);
    expect(r.told).toEqual(["503 SERVICE_UNAVAILABLE", "503 SERVICE_UNAVAILABLE"]);
  });

  it("says in words that nobody answers, after its retries", async () => {
    const url = await serve(() => {});
    await stop(); // nothing listens on that port any more
    const r = recorder();
    const t = new Terminal({ url, token: "t", pin: "1234", retry: r.policy });
    const e = await t.request("GET", "/cashbox").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ServerUnavailableError);
    expect((e as Error).message).toBe(
      `the server at ${url} is unavailable (connection refused); tried 4 time(s)`,
    );
    expect(r.waits).toEqual([100, 200, 400]);
  });

  it("upload: the server goes away mid-upload — the queue keeps what was not acknowledged", async () => {
    let batches = 0;
    let url = "";
    url = await serve((req, body, res) => {
      if (req.url!.endsWith("/session"))
        return json(res, 201, { sessionToken: "s", cashier: { id: "x", name: "К", operationLimit: null } });
      batches++;
      const docs = JSON.parse(body).documents as unknown[];
      json(res, 200, { results: docs.map(() => ({ status: "accepted" })), nextExpectedSeq: 0 });
      // after the first batch the server goes away
      void stop();
    });
    const r = recorder();
    const t = new Terminal({ url, token: "t", pin: "1234", retry: r.policy });
    const q = queue(5);
    const e = await t.upload(q, { batchSize: 2 }).catch((x: unknown) => x);
    expect(batches).toBe(1);
    expect(e).toBeInstanceOf(UploadInterruptedError);
    const err = e as UploadInterruptedError;
    expect(err.accepted).toBe(2);
    expect(err.remaining).toBe(3);
    expect(err.message).toMatch(/^upload interrupted: the server at .* is unavailable/);
    expect(err.message).toMatch(/3 stay in the local offline queue, nothing is lost/);
    expect(err.message).not.toMatch(/TypeError|fetch failed/);
    expect(q.entries.map((x) => x.clientDocId)).toEqual(["doc-2", "doc-3", "doc-4"]);
    expect(r.waits).toEqual([100, 200, 400]);
  });

  it("retry: false reports at once (the load driver)", async () => {
    const url = await serve((_r, _b, res) =>
      json(
        res,
        503,
        { error: { code: "SERVICE_UNAVAILABLE", message: "x", requestId: "r" } },
        { "retry-after": "5" },
      ),
    );
    const t = new Terminal({ url, token: "t", pin: "1234", retry: false });
    expect((await t.request("GET", "/cashbox")).status).toBe(503);
  });
});
