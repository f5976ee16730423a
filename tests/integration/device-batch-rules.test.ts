// Offline batch rules of issue 14: a blocked cashbox takes only documents made before the block
// (14.3), every uploaded document carries proof of its cashier (14.4), and a forged offline sign that
// switches the cashbox to INTEGRITY records where the request came from for the owner (14.15).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encryptDeviceKey, generateDeviceKey } from "@/lib/cashboxes/device-key";
import { sealOfflineEntry, type OfflineEntry } from "@/lib/device/offline-sign";
import { verifyJournal } from "@/lib/device/verify-journal";
import { seedCashbox, seedTenant } from "@/prisma/seed/factories";
import { DeviceApi, type ApiResponse, type Json } from "./device-harness";
import { db } from "./helpers";
import { unsafeOrganizationId } from "@/lib/tenant/context";

const api = new DeviceApi();
beforeAll(async () => {
  await api.start();
}, 900_000);
afterAll(async () => {
  await api.stop();
});

const call = (method: string, path: string, opts: Parameters<DeviceApi["call"]>[2] = {}) =>
  api.call<Json>(method, path, opts) as Promise<ApiResponse<Json>>;

async function fixture() {
  const t = await seedTenant(db(), { country: "RU" });
  const { cashbox, token } = await seedCashbox(db(), {
    organizationId: t.org.id,
    tradePointId: t.tradePoint.id,
    registrationStatus: "REGISTERED",
    registrationNumber: `00001${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}`,
    paidUntil: new Date(Date.now() + 365 * 86400_000),
  });
  const key = generateDeviceKey();
  await db().cashbox.updateMany({
    where: { id: cashbox.id },
    data: { deviceKeyEnc: encryptDeviceKey(key, cashbox.id) },
  });
  const m = await db().membership.findFirstOrThrow({ where: { organizationId: t.org.id, role: "CASHIER" } });
  const info = await call("GET", "/cashbox", { token });
  let seq = info.body.lastDeviceSeq as number;
  let hash = info.body.lastHash as string;
  const f = { orgId: t.org.id, cashboxId: cashbox.id, token, key, cashierId: m.id };
  const next = (createdAt: Date, over: Record<string, unknown> = {}) => {
    seq++;
    const entry = {
      kind: "receipt",
      deviceSeq: seq,
      prevHash: hash,
      createdAt: createdAt.toISOString(),
      payload: {
        type: "sale",
        items: [{ name: "Хлеб", unit: { code: "0" }, price: 5000, quantity: "1", vatRate: "VAT10" }],
        payments: [{ type: "cash", amount: 5000 }],
      },
    } as OfflineEntry;
    const sealed = sealOfflineEntry({
      key,
      cashboxId: cashbox.id,
      country: "RU",
      timeZone: t.org.timezone,
      cashierId: m.id,
      entry,
    });
    hash = sealed.hash;
    return {
      ...entry,
      clientDocId: randomUUID(),
      offline: true,
      autonomousSign: sealed.autonomousSign,
      ...over,
    };
  };
  const session = (await call("POST", "/session", { token, body: { pin: "1234" } })).body
    .sessionToken as string;
  return { ...f, next, session };
}

const queueDone = { remaining: 0, oldestCreatedAt: null, offlineSince: null };
const ago = (ms: number) => new Date(Date.now() - ms);
const statuses = (r: ApiResponse<Json>) => r.body.results.map((x: { status: string }) => x.status);

describe("offline batch from a blocked cashbox (14.3)", () => {
  it("takes documents made before the block and refuses those made after it", async () => {
    const f = await fixture();
    const before = (await db().$queryRaw<{ now: Date }[]>`SELECT now() AS now`)[0].now;
    await db().cashbox.updateMany({
      where: { id: f.cashboxId },
      data: { operationalState: "BLOCKED", operationalReason: "заблокирована владельцем" },
    });
    const blocked = await db().cashbox.findFirstOrThrow({ where: { id: f.cashboxId } });
    expect(blocked.operationalStateAt!.getTime()).toBeGreaterThanOrEqual(before.getTime());
    // the block took effect an hour ago
    await db()
      .$executeRaw`UPDATE "Cashbox" SET "operationalStateAt" = now() - interval '1 hour' WHERE id = ${f.cashboxId}::uuid`;

    const documents = [f.next(ago(2 * 3600_000)), f.next(ago(30 * 60_000)), f.next(ago(20 * 60_000))];
    const r = await call("POST", "/documents:batch", {
      token: f.token,
      session: f.session,
      body: { documents, queue: queueDone },
    });
    expect(r.status).toBe(200);
    expect(statuses(r)).toEqual(["accepted", "rejected", "rejected"]);
    expect(r.body.results[1].error).toMatchObject({
      code: "CASHBOX_BLOCKED",
      details: { reason: "заблокирована владельцем" },
    });
    expect(r.body.results[2].error.code).toBe("NOT_PROCESSED");
    expect(r.body.nextExpectedSeq).toBe(2);
    expect(await db().fiscalDocument.count({ where: { cashboxId: f.cashboxId } })).toBe(1);
    expect((await verifyJournal(f.cashboxId, unsafeOrganizationId(f.orgId))).problems).toEqual([]);
  });
});

describe("proof of the cashier on offline documents (14.4)", () => {
  it("refuses an upload without a signed-in cashier and stores nothing", async () => {
    const f = await fixture();
    const r = await call("POST", "/documents:batch", {
      token: f.token,
      body: { documents: [f.next(ago(60_000), { cashierId: f.cashierId })], queue: queueDone },
    });
    expect(r.status).toBe(200);
    expect(r.body.results[0]).toMatchObject({
      status: "rejected",
      error: { code: "CASHIER_SESSION_INVALID" },
    });
    expect(await db().fiscalDocument.count({ where: { cashboxId: f.cashboxId } })).toBe(0);
  });

  it("refuses documents once the cashier is no longer a cashier of the organization", async () => {
    const f = await fixture();
    const first = f.next(ago(120_000), { cashierId: f.cashierId });
    const up = await call("POST", "/documents:batch", {
      token: f.token,
      session: f.session,
      body: { documents: [first], queue: queueDone },
    });
    expect(statuses(up)).toEqual(["accepted"]);
    // the cashier's PIN is withdrawn (no longer allowed on the organization's cashboxes)
    await db().membership.updateMany({ where: { id: f.cashierId }, data: { pinHash: null } });
    const r = await call("POST", "/documents:batch", {
      token: f.token,
      session: f.session,
      body: { documents: [first, f.next(ago(60_000))], queue: queueDone },
    });
    expect(statuses(r)).toEqual(["duplicate", "rejected"]);
    expect(r.body.results[1].error.code).toBe("CASHIER_SESSION_INVALID");
    expect(await db().fiscalDocument.count({ where: { cashboxId: f.cashboxId } })).toBe(1);
  });
});

describe("a forged offline sign (14.15)", () => {
  it("records the source address (the socket's, not a client-sent X-Forwarded-For) for the owner and the journal", async () => {
    const f = await fixture();
    const r = await call("POST", "/documents:batch", {
      token: f.token,
      session: f.session,
      headers: { "x-forwarded-for": "203.0.113.7" },
      body: { documents: [f.next(ago(60_000), { autonomousSign: "0000000001" })], queue: queueDone },
    });
    expect(r.body.results[0]).toMatchObject({ status: "rejected", error: { code: "CASHBOX_INTEGRITY" } });
    const cb = await db().cashbox.findFirstOrThrow({ where: { id: f.cashboxId } });
    expect(cb.operationalState).toBe("INTEGRITY");
    expect(cb.operationalReason).toContain("127.0.0.1");
    expect(cb.operationalReason).not.toContain("203.0.113.7");
    const audit = await db().auditLog.findFirstOrThrow({
      where: { organizationId: f.orgId, action: "cashbox.integrity", objectId: f.cashboxId },
    });
    expect(audit.ip).toBe("127.0.0.1");
    expect(audit.details).toMatchObject({ sourceAddress: "127.0.0.1" });
    expect(String((audit.details as { reason: string }).reason)).toContain("127.0.0.1");
  });
});
