// «Чеки», the public receipt check and «Отчёты» (issue 8) against real PostgreSQL, with every
// document made through acceptDocument (the device API's own code path): several cashboxes and
// shifts, returns, purchases and cash operations. Each report's totals equal the Z-reports of the
// same shifts; the .xlsx export reads back equal to the screen; tenant and role scoping.
import { PassThrough } from "node:stream";
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { acceptDocument } from "@/lib/device/accept-document";
import { loadCashier, loadDeviceCashbox, type Cashier, type DeviceCashbox } from "@/lib/device/context";
import { EMPTY_SEARCH, parseReceiptSearch, type ReceiptSearchParams } from "@/lib/receipts/params";
import { searchReceipts } from "@/lib/receipts/search";
import { getReceipt } from "@/lib/receipts/get-receipt";
import { checkQueryOf, unsafeCheckReceipt } from "@/lib/receipts/check-receipt";
import { printDuplicate } from "@/lib/receipts/print-duplicate";
import { sendReceiptCopy } from "@/lib/receipts/send-receipt";
import { parseReportParams, REPORT_KINDS, type ReportParams } from "@/lib/reports/params";
import { runReport } from "@/lib/reports/run-report";
import { xReports } from "@/lib/reports/shift-reports";
import {
  reportHeaderLines,
  writeReportXlsx,
  XLSX_DATETIME_FORMAT,
  XLSX_HEADER_ROWS,
  xlsxValue,
} from "@/lib/reports/export-xlsx";
import { type TenantContext, unsafeOrganizationId } from "@/lib/tenant/context";
import { seedCashbox, seedMembership, seedTenant, seedTradePoint, seedUser } from "@/prisma/seed/factories";
import { ctxFor, db } from "./helpers";
import { ITEM_KEY_SQL } from "@/lib/analytics/rollup-sql";
import { Prisma } from "@/lib/db/generated/client";
import { sql, tenantQuery } from "@/lib/db/sql";
import { unitLabelOfCode } from "@/lib/nomenclature/units";
import { reportScope } from "@/lib/reports/scope";
import { CASHIER_COLUMNS } from "@/lib/reports/sales-reports";
import { totalsOf, type ReportTable } from "@/lib/reports/table";

type Org = Awaited<ReturnType<typeof seedTenant>>;

interface World {
  t: Org;
  owner: TenantContext;
  a: DeviceCashbox;
  b: DeviceCashbox;
  anna: Cashier;
  boris: Cashier;
  docs: Record<string, { id: string; number: number; checkUrl: string | null; qr: string | null }>;
}

const at = (iso: string) => new Date(iso);
const line = (name: string, price: number, quantity = "1") => ({
  name,
  // kilograms for a weighed quantity, pieces otherwise
  unit: { code: quantity.includes(".") ? "11" : "0" },
  price,
  quantity,
  vatRate: "VAT22",
});

async function registeredCashbox(t: Org, tradePointId: string) {
  const { cashbox } = await seedCashbox(db(), {
    organizationId: t.org.id,
    tradePointId,
    registrationStatus: "REGISTERED",
    registrationNumber: `00007${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}`,
    paidUntil: new Date(Date.now() + 365 * 86400_000),
  });
  return (await loadDeviceCashbox(cashbox.id, unsafeOrganizationId(cashbox.organizationId)))!;
}

async function cashierOf(orgId: string, name: string) {
  const u = await seedUser(db(), { name });
  const m = await seedMembership(db(), { organizationId: orgId, userId: u.id, role: "CASHIER", pin: "1234" });
  return (await loadCashier(unsafeOrganizationId(orgId), m.id))!;
}

function sender(w: Pick<World, "docs">) {
  return async (
    key: string,
    cb: DeviceCashbox,
    cashier: Cashier,
    op: "receipt" | "cash_operation" | "z_report" | "x_report" | "cancel_last",
    time: string,
    body: Record<string, unknown> = {},
  ) => {
    const createdAt = at(time);
    const out = await acceptDocument(
      cb,
      { op, body: { clientDocId: randomUUID(), createdAt: createdAt.toISOString(), ...body }, cashier },
      { now: new Date(createdAt.getTime() + 1000) },
    );
    w.docs[key] = {
      id: out.document.id,
      number: out.document.number,
      checkUrl: out.document.checkUrl,
      qr: out.document.qr,
    };
    return out;
  };
}

const sale = (items: ReturnType<typeof line>[], payments: { type: "cash" | "card"; amount: number }[]) => ({
  type: "sale",
  items,
  payments,
});

let w: World;

beforeAll(async () => {
  const t = await seedTenant(db(), { country: "RU" });
  const tp2 = await seedTradePoint(db(), { organizationId: t.org.id, name: "Склад" });
  const a = await registeredCashbox(t, t.tradePoint.id);
  const b = await registeredCashbox(t, tp2.id);
  const anna = await cashierOf(t.org.id, "Анна Кассир");
  const boris = await cashierOf(t.org.id, "Борис Кассир");
  w = { t, owner: ctxFor(t.org, t.users.OWNER, "OWNER"), a, b, anna, boris, docs: {} };
  const send = sender(w);
  // 10 March (Moscow): cashbox A, shift 1 (Анна)
  await send("depA", a, anna, "cash_operation", "2026-03-10T06:00:00Z", { type: "deposit", amount: 100_000 });
  await send("coffee", a, anna, "receipt", "2026-03-10T06:10:00Z", {
    ...sale([line("Кофе латте", 12_500, "2")], [{ type: "cash", amount: 25_000 }]),
  });
  await send("bread", a, anna, "receipt", "2026-03-10T06:20:00Z", {
    ...sale([line("Хлеб бородинский", 10_000, "3")], [{ type: "card", amount: 30_000 }]),
  });
  await send("mixed", a, anna, "receipt", "2026-03-10T06:30:00Z", {
    ...sale(
      [line("Сыр гауда", 40_000, "0.750"), line("Кофе латте", 12_500, "1"), line("Хлеб бородинский", 7_500)],
      [
        { type: "cash", amount: 20_000 },
        { type: "card", amount: 30_000 },
      ],
    ),
  });
  await send("breadReturn", a, anna, "receipt", "2026-03-10T07:00:00Z", {
    type: "sale_return",
    returnBasis: { receiptId: w.docs.bread.id },
    items: [line("Хлеб бородинский", 10_000, "1")],
    payments: [{ type: "card", amount: 10_000 }],
  });
  await send("wdA", a, anna, "cash_operation", "2026-03-10T08:00:00Z", { type: "withdrawal", amount: 5_000 });
  await send("zA1", a, anna, "z_report", "2026-03-10T15:00:00Z");
  // 11 March: cashbox A, shift 2 (Борис): a sale and a cash purchase
  await send("cheese", a, boris, "receipt", "2026-03-11T06:00:00Z", {
    ...sale([line("Сыр гауда", 40_000, "1")], [{ type: "cash", amount: 50_000 }]),
  });
  await send("purchase", a, boris, "receipt", "2026-03-11T06:30:00Z", {
    type: "purchase",
    items: [line("Молоко у поставщика", 5_000, "2")],
    payments: [{ type: "cash", amount: 10_000 }],
  });
  await send("zA2", a, boris, "z_report", "2026-03-11T15:00:00Z");
  // 10 March: cashbox B (other trade point), shift 1 (Анна)
  await send("depB", b, anna, "cash_operation", "2026-03-10T07:00:00Z", { type: "deposit", amount: 30_000 });
  await send("tea", b, anna, "receipt", "2026-03-10T07:05:00Z", {
    ...sale([line("Чай зелёный", 35_000, "2")], [{ type: "card", amount: 70_000 }]),
  });
  await send("zB1", b, anna, "z_report", "2026-03-10T16:00:00Z");
  // 14 March 01:30 in Moscow is still 13 March in UTC: a local-day boundary
  await send("late", b, boris, "receipt", "2026-03-13T22:30:00Z", {
    ...sale([line("Чай зелёный", 35_000, "1")], [{ type: "cash", amount: 35_000 }]),
  });
});

const period = (from: string, to: string, extra: Partial<ReportParams> = {}): ReportParams => ({
  ...parseReportParams({ from, to }, "2026-03-20"),
  ...extra,
});

const num = (v: unknown) => Number(v ?? 0);

describe("reports equal the Z-reports of the same shifts", () => {
  it("sales by goods, cash movements and sales by cashier add up to the Z-reports", async () => {
    const p = period("2026-03-10", "2026-03-11");
    const z = await runReport(w.owner, { ...p, report: "z" });
    expect(z.rows.map((r) => [r.shift, r.cashbox])).toEqual([
      [1, w.a.name],
      [1, w.b.name],
      [2, w.a.name],
    ]);
    const zt = z.totals!;
    expect(num(zt.sales)).toBe(25_000 + 30_000 + 50_000 + 40_000 + 70_000);
    expect(num(zt.returns)).toBe(10_000);
    expect(num(zt.purchases)).toBe(10_000);

    const goods = await runReport(w.owner, { ...p, report: "goods" });
    expect(num(goods.totals!.sold)).toBe(num(zt.sales));
    expect(num(goods.totals!.returned)).toBe(num(zt.returns));
    expect(num(goods.totals!.net)).toBe(num(zt.sales) - num(zt.returns));
    const bread = goods.rows.find((r) => r.name === "Хлеб бородинский")!;
    expect(bread).toMatchObject({ soldQty: "4.000", sold: 37_500n, returnedQty: "1.000", returned: 10_000n });
    // the same name sold by weight and by the piece is two rows, not «1.750» of nothing in particular
    const cheese = goods.rows.filter((r) => r.name === "Сыр гауда");
    expect(cheese).toEqual([
      expect.objectContaining({ unit: "шт", soldQty: "1.000", sold: 40_000n }),
      expect.objectContaining({ unit: "кг", soldQty: "0.750", sold: 30_000n }),
    ]);
    expect(bread.unit).toBe("шт");
    // kilograms and pieces are not added into one quantity (issue 15.18); amounts still are
    expect(goods.totals).toMatchObject({ soldQty: null, returnedQty: null });

    const cash = await runReport(w.owner, { ...p, report: "cash" });
    expect(num(cash.totals!.deposit)).toBe(num(zt.deposits));
    expect(num(cash.totals!.withdrawal)).toBe(num(zt.withdrawals));
    expect(cash.rows).toHaveLength(3);

    const cashiers = await runReport(w.owner, { ...p, report: "cashiers" });
    expect(num(cashiers.totals!.sales)).toBe(num(zt.sales));
    expect(num(cashiers.totals!.salesCount)).toBe(num(zt.salesCount));
    expect(num(cashiers.totals!.returns)).toBe(num(zt.returns));
    expect(num(cashiers.totals!.salesCash)).toBe(num(zt.salesCash));
    expect(num(cashiers.totals!.salesCard)).toBe(num(zt.salesCard));
    expect(cashiers.rows.map((r) => [r.cashier, r.sales])).toEqual([
      ["Анна Кассир", 25_000n + 30_000n + 50_000n + 70_000n],
      ["Борис Кассир", 40_000n],
    ]);
    // cash in the drawer: A's second shift starts from the first one's close
    expect(z.rows[2].cashInDrawer).toBe(100_000n + 25_000n + 20_000n - 5_000n + 40_000n - 10_000n);
  });

  it("the trade point and cashbox filters keep to their shifts, and the Z figures still agree", async () => {
    const b = await db().cashbox.findFirstOrThrow({ where: { id: w.b.id } });
    const p = period("2026-03-10", "2026-03-11", { tp: b.tradePointId });
    const z = await runReport(w.owner, { ...p, report: "z" });
    expect(z.rows.map((r) => r.cashbox)).toEqual([w.b.name]);
    const goods = await runReport(w.owner, { ...p, report: "goods" });
    expect(num(goods.totals!.sold)).toBe(num(z.totals!.sales));
    const onlyA = await runReport(w.owner, {
      ...period("2026-03-10", "2026-03-11"),
      cashbox: w.a.id,
      report: "cash",
    });
    expect(onlyA.rows.map((r) => r.cashbox)).toEqual([w.a.name, w.a.name]);
    // the period is the organization's local days: 14 March 01:30 (Moscow) is the 14th
    const d14 = await runReport(w.owner, { ...period("2026-03-14", "2026-03-14"), report: "goods" });
    expect(num(d14.totals!.sold)).toBe(35_000);
    const d13 = await runReport(w.owner, { ...period("2026-03-13", "2026-03-13"), report: "goods" });
    expect(d13.totals).toBeNull();
  });

  it("the X-report of an open shift equals the Z-report that closes it", async () => {
    // B's shift opened by the «late» sale is still open
    const x = (await xReports(w.owner, { cashbox: w.b.id, tp: null }))[0];
    expect(x.report).toMatchObject({ shiftNumber: 2, closedAt: null });
    expect(x.report.byType.sale).toMatchObject({ count: 1, total: 35_000, cash: 35_000 });
    const device = await acceptDocument(
      w.b,
      {
        op: "x_report",
        body: { clientDocId: randomUUID(), createdAt: "2026-03-14T00:00:00.000Z" },
        cashier: w.boris,
      },
      { now: at("2026-03-14T00:00:01Z") },
    );
    const deviceX = (device.body as { report: typeof x.report }).report;
    expect(deviceX.byType).toEqual(x.report.byType);
    expect(deviceX.cashInDrawer).toBe(x.report.cashInDrawer);
    expect(deviceX.nonNullable).toEqual(x.report.nonNullable);
    const z = await acceptDocument(
      w.b,
      {
        op: "z_report",
        body: { clientDocId: randomUUID(), createdAt: "2026-03-14T01:00:00.000Z" },
        cashier: w.boris,
      },
      { now: at("2026-03-14T01:00:01Z") },
    );
    const zReport = (z.body as { report: typeof x.report }).report;
    expect(zReport.byType).toEqual(x.report.byType);
    expect(zReport.deposits).toBe(x.report.deposits);
    expect(zReport.cashInDrawer).toBe(x.report.cashInDrawer);
    expect(await xReports(w.owner, { cashbox: w.b.id, tp: null })).toEqual([]);
  });
});

/**
 * The goods report as it was computed before it read the rollups (the test's oracle): the receipt
 * lines of the period's documents, grouped by item key (ITEM_KEY_SQL), named by the smallest name.
 */
async function goodsFromLines(ctx: TenantContext, p: ReportParams) {
  const s = reportScope(ctx, p);
  const rows = await tenantQuery<
    { name: string; unitCode: string; soldQty: string; sold: bigint; returnedQty: string; returned: bigint }[]
  >(
    db(),
    ctx.organizationId,
    sql`SELECT min(l.name) AS name, min(l."unitCode") AS "unitCode",
           COALESCE(SUM(l.quantity) FILTER (WHERE d.type = 'SALE'), 0)::numeric(15,3)::text AS "soldQty",
           COALESCE(SUM(l.total) FILTER (WHERE d.type = 'SALE'), 0)::bigint AS sold,
           COALESCE(SUM(l.quantity) FILTER (WHERE d.type = 'SALE_RETURN'), 0)::numeric(15,3)::text AS "returnedQty",
           COALESCE(SUM(l.total) FILTER (WHERE d.type = 'SALE_RETURN'), 0)::bigint AS returned
      FROM "FiscalDocument" d
      JOIN "ReceiptLine" l ON l."organizationId" = d."organizationId" AND l."documentId" = d.id
     WHERE d."organizationId" = ${ctx.organizationId}::uuid AND d."createdAt" >= ${s.from} AND d."createdAt" < ${s.to}
       AND d.type IN ('SALE', 'SALE_RETURN') ${s.cashboxSql("d")}
     GROUP BY ${Prisma.raw(ITEM_KEY_SQL)}
     ORDER BY SUM(CASE WHEN d.type = 'SALE' THEN l.total ELSE -l.total END) DESC, 1, 2, ${Prisma.raw(ITEM_KEY_SQL)}`,
  );
  return rows.map(({ unitCode, ...r }) => ({
    ...r,
    unit: unitLabelOfCode(unitCode, ctx.country),
    net: r.sold - r.returned,
  }));
}

describe("the goods report reads the rollups", () => {
  it("equals the receipt lines for whole months with the days around them, under every filter", async () => {
    const t = await seedTenant(db(), { country: "RU" }); // Europe/Moscow, UTC+3
    const tp2 = await seedTradePoint(db(), { organizationId: t.org.id, name: "Киоск" });
    const a = await registeredCashbox(t, t.tradePoint.id);
    const b = await registeredCashbox(t, tp2.id);
    const cashier = await cashierOf(t.org.id, "Вера Кассир");
    const owner = ctxFor(t.org, t.users.OWNER, "OWNER");
    const docs: World["docs"] = {};
    const send = sender({ docs });
    const latte = line("Кофе латте", 12_500, "2");
    const cheese = line("Сыр гауда", 40_000, "0.250");
    // one nomenclature item sold under two names (renamed): one row, under the smaller name
    const tea = randomUUID();
    const teaOld = { ...line("Чай чёрный", 9_000), nomenclatureId: tea };
    const teaNew = { ...line("Чай «Цейлон»", 9_000), nomenclatureId: tea };
    const card = (amount: number) => [{ type: "card" as const, amount }];
    // a day's documents on a cashbox, then its Z-report (a shift never spans 24 hours)
    let n = 0;
    const day = async (cb: DeviceCashbox, date: string, ops: ((at: string) => Promise<unknown>)[]) => {
      let minute = 0;
      for (const op of ops)
        await op(
          `${date}T${String(9 + Math.floor(minute / 60)).padStart(2, "0")}:${String(minute++ % 60).padStart(2, "0")}:00Z`,
        );
      await send(`z${n++}`, cb, cashier, "z_report", `${date}T18:00:00Z`);
    };
    const sell = (key: string, cb: DeviceCashbox, items: ReturnType<typeof line>[]) => (at: string) =>
      send(key, cb, cashier, "receipt", at, {
        ...sale(items, card(items.reduce((x, i) => x + Math.round(i.price * Number(i.quantity)), 0))),
      });
    const giveBack =
      (key: string, cb: DeviceCashbox, basis: string, item: ReturnType<typeof line>) => (at: string) =>
        send(key, cb, cashier, "receipt", at, {
          type: "sale_return",
          returnBasis: { receiptId: docs[basis].id },
          items: [item],
          payments: card(Math.round(item.price * Number(item.quantity))),
        });
    const cancel = (key: string, cb: DeviceCashbox) => (at: string) =>
      send(key, cb, cashier, "cancel_last", at);

    // 26 Feb (outside every period below) and 27–28 Feb (the days before March)
    await day(a, "2026-02-26", [sell("s0", a, [latte])]);
    await day(a, "2026-02-27", [sell("s1", a, [latte, cheese]), sell("s2", a, [teaOld]), cancel("c1", a)]);
    await day(b, "2026-02-28", [
      sell("s3", b, [latte, teaOld]),
      giveBack("r1", b, "s3", line("Кофе латте", 12_500)),
    ]);
    // 1 March 00:30 in Moscow is still 28 February in UTC: March's, not the day before's
    await send("midnight", b, cashier, "receipt", "2026-02-28T21:30:00Z", {
      ...sale([cheese], card(10_000)),
    });
    await send("zMidnight", b, cashier, "z_report", "2026-02-28T22:00:00Z");
    // March: sales, a return, a cancelled sale, a cancelled return, a purchase (not a sale)
    await day(a, "2026-03-05", [
      sell("s4", a, [teaNew, latte]),
      giveBack("r2", a, "s4", teaNew),
      cancel("c2", a),
      sell("s5", a, [cheese, cheese]),
      (at) =>
        send("purchase", a, cashier, "receipt", at, {
          type: "purchase",
          items: [line("Молоко у поставщика", 5_000, "2")],
          payments: card(10_000),
        }),
    ]);
    await day(b, "2026-03-31", [sell("s6", b, [teaNew]), giveBack("r3", b, "s6", teaNew)]);
    // 1 April 00:10 in Moscow: the days after March
    await send("april", a, cashier, "receipt", "2026-03-31T21:10:00Z", { ...sale([latte], card(25_000)) });
    await send("zApril", a, cashier, "z_report", "2026-03-31T22:00:00Z");
    await day(b, "2026-04-02", [sell("s7", b, [cheese, teaOld]), cancel("c3", b)]);
    await day(a, "2026-04-03", [sell("s8", a, [latte])]);

    const periods: [string, string][] = [
      ["2026-02-27", "2026-04-02"], // 27–28 Feb + March + 1–2 April
      ["2026-02-01", "2026-04-30"], // three whole months
      ["2026-03-01", "2026-03-31"], // one whole month
      ["2026-02-28", "2026-03-30"], // no whole month: days only
      ["2026-03-01", "2026-04-02"], // March and the days after it
      ["2026-02-26", "2026-02-26"], // one day
      ["2026-04-04", "2026-04-30"], // nothing sold
    ];
    const scopes: Partial<ReportParams>[] = [
      {},
      { tp: tp2.id },
      { cashbox: a.id },
      { cashbox: b.id, tp: tp2.id },
    ];
    for (const [from, to] of periods)
      for (const scope of scopes) {
        const p = { ...period(from, to, scope), report: "goods" as const };
        const goods = await runReport(owner, p);
        expect(goods.rows, `${from}…${to} ${JSON.stringify(scope)}`).toEqual(await goodsFromLines(owner, p));
      }

    const p = { ...period("2026-02-27", "2026-04-02"), report: "goods" as const };
    const goods = await runReport(owner, p);
    expect(goods.rows.map((r) => r.name)).toEqual(["Кофе латте", "Сыр гауда", "Чай «Цейлон»"]);
    // latte: sold in s1, s3, s4 and «april» (2 each), returned once (r1)
    expect(goods.rows[0]).toMatchObject({
      soldQty: "8.000",
      sold: 100_000n,
      returnedQty: "1.000",
      returned: 12_500n,
    });
    // tea, one nomenclature item under two names: sold in s2, s3, s4, s6, s7 and by c2 (the reverse
    // document of the return r2: a SALE); returned by c1 and c3 (reverse documents of s2 and s7: SALE
    // RETURNs), r2 and r3
    expect(goods.rows[2]).toMatchObject({
      soldQty: "6.000",
      sold: 54_000n,
      returnedQty: "4.000",
      returned: 36_000n,
    });
    // the cancelled return (a SALE reverse document) counts as sold, as the Z-report counts it
    const z = await runReport(owner, { ...p, report: "z" });
    expect(goods.totals!.sold).toBe(z.totals!.sales);
    expect(goods.totals!.returned).toBe(z.totals!.returns);
    expect(goods.totals).toMatchObject({ soldQty: null, returnedQty: null });
    const b2 = await runReport(owner, {
      ...period("2026-04-02", "2026-04-02"),
      cashbox: b.id,
      report: "goods",
    });
    expect(b2.rows).toEqual([
      expect.objectContaining({ name: "Сыр гауда", unit: "кг", sold: 10_000n, returned: 10_000n, net: 0n }),
      expect.objectContaining({ name: "Чай чёрный", unit: "шт", sold: 9_000n, returned: 9_000n, net: 0n }),
    ]);
  }, 120_000);
});

/**
 * The cashier report as it was computed before it read the day rollup (the test's oracle): the
 * period's SALE / SALE_RETURN documents grouped by the cashier's name they snapshot.
 */
async function cashiersFromDocuments(ctx: TenantContext, p: ReportParams): Promise<ReportTable> {
  const s = reportScope(ctx, p);
  const rows = await tenantQuery<
    {
      cashier: string;
      salesCount: bigint;
      sales: bigint;
      salesCash: bigint;
      salesCard: bigint;
      returnsCount: bigint;
      returns: bigint;
    }[]
  >(
    db(),
    ctx.organizationId,
    sql`SELECT d."cashierName" AS cashier,
           COUNT(*) FILTER (WHERE d.type = 'SALE')::bigint AS "salesCount",
           COALESCE(SUM(d.total) FILTER (WHERE d.type = 'SALE'), 0)::bigint AS sales,
           COALESCE(SUM(d.cash) FILTER (WHERE d.type = 'SALE'), 0)::bigint AS "salesCash",
           COALESCE(SUM(d.card) FILTER (WHERE d.type = 'SALE'), 0)::bigint AS "salesCard",
           COUNT(*) FILTER (WHERE d.type = 'SALE_RETURN')::bigint AS "returnsCount",
           COALESCE(SUM(d.total) FILTER (WHERE d.type = 'SALE_RETURN'), 0)::bigint AS returns
      FROM "FiscalDocument" d
     WHERE d."organizationId" = ${ctx.organizationId}::uuid AND d."createdAt" >= ${s.from} AND d."createdAt" < ${s.to}
       AND d.type IN ('SALE', 'SALE_RETURN') ${s.cashboxSql("d")}
     GROUP BY d."cashierName"
     ORDER BY 3 DESC, 1`,
  );
  const out = rows.map((r) => ({
    ...r,
    salesCount: Number(r.salesCount),
    returnsCount: Number(r.returnsCount),
    net: r.sales - r.returns,
    average: r.salesCount > 0n ? (r.sales * 2n + r.salesCount) / (2n * r.salesCount) : 0n,
  }));
  const totals = out.length ? totalsOf(CASHIER_COLUMNS, out) : null;
  if (totals) {
    const n = BigInt(totals.salesCount as bigint);
    totals.average = n > 0n ? ((totals.sales as bigint) * 2n + n) / (2n * n) : 0n;
  }
  return { columns: CASHIER_COLUMNS, rows: out, totals };
}

describe("the cashier report reads the day rollup", () => {
  it("equals the documents grouped by cashier for every period and filter, reversals included", async () => {
    const t = await seedTenant(db(), { country: "RU" }); // Europe/Moscow, UTC+3
    const tp2 = await seedTradePoint(db(), { organizationId: t.org.id, name: "Киоск" });
    const a = await registeredCashbox(t, t.tradePoint.id);
    const b = await registeredCashbox(t, tp2.id);
    const vera = await cashierOf(t.org.id, "Вера Кассир");
    const gleb = await cashierOf(t.org.id, "Глеб Кассир");
    const dina = await cashierOf(t.org.id, "Дина Кассир");
    const owner = ctxFor(t.org, t.users.OWNER, "OWNER");
    const docs: World["docs"] = {};
    const send = sender({ docs });
    const cash = (amount: number) => [{ type: "cash" as const, amount }];
    const card = (amount: number) => [{ type: "card" as const, amount }];
    const mixed = (c: number, k: number) => [
      { type: "cash" as const, amount: c },
      { type: "card" as const, amount: k },
    ];
    type Pay = { type: "cash" | "card"; amount: number }[];
    type Op = (at: string) => Promise<unknown>;
    // a day's documents on a cashbox (any cashier of the shift), then its Z-report
    let n = 0;
    const day = async (cb: DeviceCashbox, date: string, ops: Op[]) => {
      let minute = 0;
      for (const op of ops) await op(`${date}T09:${String(minute++).padStart(2, "0")}:00Z`);
      await send(`z${n++}`, cb, vera, "z_report", `${date}T18:00:00Z`);
    };
    const sell =
      (key: string, cb: DeviceCashbox, who: Cashier, price: number, pay: Pay): Op =>
      (at) =>
        send(key, cb, who, "receipt", at, sale([line("Кофе латте", price)], pay));
    const giveBack =
      (key: string, cb: DeviceCashbox, who: Cashier, basis: string, price: number): Op =>
      (at) =>
        send(key, cb, who, "receipt", at, {
          type: "sale_return",
          returnBasis: { receiptId: docs[basis].id },
          items: [line("Кофе латте", price)],
          payments: card(price),
        });
    const cancel =
      (key: string, cb: DeviceCashbox, who: Cashier): Op =>
      (at) =>
        send(key, cb, who, "cancel_last", at);

    await day(a, "2026-02-26", [sell("s0", a, vera, 10_000, cash(10_000))]);
    // Глеб cancels his own sale: a sale and a (reverse) return of his
    await day(a, "2026-02-27", [
      sell("s1", a, vera, 12_000, cash(12_000)),
      sell("s2", a, gleb, 20_000, card(20_000)),
      cancel("c1", a, gleb),
    ]);
    await day(b, "2026-02-28", [
      sell("s3", b, dina, 30_000, mixed(10_000, 20_000)),
      giveBack("r1", b, vera, "s3", 30_000),
    ]);
    // 1 March 00:30 in Moscow is still 28 February in UTC: March's, not the day before's
    await send(
      "midnight",
      b,
      dina,
      "receipt",
      "2026-02-28T21:30:00Z",
      sale([line("Чай", 5_000)], cash(5_000)),
    );
    await send("zMidnight", b, dina, "z_report", "2026-02-28T22:00:00Z");
    // March: Дина cancels Вера's return (a SALE reverse document of Дина's); a purchase and a deposit count nowhere
    await day(a, "2026-03-05", [
      sell("s4", a, gleb, 40_000, card(40_000)),
      giveBack("r2", a, vera, "s4", 40_000),
      cancel("c2", a, dina),
      sell("s5", a, vera, 7_000, mixed(2_000, 5_000)),
      (at) =>
        send("purchase", a, gleb, "receipt", at, {
          type: "purchase",
          items: [line("Молоко у поставщика", 5_000, "2")],
          payments: card(10_000),
        }),
      (at) => send("deposit", a, vera, "cash_operation", at, { type: "deposit", amount: 50_000 }),
    ]);
    await day(b, "2026-03-31", [
      sell("s6", b, vera, 9_000, cash(9_000)),
      giveBack("r3", b, vera, "s6", 9_000),
    ]);
    // 1 April 00:10 in Moscow: the days after March
    await send(
      "april",
      a,
      gleb,
      "receipt",
      "2026-03-31T21:10:00Z",
      sale([line("Чай", 25_000)], card(25_000)),
    );
    await send("zApril", a, gleb, "z_report", "2026-03-31T22:00:00Z");
    await day(b, "2026-04-02", [sell("s7", b, dina, 11_000, card(11_000)), cancel("c3", b, vera)]);
    await day(a, "2026-04-03", [sell("s8", a, gleb, 8_000, cash(8_000))]);

    const periods: [string, string][] = [
      ["2026-02-27", "2026-04-02"],
      ["2026-02-01", "2026-04-30"],
      ["2026-03-01", "2026-03-31"],
      ["2026-02-28", "2026-03-30"],
      ["2026-03-01", "2026-04-02"],
      ["2026-02-26", "2026-02-26"],
      ["2026-04-04", "2026-04-30"], // nothing sold
    ];
    const scopes: Partial<ReportParams>[] = [
      {},
      { tp: tp2.id },
      { cashbox: a.id },
      { cashbox: b.id, tp: tp2.id },
      { cashbox: a.id, tp: tp2.id }, // a cashbox outside the trade point: nothing
    ];
    for (const [from, to] of periods)
      for (const scope of scopes) {
        const p = { ...period(from, to, scope), report: "cashiers" as const };
        expect(await runReport(owner, p), `${from}…${to} ${JSON.stringify(scope)}`).toEqual(
          await cashiersFromDocuments(owner, p),
        );
      }

    const p = { ...period("2026-02-01", "2026-04-30"), report: "cashiers" as const };
    const all = await runReport(owner, p);
    expect(all.rows.map((r) => [r.cashier, r.salesCount, r.sales, r.returnsCount, r.returns])).toEqual([
      // s2, s4, april, s8; c1 (his own sale cancelled)
      ["Глеб Кассир", 4, 93_000n, 1, 20_000n],
      // s3, midnight, s7; c2 (the reverse of r2: a sale)
      ["Дина Кассир", 4, 86_000n, 0, 0n],
      // s0, s1, s5, s6; r1, r2, r3, c3 (s7 cancelled)
      ["Вера Кассир", 4, 38_000n, 4, 90_000n],
    ]);
    expect(all.rows[1]).toMatchObject({
      salesCash: 15_000n,
      salesCard: 71_000n,
      net: 86_000n,
      average: 21_500n,
    });
    // the totals equal the Z-reports of the same shifts
    const z = await runReport(owner, { ...p, report: "z" });
    expect(all.totals).toMatchObject({
      sales: z.totals!.sales,
      returns: z.totals!.returns,
      salesCount: BigInt(z.totals!.salesCount as bigint),
    });
  }, 120_000);
});

describe("«Чеки» search", () => {
  const find = (p: Partial<ReceiptSearchParams>, ctx = w.owner, pageSize?: number) =>
    searchReceipts(ctx, { ...EMPTY_SEARCH, ...p }, { pageSize });
  const ids = async (p: Partial<ReceiptSearchParams>) => (await find(p)).rows.map((r) => r.id).sort();
  const of = (...keys: string[]) => keys.map((k) => w.docs[k].id).sort();

  it("finds by document number across cashboxes, by date, amount, cashbox, payment, item and type", async () => {
    const n = w.docs.coffee.number;
    const byNumber = await find({ number: n });
    expect(byNumber.rows.every((r) => r.number === n)).toBe(true);
    expect(byNumber.rows.map((r) => r.id)).toContain(w.docs.coffee.id);
    expect(await ids({ from: "2026-03-11", to: "2026-03-11" })).toEqual(of("cheese", "purchase"));
    expect(await ids({ from: "2026-03-14", to: "2026-03-14" })).toEqual(of("late"));
    expect(await ids({ from: "2026-03-13", to: "2026-03-13" })).toEqual([]);
    expect(await ids({ min: 40_000n, max: 50_000n })).toEqual(of("mixed", "cheese"));
    expect(await ids({ cashbox: w.b.id })).toEqual(of("tea", "late"));
    expect(await ids({ pay: "card" })).toEqual(of("bread", "breadReturn", "tea"));
    expect(await ids({ pay: "cash" })).toEqual(of("coffee", "cheese", "purchase", "late"));
    expect(await ids({ pay: "mixed" })).toEqual(of("mixed"));
    expect(await ids({ item: "ХЛЕБ" })).toEqual(of("bread", "mixed", "breadReturn"));
    expect(await ids({ item: "латте", pay: "cash" })).toEqual(of("coffee"));
    expect(await ids({ type: "sale_return" })).toEqual(of("breadReturn"));
    expect(await ids({ type: "purchase" })).toEqual(of("purchase"));
    // reports and cash operations are not receipts
    expect(await ids({})).toEqual(
      of("coffee", "bread", "mixed", "breadReturn", "cheese", "purchase", "tea", "late"),
    );
  });

  it("pages newest first with one row of look-ahead, and parses junk URL state to «any»", async () => {
    const p1 = await find({}, w.owner, 3);
    expect(p1.rows.map((r) => r.id)).toEqual([w.docs.late.id, w.docs.purchase.id, w.docs.cheese.id]);
    expect(p1.hasNext).toBe(true);
    const p3 = await find({ page: 3 }, w.owner, 3);
    expect(p3.rows).toHaveLength(2);
    expect(p3.hasNext).toBe(false);
    expect(
      parseReceiptSearch({
        number: "x1",
        from: "2026-13-01",
        min: "-5",
        pay: "bitcoin",
        type: "z",
        page: "-2",
      }),
    ).toEqual(EMPTY_SEARCH);
    expect(parseReceiptSearch({ number: "№ 12", min: "1 234,5", item: "  кофе " })).toMatchObject({
      number: 12,
      min: 123_450n,
      item: "кофе",
    });
  });

  it("is scoped to the organization and to roles that read receipts", async () => {
    const other = await seedTenant(db(), { country: "RU" });
    const foreign = ctxFor(other.org, other.users.OWNER, "OWNER");
    expect((await find({}, foreign)).rows).toEqual([]);
    expect((await find({ cashbox: w.a.id }, foreign)).rows).toEqual([]);
    await expect(getReceipt(foreign, w.docs.coffee.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getReceipt(w.owner, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    // a report document is not a receipt
    await expect(getReceipt(w.owner, w.docs.zA1.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const accountant = ctxFor(w.t.org, w.t.users.ACCOUNTANT, "ACCOUNTANT");
    expect((await find({}, accountant)).rows.length).toBeGreaterThan(0);
    const cashier = ctxFor(w.t.org, w.t.users.CASHIER, "CASHIER");
    await expect(find({}, cashier)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getReceipt(cashier, w.docs.coffee.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const report of REPORT_KINDS) {
      await expect(
        runReport(cashier, { ...period("2026-03-10", "2026-03-11"), report }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      const mine = await runReport(foreign, {
        ...period("2026-03-10", "2026-03-11"),
        report,
        cashbox: w.a.id,
      });
      expect(mine.rows).toEqual([]);
      const accountantSees = await runReport(accountant, { ...period("2026-03-10", "2026-03-11"), report });
      expect(accountantSees.columns.length).toBeGreaterThan(0);
    }
  });
});

describe("receipt page, «Дубликат» and «Отправить»", () => {
  it("shows the stored printed form with its QR and our check link", async () => {
    const r = await getReceipt(w.owner, w.docs.mixed.id);
    expect(r.lines.some((l) => l.kind === "qr")).toBe(true);
    expect(r.lines.some((l) => l.text.includes("ИТОГ"))).toBe(true);
    expect(r.qrSvg).toMatch(/^<svg/);
    expect(r.checkUrl).toMatch(/\/check\?t=\d{8}T\d{4}&s=500\.00&fn=\d+&i=\d+&fp=\d{10}&n=1$/);
  });

  it("a duplicate is marked «ДУБЛИКАТ» and logged; an ACCOUNTANT may send a copy, logged and queued", async () => {
    const accountant = ctxFor(w.t.org, w.t.users.ACCOUNTANT, "ACCOUNTANT");
    const d = await printDuplicate(accountant, w.docs.coffee.id);
    expect(d.lines[0]).toMatchObject({ text: "ДУБЛИКАТ", style: "bold_center" });
    const email = `buyer-${randomUUID().slice(0, 6)}@example.com`;
    await sendReceiptCopy(accountant, { receiptId: w.docs.coffee.id, email });
    const mail = await db().outboxMail.findFirstOrThrow({ where: { to: email } });
    expect(mail.subject).toContain(`№ ${w.docs.coffee.number}`);
    expect(mail.text).toContain("Проверить чек: ");
    const log = await db().auditLog.findMany({
      where: { organizationId: w.t.org.id, objectId: w.docs.coffee.id },
      select: { action: true, userId: true },
    });
    expect(log).toEqual(
      expect.arrayContaining([
        { action: "receipt.duplicate", userId: w.t.users.ACCOUNTANT.id },
        { action: "receipt.send", userId: w.t.users.ACCOUNTANT.id },
      ]),
    );
  });
});

describe("public receipt check", () => {
  const ip = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.1`;
  const check = (link: string, from = ip()) => unsafeCheckReceipt(checkQueryOf(link), from);
  const tamper = (link: string, key: string, value: string) => {
    const u = new URL(link);
    u.searchParams.set(key, value);
    return u.toString();
  };

  it("shows the receipt when every field and the fiscal sign match; any mismatch is «not found»", async () => {
    const link = (await getReceipt(w.owner, w.docs.mixed.id)).checkUrl!;
    const ok = await check(link);
    expect(ok.status).toBe("found");
    if (ok.status === "found") expect(ok.lines.some((l) => l.text.includes("ИТОГ: 500.00"))).toBe(true);
    // the bare QR content, as a scanner reads it
    expect((await check(w.docs.mixed.qr!)).status).toBe("found");
    const fp = new URL(link).searchParams.get("fp")!;
    const wrongSign = String((Number(fp) + 1) % 10_000_000_000).padStart(10, "0");
    expect(await check(tamper(link, "fp", wrongSign))).toEqual({ status: "not_found" });
    expect(await check(tamper(link, "s", "500.01"))).toEqual({ status: "not_found" });
    expect(await check(tamper(link, "n", "2"))).toEqual({ status: "not_found" });
    expect(await check(tamper(link, "t", "20260310T0931"))).toEqual({ status: "not_found" });
    // another organization's drive with this receipt's number and sign
    const other = await seedTenant(db(), { country: "RU" });
    const otherCb = await registeredCashbox(other, other.tradePoint.id);
    expect(await check(tamper(link, "fn", otherCb.fiscalDriveNumber!))).toEqual({ status: "not_found" });
    expect(await check("hello")).toEqual({ status: "invalid" });
  });

  it("KZ links of our own ОФД (/consumer?i=&f=&s=&t=) check the same way", async () => {
    const kz = await seedTenant(db(), { country: "KZ" });
    const { cashbox } = await seedCashbox(db(), {
      organizationId: kz.org.id,
      tradePointId: kz.tradePoint.id,
      registrationStatus: "REGISTERED",
      registrationNumber: String(Math.floor(Math.random() * 1e12)).padStart(12, "0"),
      paidUntil: new Date(Date.now() + 365 * 86400_000),
    });
    const cb = (await loadDeviceCashbox(cashbox.id, unsafeOrganizationId(cashbox.organizationId)))!;
    const m = await db().membership.findFirstOrThrow({
      where: { organizationId: kz.org.id, role: "CASHIER" },
    });
    const out = await acceptDocument(
      cb,
      {
        op: "receipt",
        body: {
          clientDocId: randomUUID(),
          createdAt: "2026-03-10T05:06:07.890Z",
          type: "sale",
          items: [{ name: "Нан", unit: { code: "796" }, price: 25_000, quantity: "2", vatRate: "VAT16" }],
          payments: [{ type: "cash", amount: 50_000 }],
        },
        cashier: (await loadCashier(unsafeOrganizationId(kz.org.id), m.id))!,
      },
      { now: at("2026-03-10T05:06:09Z") },
    );
    const qr = out.document.qr!;
    // local wall clock of Almaty, to the second
    expect(qr).toMatch(/\/consumer\?i=\d{10}&f=\d{12}&s=500\.00&t=20260310T\d\d0607$/);
    expect((await check(qr)).status).toBe("found");
    const t = new URL(qr).searchParams.get("t")!;
    expect(await check(tamper(qr, "t", t.replace(/07$/, "08")))).toEqual({ status: "not_found" });
    expect(await check(tamper(qr, "s", "50.00"))).toEqual({ status: "not_found" });
  });

  it("is rate limited per IP", async () => {
    const from = ip();
    const link = (await getReceipt(w.owner, w.docs.tea.id)).checkUrl!;
    for (let i = 0; i < 30; i++) expect((await check(link, from)).status).toBe("found");
    expect((await check(link, from)).status).toBe("rate_limited");
    expect((await check(link, ip())).status).toBe("found");
  });
});

describe(".xlsx export", () => {
  it("reads back equal to the on-screen table, for every report", async () => {
    for (const report of REPORT_KINDS) {
      const p = { ...period("2026-03-10", "2026-03-14"), report };
      const screen = await runReport(w.owner, p, { screen: true });
      const out = new PassThrough();
      const chunks: Buffer[] = [];
      out.on("data", (c: Buffer) => chunks.push(c));
      const done = new Promise((resolve) => out.on("end", resolve));
      const now = new Date("2026-03-15T09:30:00Z");
      await writeReportXlsx(w.owner, p, "ru", out, { now });
      await done;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
      const ws = wb.worksheets[0];
      // The header block (issue 15.19): report, organization with its tax id, period, scope, time made.
      const head = await reportHeaderLines(w.owner, p, "ru", now);
      expect(head.slice(1).join("\n"), report).toMatch(
        /^Организация: .+, ИНН: \d{10}\nПериод: 10\.03\.2026 — 14\.03\.2026\nВсе кассы и торговые точки\nСформирован: 15\.03\.2026 \d\d:30 \(.+\)$/,
      );
      head.forEach((line, i) =>
        expect(ws.getRow(i + 1).getCell(1).value, `${report} header ${i}`).toBe(line),
      );
      const H = XLSX_HEADER_ROWS;
      const values = (n: number) =>
        screen.columns.map((_, i) => {
          const v = ws.getRow(H + n).getCell(i + 1).value;
          return v === undefined ? null : v;
        });
      expect(values(1)[0], report).toBeTypeOf("string");
      screen.rows.forEach((r, i) =>
        expect(values(i + 2), `${report} row ${i}`).toEqual(
          screen.columns.map((c) => xlsxValue(c, r[c.key], w.owner.timezone)),
        ),
      );
      // Real Excel dates and numbers, with formats.
      screen.columns.forEach((c, i) => {
        if (!screen.rows.length) return;
        const cell = ws.getRow(H + 2).getCell(i + 1);
        if (c.kind === "datetime" && cell.value !== null) {
          expect(cell.value, `${report} ${c.key}`).toBeInstanceOf(Date);
          expect(cell.numFmt).toBe(XLSX_DATETIME_FORMAT);
        }
        if (c.kind === "money" && cell.value !== null) {
          expect(typeof cell.value, `${report} ${c.key}`).toBe("number");
          expect(cell.numFmt).toBe("#,##0.00");
        }
      });
      if (screen.totals) {
        const totals = values(screen.rows.length + 2);
        screen.columns.forEach((c, i) => {
          if (c.kind === "money" || c.kind === "int" || c.kind === "qty")
            expect(totals[i], `${report} total ${c.key}`).toEqual(
              xlsxValue(c, screen.totals![c.key], w.owner.timezone),
            );
        });
        expect(totals).toContain("Итого");
      }
      expect(ws.getRow(H + screen.rows.length + (screen.totals ? 3 : 2)).values).toEqual([]);
    }
  });
});
