// The device write stage stays on the tenant's shard (issue 18, docs/scale-out.md): every CTE of the
// statement that stores a document (journal, document, lines, shift, rollups) names the organization
// by value. Citus runs each data-modifying CTE as a step of its own in one distributed transaction;
// each step must be a single task on the worker that holds the tenant. The statement is taken from a
// real sale through the device API and EXPLAINed with its values. On a plain PostgreSQL the same
// statement is planned by PostgreSQL itself.
process.env.KASSA_DEVICE_TEST_MODE = "inprocess";

import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closePool } from "@/lib/db/pool";
import { DeviceApi } from "./device-harness";
import { deviceFixture, type DeviceFixture } from "./device-fixture";

const api = new DeviceApi();
let f: DeviceFixture;
let admin: pg.Client;

beforeAll(async () => {
  await api.start();
  f = await deviceFixture("RU");
  admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
}, 120_000);

afterAll(async () => {
  await admin?.end();
  await closePool();
  await api.stop();
});

describe("the device write statement", () => {
  it("runs on the tenant's shard only, one task per step, on Citus", async () => {
    const s = await api.call("POST", "/session", { token: f.token, body: { pin: "1234" } });
    expect(s.status).toBe(201);
    const session = s.body.sessionToken as string;
    const open = await api.call("POST", "/shifts", {
      token: f.token,
      session,
      body: { clientDocId: randomUUID(), createdAt: new Date().toISOString() },
    });
    expect(open.status).toBe(201);

    const seen: { text: string; values: unknown[] }[] = [];
    const original = pg.Client.prototype.query;
    const spy = vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (
      this: pg.Client,
      ...args: unknown[]
    ) {
      const q = args[0] as { text?: string; values?: unknown[] };
      if (q && typeof q === "object" && q.text?.startsWith("WITH ") && q.text.includes('"CashboxJournal"'))
        seen.push({ text: q.text, values: q.values ?? [] });
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original);
    try {
      const body = {
        clientDocId: randomUUID(),
        type: "sale",
        createdAt: new Date().toISOString(),
        items: [{ name: "Хлеб", unit: { code: "0" }, price: 5000, quantity: "2", vatRate: "VAT10" }],
        payments: [{ type: "cash", amount: 10000 }],
      };
      const sold = await api.call("POST", "/receipts", {
        token: f.token,
        session,
        body,
        headers: { "idempotency-key": body.clientDocId },
      });
      expect(sold.status).toBe(201);
    } finally {
      spy.mockRestore();
    }
    const write = seen.find((q) => q.text.includes('UPDATE "CashboxJournal"'));
    expect(write, "the write statement of the sale").toBeDefined();
    const plan = (
      await admin.query<{ "QUERY PLAN": string }>({ text: `EXPLAIN ${write!.text}`, values: write!.values })
    ).rows
      .map((r) => r["QUERY PLAN"])
      .join("\n");
    const citus = (await admin.query("SELECT 1 FROM pg_extension WHERE extname = 'citus'")).rowCount === 1;
    if (!citus) {
      expect(plan).not.toMatch(/Citus/);
      return;
    }
    expect(plan, plan).toMatch(/Custom Scan \(Citus Adaptive\)/);
    // Citus runs each data-modifying CTE as a step of its own ("Distributed Subplan"), in one
    // distributed transaction: every step is one task, and all of them go to the one worker that
    // holds the tenant's shards (the rest runs on the coordinator over the steps' results)
    const counts = plan.match(/Task Count: \d+/g) ?? [];
    expect(counts.length, plan).toBeGreaterThan(0);
    expect(new Set(counts), plan).toEqual(new Set(["Task Count: 1"]));
    const coordinator = new URL(process.env.DATABASE_URL!).port;
    const workers = new Set(
      [...plan.matchAll(/Node: host=(\S+) port=(\d+)/g)].filter((m) => m[2] !== coordinator).map((m) => m[2]),
    );
    expect(workers.size, plan).toBe(1);
  });
});
