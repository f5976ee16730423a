// Issue 16.1–16.3: how the device API behaves while the database is in trouble. A lock held on one
// cashbox's journal does not stall another cashbox; the blocked one gets 503 SERVICE_UNAVAILABLE
// with Retry-After within the device lock timeout (instead of hanging); the rollups rebuild holds a
// journal only while it rebuilds that cashbox; a backend killed mid-request (pg_terminate_backend)
// is a 503, not an uncaught exception; an unreachable server is a 503 with one log line, no stack.
process.env.KASSA_DEVICE_TEST_MODE = "inprocess";
process.env.KASSA_DB_DEVICE_LOCK_TIMEOUT_MS = "1500";

import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { encryptDeviceKey, generateDeviceKey } from "@/lib/cashboxes/device-key";
import { rebuildRollups } from "@/lib/analytics/rebuild";
import { closePool, getPool } from "@/lib/db/pool";
import { timeoutsOf } from "@/lib/db/timeouts";
import { seedCashbox } from "@/prisma/seed/factories";
import { DeviceApi } from "./device-harness";
import { deviceFixture, type DeviceFixture } from "./device-fixture";
import { db } from "./helpers";
import { unsafeOrganizationId } from "@/lib/tenant/context";

const api = new DeviceApi();
let f: DeviceFixture;
/** two cashboxes of one organization, each with a cashier session and an open shift */
const boxes: { id: string; token: string; session: string }[] = [];
const uncaught: unknown[] = [];
const onUncaught = (e: unknown) => uncaught.push(e);

async function addCashbox(): Promise<{ id: string; token: string }> {
  const tp = await db().tradePoint.findFirstOrThrow({ where: { organizationId: f.orgId } });
  const { cashbox, token } = await seedCashbox(db(), {
    organizationId: f.orgId,
    tradePointId: tp.id,
    registrationStatus: "REGISTERED",
    registrationNumber: `00002${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}`,
    paidUntil: new Date(Date.now() + 365 * 86400_000),
  });
  await db().cashbox.updateMany({
    where: { id: cashbox.id },
    data: { deviceKeyEnc: encryptDeviceKey(generateDeviceKey(), cashbox.id) },
  });
  return { id: cashbox.id, token };
}

function sale() {
  return {
    clientDocId: randomUUID(),
    type: "sale",
    createdAt: new Date().toISOString(),
    items: [{ name: "Хлеб", unit: { code: "0" }, price: 5000, quantity: "1", vatRate: "VAT10" }],
    payments: [{ type: "cash", amount: 5000 }],
  };
}

const sell = (b: (typeof boxes)[number]) => {
  const body = sale();
  return api.call("POST", "/receipts", {
    token: b.token,
    session: b.session,
    body,
    headers: { "idempotency-key": body.clientDocId },
  });
};

/** A separate connection that holds a cashbox's journal row locked until release(). */
async function holdJournal(cashboxId: string, organizationId = f.orgId) {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  await c.query("BEGIN");
  const r = await c.query(
    `SELECT 1 FROM "CashboxJournal" WHERE "organizationId" = $2 AND "cashboxId" = $1 FOR UPDATE`,
    [cashboxId, organizationId],
  );
  expect(r.rowCount).toBe(1);
  return {
    client: c,
    release: async () => {
      await c.query("ROLLBACK");
      await c.end();
    },
  };
}

/** Backends of this database waiting for a lock (pid, query). */
async function lockWaiters(admin: pg.Client) {
  // on Citus the wait happens on a worker, for a coordinator backend: citus_stat_activity sees every
  // node, and a global pid names the backend it works for (node id × 10¹⁰ + its pid)
  const citus = (await admin.query("SELECT 1 FROM pg_extension WHERE extname = 'citus'")).rowCount === 1;
  const r = await admin.query<{ pid: number; query: string }>(
    citus
      ? `SELECT (global_pid % 10000000000)::int AS pid, query FROM citus_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'
            AND global_pid % 10000000000 <> pg_backend_pid()`
      : `SELECT pid, query FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
  );
  return r.rows;
}

async function until<T>(fn: () => Promise<T | null | undefined | false>, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = await fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

let admin: pg.Client;

beforeAll(async () => {
  await api.start();
  f = await deviceFixture("RU");
  const second = await addCashbox();
  for (const b of [{ id: f.cashboxId, token: f.token }, second]) {
    const s = await api.call("POST", "/session", { token: b.token, body: { pin: "1234" } });
    expect(s.status).toBe(201);
    const box = { ...b, session: s.body.sessionToken as string };
    const open = await api.call("POST", "/shifts", {
      token: box.token,
      session: box.session,
      body: { clientDocId: randomUUID(), createdAt: new Date().toISOString() },
    });
    expect(open.status).toBe(201);
    boxes.push(box);
  }
  // the rebuild test needs the cashbox whose journal the rebuild takes first
  boxes.sort((a, b) => (a.id < b.id ? -1 : 1));
  admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  process.on("uncaughtException", onUncaught);
}, 120_000);

afterAll(async () => {
  process.off("uncaughtException", onUncaught);
  await admin?.end();
  await closePool();
  await api.stop();
});

beforeEach(() => {
  uncaught.length = 0;
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("time limits on the device path", () => {
  it("a lock held on one journal does not stall another cashbox; the locked one gets 503 with Retry-After", async () => {
    expect(timeoutsOf("device").lockMs).toBe(1500);
    const [a, b] = boxes;
    const held = await holdJournal(a.id);
    try {
      // b sells while a's journal is locked (before: the pool had no limits, so nothing here was bounded)
      const other = await sell(b);
      expect(other.status).toBe(201);
      const log = vi.spyOn(console, "error").mockImplementation(() => {});
      const blocked = await sell(a);
      expect(blocked.status).toBe(503);
      expect(blocked.body.error.code).toBe("SERVICE_UNAVAILABLE");
      expect(blocked.body.error.message).toMatch(/временно недоступен/);
      expect(blocked.headers.get("retry-after")).toBe("5");
      expect(blocked.body.error.details.retryAfterSeconds).toBe(5);
      // one line, no stack
      expect(log).toHaveBeenCalledTimes(1);
      expect(log.mock.calls[0]).toHaveLength(1);
      expect(String(log.mock.calls[0][0])).toMatch(/^\[device-api\] \S+ SERVICE_UNAVAILABLE: 55P03 /);
      expect(String(log.mock.calls[0][0])).not.toMatch(/\n\s+at /);
    } finally {
      await held.release();
    }
    // the lock is gone: the same cashbox sells again
    expect((await sell(a)).status).toBe(201);
  });

  it("the rollups rebuild holds a journal only while it rebuilds that cashbox", async () => {
    const [first, last] = boxes;
    // the rebuild takes the journals in cashbox order: it gets stuck on the last one…
    const held = await holdJournal(last.id);
    let rebuild: Promise<void> | null = null;
    try {
      rebuild = rebuildRollups(unsafeOrganizationId(f.orgId));
      rebuild.catch(() => {}); // awaited below; a refusal must not surface as an unhandled rejection first
      await until(async () => (await lockWaiters(admin)).length > 0, "the rebuild to wait for the lock");
      // …and meanwhile the first cashbox, already rebuilt, sells (before: its journal stayed locked
      // for the whole rebuild, so this sale ran into the device lock timeout)
      const r = await sell(first);
      expect(r.status).toBe(201);
    } finally {
      await held.release();
    }
    await rebuild;
    // the rollups still add up to the documents (the incremental path and the rebuild agree)
    const docs = await admin.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM "FiscalDocument" WHERE "organizationId" = $1 AND type = 'SALE'`,
      [f.orgId],
    );
    const rolled = await admin.query<{ n: string }>(
      `SELECT COALESCE(sum(count), 0)::text AS n FROM "AnalyticsDay" WHERE "organizationId" = $1 AND type = 'SALE'`,
      [f.orgId],
    );
    expect(rolled.rows[0].n).toBe(docs.rows[0].n);
  });
});

describe("connections that drop", () => {
  it("a backend killed mid-request is a 503 and no uncaught exception", async () => {
    const [a] = boxes;
    const held = await holdJournal(a.id);
    vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const pending = sell(a);
      const [waiter] = await until(async () => {
        const w = await lockWaiters(admin);
        return w.length ? w : null;
      }, "the sale to wait for the journal lock");
      await admin.query("SELECT pg_terminate_backend($1::int)", [waiter.pid]);
      const r = await pending;
      expect(r.status).toBe(503);
      expect(r.body.error.code).toBe("SERVICE_UNAVAILABLE");
    } finally {
      await held.release();
    }
    // give the dropped socket's 'end' event time to arrive, then check nothing escaped
    await new Promise((r) => setTimeout(r, 200));
    expect(uncaught).toEqual([]);
    // the pool replaced the dead connection
    expect((await sell(a)).status).toBe(201);
  });

  it("an unreachable server is a 503 with Retry-After and one log line", async () => {
    const [a] = boxes;
    await closePool();
    const url = process.env.DATABASE_URL!;
    // a port nothing listens on
    const u = new URL(url);
    u.port = "1";
    process.env.DATABASE_URL = u.toString();
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const r = await sell(a);
      expect(r.status).toBe(503);
      expect(r.body.error.code).toBe("SERVICE_UNAVAILABLE");
      expect(r.headers.get("retry-after")).toBe("5");
      const lines = log.mock.calls.filter((c) => String(c[0]).startsWith("[device-api]"));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toHaveLength(1);
      expect(String(lines[0][0])).toMatch(/SERVICE_UNAVAILABLE: .*ECONNREFUSED/);
    } finally {
      await closePool();
      process.env.DATABASE_URL = url;
    }
    expect(getPool()).toBeTruthy();
    expect((await sell(a)).status).toBe(201);
  });
});
