// The device API's scheduled job (plain functions of the clock), the direct acceptDocument API the
// demo seed uses, and verifyJournal catching a tampered journal.
import { describe, expect, it } from "vitest";
import { acceptDocument } from "@/lib/device/accept-document";
import { loadCashier, loadDeviceCashbox, type DeviceCashbox, type Cashier } from "@/lib/device/context";
import { markOfflineTooLong, runDeviceMaintenance } from "@/lib/device/maintenance";
import { verifyJournal } from "@/lib/device/verify-journal";
import { seedCashbox, seedTenant } from "@/prisma/seed/factories";
import { db } from "./helpers";
import { unsafeOrganizationId } from "@/lib/tenant/context";

let n = 0;
const id = () => `job-test-${Date.now()}-${++n}`;

async function setup(opts: { autoCloseTime?: string | null } = {}) {
  const t = await seedTenant(db());
  const { cashbox } = await seedCashbox(db(), {
    organizationId: t.org.id,
    tradePointId: t.tradePoint.id,
    registrationStatus: "REGISTERED",
    paidUntil: new Date(Date.now() + 365 * 86400_000),
  });
  await db().cashbox.updateMany({
    where: { id: cashbox.id },
    data: { autoCloseTime: opts.autoCloseTime ?? null },
  });
  const m = await db().membership.findFirstOrThrow({ where: { organizationId: t.org.id, role: "CASHIER" } });
  const cb = (await loadDeviceCashbox(
    cashbox.id,
    unsafeOrganizationId(cashbox.organizationId),
  )) as DeviceCashbox;
  const cashier = (await loadCashier(unsafeOrganizationId(t.org.id), m.id)) as Cashier;
  return { t, cb, cashier };
}

const saleBody = (createdAt: Date, extra: Record<string, unknown> = {}) => ({
  clientDocId: id(),
  type: "sale",
  createdAt: createdAt.toISOString(),
  items: [{ name: "Кофе", unit: { code: "0" }, price: 25000, quantity: "1", vatRate: "VAT22" }],
  payments: [{ type: "cash", amount: 25000 }],
  ...extra,
});

describe("shift auto-close job", () => {
  it("closes a shift at the cashbox's local auto-close time with a server Z-report, once", async () => {
    const { cb, cashier } = await setup({ autoCloseTime: "23:00" });
    const opened = new Date("2026-03-02T06:00:00Z"); // 09:00 in Moscow
    await acceptDocument(cb, { op: "receipt", body: saleBody(opened), cashier }, { now: opened });
    expect(await runDeviceMaintenance(new Date("2026-03-02T19:59:00Z"))).toMatchObject({ closedShifts: 0 });
    const due = new Date("2026-03-02T20:00:30Z");
    const first = await runDeviceMaintenance(due);
    expect(first.closedShifts).toBeGreaterThanOrEqual(1);
    const shift = await db().shift.findFirstOrThrow({ where: { cashboxId: cb.id } });
    expect(shift).toMatchObject({
      autoClosed: true,
      closedById: null,
      closingCash: 25000n,
      documentCount: 2,
    });
    const z = await db().fiscalDocument.findFirstOrThrow({ where: { cashboxId: cb.id, type: "Z_REPORT" } });
    expect(z).toMatchObject({
      deviceSeq: null,
      cashierId: null,
      number: 2,
      clientDocId: `auto-z:${shift.id}`,
    });
    expect((z.response as { report: { byType: { sale: { total: number } } } }).report.byType.sale.total).toBe(
      25000,
    );
    const again = await runDeviceMaintenance(new Date("2026-03-02T20:05:00Z"));
    expect(await db().fiscalDocument.count({ where: { cashboxId: cb.id, type: "Z_REPORT" } })).toBe(1);
    expect(again.closedShifts).toBe(0);
    expect((await verifyJournal(cb.id, cb.organizationId)).problems).toEqual([]);
  });

  it("closes at the 24-hour limit, and the device's own chain carries on past the server's Z", async () => {
    const { cb, cashier } = await setup();
    const opened = new Date("2026-03-03T08:00:00Z");
    const first = await acceptDocument(
      cb,
      { op: "receipt", body: saleBody(opened, { deviceSeq: 1 }), cashier },
      { now: opened },
    );
    await runDeviceMaintenance(new Date("2026-03-04T07:59:00Z"));
    expect(await db().shift.count({ where: { cashboxId: cb.id, closedAt: null } })).toBe(1);
    await runDeviceMaintenance(new Date("2026-03-04T08:00:00Z"));
    expect(await db().shift.count({ where: { cashboxId: cb.id, closedAt: null } })).toBe(0);
    // the terminal never saw the server-made Z-report: its next document still links to its last one
    const later = new Date("2026-03-04T09:00:00Z");
    const next = await acceptDocument(
      cb,
      { op: "receipt", body: saleBody(later, { deviceSeq: 2, prevHash: first.document.hash }), cashier },
      { now: later },
    );
    expect(next.document).toMatchObject({
      number: 3,
      shiftNumber: 2,
      deviceSeq: 2,
      prevHash: first.document.hash,
    });
    expect((await verifyJournal(cb.id, cb.organizationId)).problems).toEqual([]);
  });
});

describe("OFFLINE_TOO_LONG job", () => {
  it("infers it when a terminal fell silent mid-shift over 72 hours ago, and logs it", async () => {
    const { t, cb, cashier } = await setup();
    const t0 = new Date("2026-04-01T10:00:00Z");
    await acceptDocument(cb, { op: "receipt", body: saleBody(t0), cashier }, { now: t0 });
    await db().cashbox.updateMany({ where: { id: cb.id }, data: { lastSeenAt: t0 } });
    await runDeviceMaintenance(new Date("2026-04-02T10:00:00Z")); // the 24 h limit closes the shift
    await markOfflineTooLong(new Date("2026-04-04T09:59:00Z"));
    expect((await db().cashbox.findFirstOrThrow({ where: { id: cb.id } })).operationalState).toBe("ACTIVE");
    await markOfflineTooLong(new Date("2026-04-04T10:00:01Z"));
    expect((await db().cashbox.findFirstOrThrow({ where: { id: cb.id } })).operationalState).toBe(
      "OFFLINE_TOO_LONG",
    );
    expect(
      await db().auditLog.count({
        where: { organizationId: t.org.id, action: "cashbox.offlineTooLong", objectId: cb.id },
      }),
    ).toBe(1);
  });

  it("leaves a cashbox alone that closed its own shift and went quiet", async () => {
    const { cb, cashier } = await setup();
    const t0 = new Date("2026-04-01T10:00:00Z");
    await acceptDocument(cb, { op: "receipt", body: saleBody(t0), cashier }, { now: t0 });
    await acceptDocument(
      cb,
      { op: "z_report", body: { clientDocId: id(), createdAt: t0.toISOString() }, cashier },
      { now: t0 },
    );
    await db().cashbox.updateMany({ where: { id: cb.id }, data: { lastSeenAt: t0 } });
    await markOfflineTooLong(new Date("2026-04-10T10:00:00Z"));
    expect((await db().cashbox.findFirstOrThrow({ where: { id: cb.id } })).operationalState).toBe("ACTIVE");
  });

  it("marks a cashbox whose reported queue holds a document older than 72 hours", async () => {
    const { cb } = await setup();
    const now = new Date("2026-05-01T12:00:00Z");
    await db().cashboxJournal.create({
      data: {
        cashboxId: cb.id,
        organizationId: cb.organizationId,
        lastHash: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        pendingCount: 3,
        pendingOldestAt: new Date("2026-04-28T11:00:00Z"),
      },
    });
    expect(await markOfflineTooLong(now)).toBeGreaterThanOrEqual(1);
    expect((await db().cashbox.findFirstOrThrow({ where: { id: cb.id } })).operationalState).toBe(
      "OFFLINE_TOO_LONG",
    );
  });
});

describe("acceptDocument for server-side producers (the demo seed)", () => {
  it("runs a day of trading on an injected clock, every rule applied", async () => {
    const { cb, cashier } = await setup();
    const day = new Date("2026-06-01T06:00:00Z");
    const at = (min: number) => new Date(day.getTime() + min * 60_000);
    await acceptDocument(
      cb,
      { op: "shift_open", body: { clientDocId: id(), createdAt: at(0).toISOString() }, cashier },
      { now: at(0) },
    );
    await acceptDocument(
      cb,
      {
        op: "cash_operation",
        body: { clientDocId: id(), createdAt: at(1).toISOString(), type: "deposit", amount: 100000 },
        cashier,
      },
      { now: at(1) },
    );
    for (let i = 0; i < 30; i++)
      await acceptDocument(
        cb,
        { op: "receipt", body: saleBody(at(10 + i * 15)), cashier },
        { now: at(10 + i * 15) },
      );
    await expect(
      acceptDocument(
        cb,
        {
          op: "cash_operation",
          body: {
            clientDocId: id(),
            createdAt: at(500).toISOString(),
            type: "withdrawal",
            amount: 10_000_000,
          },
          cashier,
        },
        { now: at(500) },
      ),
    ).rejects.toMatchObject({ code: "INSUFFICIENT_CASH" });
    const z = await acceptDocument(
      cb,
      { op: "z_report", body: { clientDocId: id(), createdAt: at(600).toISOString() }, cashier },
      { now: at(600) },
    );
    expect(z.body.report).toMatchObject({ documentCount: 33, cashInDrawer: 100000 + 30 * 25000 });
    const report = await verifyJournal(cb.id, cb.organizationId);
    expect(report).toMatchObject({ ok: true, documents: 33 });
  });
});

describe("verifyJournal", () => {
  it("finds a tampered document, a broken cursor and lines that do not add up", async () => {
    const { cb, cashier } = await setup();
    const t0 = new Date("2026-06-02T06:00:00Z");
    for (let i = 0; i < 3; i++)
      await acceptDocument(
        cb,
        { op: "receipt", body: saleBody(new Date(t0.getTime() + i * 60_000)), cashier },
        { now: t0 },
      );
    expect((await verifyJournal(cb.id, cb.organizationId)).ok).toBe(true);
    await db()
      .$executeRaw`UPDATE "FiscalDocument" SET content = jsonb_set(content, '{total}', '1') WHERE "cashboxId" = ${cb.id}::uuid AND number = 2`;
    await db()
      .$executeRaw`UPDATE "ReceiptLine" SET total = 1 WHERE "documentId" = (SELECT id FROM "FiscalDocument" WHERE "cashboxId" = ${cb.id}::uuid AND number = 3)`;
    await db().$executeRaw`UPDATE "CashboxJournal" SET "cashInDrawer" = 5 WHERE "cashboxId" = ${cb.id}::uuid`;
    const report = await verifyJournal(cb.id, cb.organizationId);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        "document 2: hash does not match its content",
        "document 2: fiscal sign does not match its content",
        "receipt 3: lines add up to 1, total 25000",
        "journal cash in drawer 5, documents give 75000",
      ]),
    );
  });
});

describe("job queue wiring", () => {
  it("schedules the device job with pg-boss", async () => {
    const { startJobs, stopJobs } = await import("@/lib/jobs/boss");
    // schedule only: a worker here would run the real jobs against the other tests' data
    const boss = await startJobs({ work: false });
    expect(boss).not.toBeNull();
    const schedules = await boss!.getSchedules();
    expect(schedules.map((s) => s.name)).toContain("device-maintenance");
    await stopJobs();
  }, 60_000);
});
