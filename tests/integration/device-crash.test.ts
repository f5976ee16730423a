// Crash in the middle of an offline batch: the production server (a child process group, see
// device-harness.ts for the build) is SIGKILLed while it applies a 200-document batch. After a
// restart: every acknowledged document is still there, no half document exists (a receipt without
// its lines, lines not adding up to the total, the journal head ahead of or behind the documents),
// verifyJournal finds the journal intact, and sending the whole batch again stores each document
// exactly once (the ones that made it before the crash come back as duplicates).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sealOfflineEntry, type OfflineEntry } from "@/lib/device/offline-sign";
import { verifyJournal } from "@/lib/device/verify-journal";
import { GENESIS_HASH } from "@/lib/fiscal/sign";
import { deviceFixture, type DeviceFixture } from "./device-fixture";
import { DEVICE_KEY_SECRET, ensureBuild, freePort } from "./device-harness";
import { db } from "./helpers";
import { unsafeOrganizationId } from "@/lib/tenant/context";

const root = path.resolve(__dirname, "../..");
const dist = process.env.KASSA_DEVICE_TEST_DIST ?? ".next-device-test";
let server: ChildProcess | null = null;
let base = "";
let log = "";

async function startServer() {
  const port = await freePort();
  base = `http://127.0.0.1:${port}/api/device/v1`;
  log = "";
  // its own process group, so SIGKILL reaches whatever `next start` forks
  server = spawn(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        KASSA_DIST_DIR: dist,
        KASSA_JOBS: "0",
        KASSA_DEVICE_KEY_SECRET: process.env.KASSA_DEVICE_KEY_SECRET ?? DEVICE_KEY_SECRET,
        NEXTAUTH_SECRET: "device-tests",
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        APP_URL: `http://127.0.0.1:${port}`,
      },
    },
  );
  server.stdout!.on("data", (d) => (log += d));
  server.stderr!.on("data", (d) => (log += d));
  const until = Date.now() + 90_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/openapi.json`)).ok) return;
    } catch {
      /* not up yet */
    }
    if (server.exitCode !== null || Date.now() > until)
      throw new Error(`next start did not come up:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function killServer(signal: NodeJS.Signals) {
  const s = server;
  if (!s || s.exitCode !== null || s.signalCode !== null) return;
  const exited = new Promise((r) => s.once("exit", r));
  try {
    process.kill(-s.pid!, signal);
  } catch {
    /* already gone */
  }
  await exited;
  server = null;
}

let f: DeviceFixture;
let session = "";

beforeAll(async () => {
  ensureBuild(dist);
  f = await deviceFixture("RU");
  await startServer();
  const r = await fetch(`${base}/session`, {
    method: "POST",
    headers: { authorization: `Bearer ${f.token}`, "content-type": "application/json" },
    body: JSON.stringify({ pin: "1234" }),
  });
  expect(r.status).toBe(201);
  session = (await r.json()).sessionToken;
}, 900_000);

afterAll(async () => {
  await killServer("SIGTERM");
});

function offlineDocuments(from: { seq: number; hash: string }, count: number, startAt: number) {
  let { seq, hash } = from;
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const createdAt = new Date(startAt + i * 1000).toISOString();
    const n = seq + 1;
    const items = [1, 2, 3, 4, 5].map((k) => ({
      name: `Товар ${k}`,
      unit: { code: k === 3 ? "11" : "0" },
      price: 1000 * k + i,
      quantity: k === 3 ? "0.750" : "1",
      vatRate: k % 2 ? "VAT22" : "VAT10",
    }));
    const total = items.reduce(
      (s, it) => s + Math.floor((it.price * (it.quantity === "1" ? 1000 : 750) + 500) / 1000),
      0,
    );
    const entry: OfflineEntry =
      n === 1
        ? { kind: "shift_open", deviceSeq: n, prevHash: hash, createdAt }
        : {
            kind: "receipt",
            deviceSeq: n,
            prevHash: hash,
            createdAt,
            payload: { type: "sale", items, payments: [{ type: "card", amount: total }] },
          };
    const sealed = sealOfflineEntry({
      key: f.key,
      cashboxId: f.cashboxId,
      country: f.country,
      timeZone: f.timezone,
      cashierId: f.cashierId,
      entry,
    });
    out.push({
      ...entry,
      clientDocId: randomUUID(),
      offline: true,
      autonomousSign: sealed.autonomousSign,
      cashierId: f.cashierId,
    });
    seq = n;
    hash = sealed.hash;
  }
  return { documents: out, head: { seq, hash } };
}

async function upload(documents: Record<string, unknown>[]) {
  const r = await fetch(`${base}/documents:batch`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${f.token}`,
      "x-cashier-session": session,
      "content-type": "application/json",
    },
    body: JSON.stringify({ documents, queue: { remaining: 0 } }),
  });
  return { status: r.status, body: await r.json() };
}

const countDocs = () =>
  db().fiscalDocument.count({ where: { organizationId: f.orgId, cashboxId: f.cashboxId } });

/** No half documents: lines present and adding up, journal head equal to the last document. */
async function expectConsistent() {
  const docs = await db().fiscalDocument.findMany({
    where: { organizationId: f.orgId, cashboxId: f.cashboxId },
    orderBy: { number: "asc" },
    select: {
      id: true,
      type: true,
      number: true,
      deviceSeq: true,
      hash: true,
      total: true,
      clientDocId: true,
    },
  });
  const lines = await db().receiptLine.groupBy({
    by: ["documentId"],
    where: { organizationId: f.orgId, documentId: { in: docs.map((d) => d.id) } },
    _count: { _all: true },
    _sum: { total: true },
  });
  const byDoc = new Map(lines.map((l) => [l.documentId, l]));
  for (const d of docs) {
    if (d.type === "SALE") {
      expect(byDoc.get(d.id)?._count._all, `document ${d.number} has its 5 lines`).toBe(5);
      expect(byDoc.get(d.id)?._sum.total, `lines of ${d.number} add up`).toBe(d.total);
    } else expect(byDoc.has(d.id)).toBe(false);
  }
  const journal = await db().cashboxJournal.findFirstOrThrow({ where: { cashboxId: f.cashboxId } });
  const last = docs.at(-1);
  expect(journal.lastNumber).toBe(last?.number ?? 0);
  expect(Number(journal.lastDeviceSeq)).toBe(Number(last?.deviceSeq ?? 0));
  expect(journal.lastHash).toBe(last?.hash ?? GENESIS_HASH);
  expect(new Set(docs.map((d) => d.clientDocId)).size).toBe(docs.length);
  const report = await verifyJournal(f.cashboxId, unsafeOrganizationId(f.orgId));
  expect(report.problems).toEqual([]);
  return docs;
}

describe("crash in the middle of an offline batch", () => {
  it("loses no acknowledged document, stores no half document, and a resend stores each document once", async () => {
    const start = Date.now() - 6 * 3600_000;
    // 1. an acknowledged batch of 50
    const first = offlineDocuments({ seq: 0, hash: GENESIS_HASH }, 50, start);
    const r1 = await upload(first.documents);
    expect(r1.status).toBe(200);
    expect(r1.body.results.every((x: { status: string }) => x.status === "accepted")).toBe(true);
    const acknowledged = first.documents.map((d) => d.clientDocId as string);

    // 2. a batch of 200, killed while it is being applied
    const big = offlineDocuments(first.head, 200, start + 60_000);
    const sent = upload(big.documents).then(
      (r) => ({ answered: true as const, r }),
      (e) => ({ answered: false as const, e }),
    );
    let seen = 50;
    const until = Date.now() + 120_000;
    while (seen <= 50 + 5 && Date.now() < until) {
      seen = await countDocs();
      await new Promise((r) => setTimeout(r, 2));
    }
    await killServer("SIGKILL");
    const outcome = await sent;
    const atKill = await countDocs();
    // the kill landed inside the batch: part of it stored, not all, and no answer reached the device
    expect(outcome.answered, "the batch must not have finished before the kill").toBe(false);
    expect(atKill).toBeGreaterThan(50);
    expect(atKill).toBeLessThan(250);

    // 3. after a restart: acknowledged documents all there, nothing half-written
    await startServer();
    const stored = await expectConsistent();
    const ids = new Set(stored.map((d) => d.clientDocId));
    for (const id of acknowledged) expect(ids.has(id)).toBe(true);
    // what was stored of the big batch is a prefix of it (documents apply in deviceSeq order)
    const bigIds = big.documents.map((d) => d.clientDocId as string);
    const storedOfBig = bigIds.filter((id) => ids.has(id)).length;
    expect(bigIds.slice(0, storedOfBig).every((id) => ids.has(id))).toBe(true);
    const info = await fetch(`${base}/cashbox`, { headers: { authorization: `Bearer ${f.token}` } }).then(
      (r) => r.json(),
    );
    expect(info.lastDeviceSeq).toBe(50 + storedOfBig);

    // 4. the device did not get an answer, so it sends the whole batch again: each document once
    const r2 = await upload(big.documents);
    expect(r2.status).toBe(200);
    const statuses = r2.body.results.map((x: { status: string }) => x.status);
    expect(statuses.slice(0, storedOfBig).every((s: string) => s === "duplicate")).toBe(true);
    expect(statuses.slice(storedOfBig).every((s: string) => s === "accepted")).toBe(true);
    const final = await expectConsistent();
    expect(final.length).toBe(250);
    expect(r2.body.nextExpectedSeq).toBe(251);
  }, 600_000);
});
