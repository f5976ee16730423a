// «Кассы» list (lib/cashboxes/find-cashboxes.ts) on real PostgreSQL: status filters in SQL agree
// with the pure status model, search by every number, sorting, paging and tenant scoping.
import { beforeAll, describe, expect, it } from "vitest";
import { findCashboxes } from "@/lib/cashboxes/find-cashboxes";
import { findCashboxListOptions, searchTradePointOptions } from "@/lib/cashboxes/find-list-options";
import {
  CASHBOX_PAGE_SIZE,
  CASHBOX_SORTS,
  type CashboxListParams,
  type CashboxSort,
} from "@/lib/cashboxes/list-params";
import { PRIMARY_BADGES, OPERATIONAL_STATES, addDays } from "@/lib/cashboxes/status";
import {
  seedCashbox,
  seedOrganization,
  seedTenant,
  seedTradePoint,
  uniqueSuffix,
} from "@/prisma/seed/factories";
import { ctxFor, db } from "./helpers";

// 12:00 UTC = 15:00 in Moscow, 17:00 in Almaty: the same calendar day in both.
const NOW = new Date("2026-03-10T12:00:00Z");
const TODAY = "2026-03-10";
const day = (offset: number) => new Date(`${addDays(TODAY, offset)}T00:00:00Z`);

type Tenant = Awaited<ReturnType<typeof seedTenant>>;
let a: Tenant;
let b: Tenant;
let tpA2: { id: string };
const ownerCtx = (t: Tenant, tz?: string) =>
  ctxFor(
    { id: t.org.id, country: t.org.country, timezone: tz ?? t.org.timezone },
    { id: t.users.OWNER.id },
    "OWNER",
  );
const list = (t: Tenant, p: Partial<CashboxListParams> = {}, now = NOW) =>
  findCashboxes(ownerCtx(t), p, { now });
const names = (r: { rows: { name: string }[] }) => r.rows.map((x) => x.name).sort();

/** name → what the list must call it */
const A_SPECS = [
  { name: "A-connected", registrationStatus: "REGISTERED", paidUntil: day(31), kind: "CONNECTED" },
  { name: "A-expiring-30", registrationStatus: "REGISTERED", paidUntil: day(30), kind: "EXPIRING" },
  { name: "A-expiring-0", registrationStatus: "REGISTERED", paidUntil: day(0), kind: "EXPIRING" },
  { name: "A-unpaid-1", registrationStatus: "REGISTERED", paidUntil: day(-1), kind: "UNPAID" },
  { name: "A-never-paid", registrationStatus: "REGISTERED", paidUntil: null, kind: "UNPAID" },
  { name: "A-draft", registrationStatus: "DRAFT", paidUntil: null, kind: "DRAFT" },
  { name: "A-submitted", registrationStatus: "SUBMITTED", paidUntil: null, kind: "SUBMITTED" },
  { name: "A-refused", registrationStatus: "REFUSED", paidUntil: day(-100), kind: "REFUSED" },
  { name: "A-deregistered", registrationStatus: "DEREGISTERED", paidUntil: day(100), kind: "DEREGISTERED" },
  {
    name: "A-blocked",
    registrationStatus: "REGISTERED",
    paidUntil: day(200),
    kind: "CONNECTED",
    operationalState: "BLOCKED",
  },
  {
    name: "A-offline",
    registrationStatus: "REGISTERED",
    paidUntil: day(5),
    kind: "EXPIRING",
    operationalState: "OFFLINE_TOO_LONG",
  },
  {
    name: "A-server",
    registrationStatus: "REGISTERED",
    paidUntil: day(-3),
    kind: "UNPAID",
    operationalState: "SERVER_BLOCKED",
  },
  {
    name: "A-int",
    registrationStatus: "DEREGISTERED",
    paidUntil: null,
    kind: "DEREGISTERED",
    operationalState: "INTEGRITY",
  },
] as const;

const suffix = uniqueSuffix().toUpperCase();
const A_NUMBERS = {
  serial: `SRL${suffix}4711`,
  registration: "0000987654321098",
  fiscalDrive: "9999078912345678",
  ink: `INK${suffix}77`,
};

beforeAll(async () => {
  a = await seedTenant(db(), { country: "RU" });
  b = await seedTenant(db(), { country: "RU" });
  tpA2 = await seedTradePoint(db(), { organizationId: a.org.id, name: "Вторая точка" });
  for (const [i, s] of A_SPECS.entries()) {
    await seedCashbox(db(), {
      organizationId: a.org.id,
      tradePointId: i % 2 ? tpA2.id : a.tradePoint.id,
      name: s.name,
      registrationStatus: s.registrationStatus,
      paidUntil: s.paidUntil,
      operationalState: "operationalState" in s ? s.operationalState : "ACTIVE",
      operationalReason: "operationalState" in s ? "причина" : null,
      ...(s.name === "A-connected"
        ? {
            serialNumber: A_NUMBERS.serial,
            registrationNumber: A_NUMBERS.registration,
            fiscalDriveNumber: A_NUMBERS.fiscalDrive,
          }
        : {}),
    });
  }
  await db().cashbox.updateMany({
    where: { organizationId: a.org.id, name: "A-draft" },
    data: { inkOfd: A_NUMBERS.ink },
  });
  // Organization B: the same statuses and look-alike names, never visible to A.
  for (const s of A_SPECS) {
    await seedCashbox(db(), {
      organizationId: b.org.id,
      tradePointId: b.tradePoint.id,
      name: s.name.replace("A-", "B-") + " A-connected",
      registrationStatus: s.registrationStatus,
      paidUntil: s.paidUntil,
      registrationNumber: s.name === "A-connected" ? "0000987654321099" : null,
    });
  }
});

describe("status filters (SQL) agree with the status model", () => {
  it.each(PRIMARY_BADGES)("status=%s", async (kind) => {
    const r = await list(a, { status: [kind] });
    const expected = A_SPECS.filter((s) => s.kind === kind)
      .map((s) => s.name)
      .sort();
    expect(names(r)).toEqual(expected);
    expect(r.total).toBe(expected.length);
    for (const row of r.rows) expect(row.status.primary.kind).toBe(kind);
  });

  it("every row's badge is the filter that finds it", async () => {
    const all = await list(a);
    expect(all.total).toBe(A_SPECS.length);
    for (const row of all.rows) {
      const spec = A_SPECS.find((s) => s.name === row.name)!;
      expect(row.status.primary.kind, row.name).toBe(spec.kind);
    }
  });

  it("several statuses combine with OR", async () => {
    const r = await list(a, { status: ["EXPIRING", "UNPAID"] });
    expect(names(r)).toEqual(
      A_SPECS.filter((s) => s.kind === "EXPIRING" || s.kind === "UNPAID")
        .map((s) => s.name)
        .sort(),
    );
  });

  it.each(OPERATIONAL_STATES)("state=%s", async (state) => {
    const r = await list(a, { state: [state] });
    const expected = A_SPECS.filter(
      (s) => ("operationalState" in s ? s.operationalState : "ACTIVE") === state,
    )
      .map((s) => s.name)
      .sort();
    expect(names(r)).toEqual(expected);
    for (const row of r.rows) {
      if (state === "ACTIVE") expect(row.status.operational).toBeNull();
      else expect(row.status.operational).toMatchObject({ state, reason: "причина" });
    }
  });

  it("status and state filters combine with AND", async () => {
    const r = await list(a, { status: ["UNPAID"], state: ["SERVER_BLOCKED"] });
    expect(names(r)).toEqual(["A-server"]);
  });

  it("«today» is the organization's: at 20:30 UTC the last paid day is over in Almaty, not in Moscow", async () => {
    const late = new Date("2026-03-10T20:30:00Z");
    const moscow = await findCashboxes(ownerCtx(a, "Europe/Moscow"), { status: ["EXPIRING"] }, { now: late });
    const almaty = await findCashboxes(ownerCtx(a, "Asia/Almaty"), { status: ["EXPIRING"] }, { now: late });
    expect(names(moscow)).toContain("A-expiring-0");
    expect(names(almaty)).not.toContain("A-expiring-0");
    const almatyUnpaid = await findCashboxes(
      ownerCtx(a, "Asia/Almaty"),
      { status: ["UNPAID"] },
      { now: late },
    );
    expect(names(almatyUnpaid)).toContain("A-expiring-0");
    expect(almaty.today).toBe("2026-03-11");
  });
});

describe("search", () => {
  it.each([
    ["name", "a-EXPIRING", ["A-expiring-0", "A-expiring-30"]],
    ["serial number", A_NUMBERS.serial.slice(3).toLowerCase(), ["A-connected"]],
    ["registration number", "98765432109", ["A-connected"]],
    ["registration number typed with spaces", "0000 9876 5432 1098", ["A-connected"]],
    ["ФН number", A_NUMBERS.fiscalDrive.slice(-8), ["A-connected"]],
    ["ИНК ОФД", A_NUMBERS.ink, ["A-draft"]],
  ])("by %s", async (_label, q, expected) => {
    const r = await list(a, { q });
    expect(names(r)).toEqual(expected);
  });

  it("LIKE wildcards in the term are literal", async () => {
    expect((await list(a, { q: "%" })).total).toBe(0);
    expect((await list(a, { q: "A_" })).total).toBe(0);
    expect((await list(a, { q: "\\" })).total).toBe(0);
  });

  it("search combines with filters", async () => {
    expect(names(await list(a, { q: "A-", status: ["DRAFT"] }))).toEqual(["A-draft"]);
  });
});

describe("tenant scoping", () => {
  it("another organization's cashboxes never appear, not even when searched by their name or number", async () => {
    const all = await list(a);
    expect(all.rows.every((r) => r.name.startsWith("A-"))).toBe(true);
    const bIds = new Set(
      (await db().cashbox.findMany({ where: { organizationId: b.org.id }, select: { id: true } })).map(
        (c) => c.id,
      ),
    );
    expect(all.rows.some((r) => bIds.has(r.id))).toBe(false);
    expect((await list(a, { q: "B-" })).total).toBe(0);
    expect((await list(a, { q: "0000987654321099" })).total).toBe(0);
    // B sees only its own, although its names contain «A-connected»
    const fromB = await list(b, { q: "A-connected" });
    expect(fromB.total).toBe(A_SPECS.length);
    expect(fromB.rows.every((r) => bIds.has(r.id))).toBe(true);
  });

  it("a trade point filter finds the point's cashboxes; a foreign trade point finds nothing", async () => {
    const own = await list(a, { tp: tpA2.id });
    expect(names(own)).toEqual(
      A_SPECS.filter((_, i) => i % 2)
        .map((s) => s.name)
        .sort(),
    );
    expect(own.rows.every((r) => r.tradePoint.id === tpA2.id && r.tradePoint.name === "Вторая точка")).toBe(
      true,
    );
    const foreign = await list(a, { tp: b.tradePoint.id });
    expect(foreign.total).toBe(0);
    expect(foreign.rows).toEqual([]);
  });

  it("the filter's trade point options are the organization's own", async () => {
    const opts = await findCashboxListOptions(ownerCtx(a), b.tradePoint.id);
    expect(opts.tradePoints?.map((p) => p.id).sort()).toEqual([a.tradePoint.id, tpA2.id].sort());
    expect(opts.selectedTradePoint).toBeNull(); // a foreign id in the URL resolves to nothing
    expect((await findCashboxListOptions(ownerCtx(a), tpA2.id)).selectedTradePoint).toEqual({
      id: tpA2.id,
      name: "Вторая точка",
    });
    expect(await searchTradePointOptions(ownerCtx(a), "вторая")).toEqual([
      { id: tpA2.id, name: "Вторая точка" },
    ]);
    const bName = (await db().tradePoint.findFirstOrThrow({ where: { id: b.tradePoint.id } })).name;
    expect(await searchTradePointOptions(ownerCtx(a), bName)).toEqual([]);
  });

  it("a role without cashbox.read is refused", async () => {
    const cashier = ctxFor({ id: a.org.id }, { id: a.users.CASHIER.id }, "CASHIER");
    await expect(findCashboxes(cashier, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("paging and sorting", () => {
  const N = 123;
  let c: Tenant;
  type Row = {
    id: string;
    name: string;
    tp: string;
    model: string;
    serial: string;
    reg: string | null;
    fd: string;
    status: string;
    paid: string | null;
    seen: number | null;
  };
  const rows: Row[] = [];

  beforeAll(async () => {
    c = await seedTenant(db(), { country: "KZ" });
    const points = [
      c.tradePoint,
      await seedTradePoint(db(), { organizationId: c.org.id, name: "AAA точка" }),
      await seedTradePoint(db(), { organizationId: c.org.id, name: "ZZZ точка" }),
    ];
    const pointName = new Map(
      await Promise.all(
        points.map(
          async (p) =>
            [p.id, (await db().tradePoint.findFirstOrThrow({ where: { id: p.id } })).name] as const,
        ),
      ),
    );
    const statuses = [
      "REGISTERED",
      "REGISTERED",
      "REGISTERED",
      "DRAFT",
      "SUBMITTED",
      "REFUSED",
      "DEREGISTERED",
    ] as const;
    for (let i = 0; i < N; i++) {
      const status = statuses[i % statuses.length];
      // duplicates on purpose (model, paidUntil, lastSeenAt): the id tie-breaker must keep pages disjoint
      const paidUntil = i % 11 === 0 ? null : day(((i * 37) % 90) - 30);
      const lastSeenAt = i % 5 === 0 ? null : new Date(NOW.getTime() - ((i * 7) % 40) * 3_600_000);
      const { cashbox } = await seedCashbox(db(), {
        organizationId: c.org.id,
        tradePointId: points[i % 3].id,
        name: `К-${String((i * 53) % N).padStart(3, "0")}`,
        model: `M${i % 4}`,
        serialNumber: `S${suffix}${String((i * 71) % 1000).padStart(4, "0")}`,
        registrationStatus: status,
        registrationNumber: i % 3 === 0 ? null : String(100000 + ((i * 89) % 1000)),
        fiscalDriveNumber: `99${String((i * 97) % 10000).padStart(14, "0")}`,
        paidUntil,
        lastSeenAt,
      });
      rows.push({
        id: cashbox.id,
        name: cashbox.name,
        tp: pointName.get(points[i % 3].id)!,
        model: cashbox.model,
        serial: cashbox.serialNumber,
        reg: cashbox.registrationNumber,
        fd: cashbox.fiscalDriveNumber!,
        status,
        paid: paidUntil ? paidUntil.toISOString().slice(0, 10) : null,
        seen: lastSeenAt ? lastSeenAt.getTime() : null,
      });
    }
  });

  /** The documented order: value, then id; NULLs last ascending and first descending (the reverse). */
  function expectedOrder(sort: CashboxSort, dir: "asc" | "desc"): string[] {
    const rank: Record<string, number> = {
      DEREGISTERED: 0,
      REFUSED: 1,
      SUBMITTED: 2,
      DRAFT: 3,
      REGISTERED: 4,
    };
    const keys = (r: Row): (string | number | null)[] => {
      switch (sort) {
        case "name":
          return [r.name, r.id];
        case "tradePoint":
          return [r.tp, r.name, r.id];
        case "model":
          return [r.model, r.name, r.id];
        case "serialNumber":
          return [r.serial, r.id];
        case "registrationNumber":
          return [r.reg, r.id];
        case "fiscalDrive":
          return [r.fd, r.id];
        case "paidUntil":
          return [r.paid, r.id];
        case "lastSeenAt":
          return [r.seen, r.id];
        case "status":
          return [rank[r.status] + (r.status === "REGISTERED" && r.paid !== null ? 1 : 0), r.paid, r.id];
      }
    };
    const cmp = (x: (string | number | null)[], y: (string | number | null)[]) => {
      for (let i = 0; i < x.length; i++) {
        const p = x[i],
          q = y[i];
        if (p === q) continue;
        if (p === null) return 1; // NULLs last (ascending)
        if (q === null) return -1;
        return p < q ? -1 : 1;
      }
      return 0;
    };
    const sorted = [...rows].sort((x, y) => cmp(keys(x), keys(y)));
    return (dir === "asc" ? sorted : sorted.reverse()).map((r) => r.id);
  }

  it("pages of 50 are disjoint, cover everything, and a page past the end shows the last one", async () => {
    const p1 = await list(c, { page: 1 });
    const p2 = await list(c, { page: 2 });
    const p3 = await list(c, { page: 3 });
    expect([p1.rows.length, p2.rows.length, p3.rows.length]).toEqual([
      CASHBOX_PAGE_SIZE,
      CASHBOX_PAGE_SIZE,
      N - 2 * CASHBOX_PAGE_SIZE,
    ]);
    expect(p1).toMatchObject({ total: N, pages: 3, page: 1 });
    const ids = [...p1.rows, ...p2.rows, ...p3.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(N);
    const past = await list(c, { page: 99 });
    expect(past.page).toBe(3);
    expect(past.rows.map((r) => r.id)).toEqual(p3.rows.map((r) => r.id));
    expect(past.params.page).toBe(3);
  });

  it("an empty result is page 1 of 1", async () => {
    const r = await list(c, { q: "no such cashbox", page: 5 });
    expect(r).toMatchObject({ total: 0, pages: 1, page: 1, rows: [] });
  });

  describe.each(CASHBOX_SORTS)("sort=%s", (sort) => {
    it.each(["asc", "desc"] as const)("%s: all pages together are the documented order", async (dir) => {
      const got: string[] = [];
      for (let page = 1; page <= 3; page++)
        got.push(...(await list(c, { sort, dir, page })).rows.map((r) => r.id));
      expect(got).toEqual(expectedOrder(sort, dir));
    });
  });

  it("sorting applies after filtering", async () => {
    const r = await list(c, { sort: "paidUntil", dir: "asc", status: ["UNPAID"] });
    const paid = r.rows.map((x) => x.paidUntil);
    expect(paid.length).toBeGreaterThan(0);
    expect(paid.filter(Boolean)).toEqual([...paid.filter(Boolean)].sort());
    expect(r.rows.every((x) => x.status.primary.kind === "UNPAID")).toBe(true);
  });
});

describe("row contents", () => {
  it("carries the trade point, numbers, ФН expiry and no revenue yet", async () => {
    const org = await seedOrganization(db(), { country: "RU" });
    const tp = await seedTradePoint(db(), { organizationId: org.id, name: "Точка Х" });
    const { cashbox } = await seedCashbox(db(), {
      organizationId: org.id,
      tradePointId: tp.id,
      name: "Одна",
      registrationStatus: "REGISTERED",
      paidUntil: day(3),
    });
    await db().cashbox.updateMany({
      where: { id: cashbox.id },
      data: { fiscalDriveInstalledAt: new Date("2026-01-31T09:00:00Z"), fiscalDriveMonths: 13 },
    });
    const ctx = ctxFor(
      { id: org.id, country: "RU", timezone: org.timezone },
      { id: "00000000-0000-0000-0000-000000000001" },
      "ACCOUNTANT",
    );
    const r = await findCashboxes(ctx, {}, { now: NOW });
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({
      id: cashbox.id,
      name: "Одна",
      tradePoint: { id: tp.id, name: "Точка Х" },
      serialNumber: cashbox.serialNumber,
      paidUntil: addDays(TODAY, 3),
      fiscalDrive: { number: cashbox.fiscalDriveNumber, expiresAt: "2027-02-28T09:00:00.000Z" },
      todayRevenue: null,
      status: { payment: "EXPIRING", daysLeft: 3, primary: { kind: "EXPIRING", action: "renew" } },
    });
  });
});
