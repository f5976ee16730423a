// «Чеки» → «Выгрузить в Excel» (lib/receipts/export-xlsx.ts) against real PostgreSQL, with every
// document made through acceptDocument: the file read back with exceljs holds every receipt of the
// search — the page's own filters, in keyset batches across equal times — with the organization's
// wall clock, signed money and VAT; another organization's receipts never appear; a missing or
// too long period and a search over the row cap are refused with VALIDATION_FAILED; a destination
// that stalls holds the export back and one that closes ends it; a month's export reads only the
// month partitions of FiscalDocument / ReceiptLine its period overlaps (plans read with EXPLAIN).
import { randomUUID } from "node:crypto";
import { PassThrough, Writable } from "node:stream";
import ExcelJS from "exceljs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptDocument } from "@/lib/device/accept-document";
import { loadCashier, loadDeviceCashbox, type Cashier, type DeviceCashbox } from "@/lib/device/context";
import { AppError } from "@/lib/errors/app-error";
import { ensureReceiptPartitions } from "@/lib/fiscal/partitions";
import { errorResponse } from "@/lib/http/with-tenant";
import { translatorFor } from "@/lib/i18n/translator";
import { EMPTY_SEARCH, parseReceiptSearch, type ReceiptSearchParams } from "@/lib/receipts/params";
import { searchReceipts } from "@/lib/receipts/search";
import {
  assertReceiptsExportable,
  exportReceiptsXlsx,
  localClock,
  receiptsColumnTitles,
  receiptsFileName,
  receiptsHeaderLines,
  RECEIPTS_XLSX_DATETIME_FORMAT,
  RECEIPTS_XLSX_HEADER_ROWS,
} from "@/lib/receipts/export-xlsx";
import { excelLocalDate } from "@/lib/reports/export-xlsx";
import { type TenantContext, unsafeOrganizationId } from "@/lib/tenant/context";
import { seedCashbox, seedMembership, seedTenant, seedUser } from "@/prisma/seed/factories";
import { ctxFor, db } from "./helpers";

type Org = Awaited<ReturnType<typeof seedTenant>>;

const line = (name: string, price: number, quantity = "1") => ({
  name,
  unit: { code: quantity.includes(".") ? "11" : "0" },
  price,
  quantity,
  vatRate: "VAT22",
});
const pay = (cash: number, card: number) =>
  [
    cash ? { type: "cash" as const, amount: cash } : null,
    card ? { type: "card" as const, amount: card } : null,
  ].filter((x) => x !== null);

async function registeredCashbox(t: Org, name: string) {
  const { cashbox } = await seedCashbox(db(), {
    organizationId: t.org.id,
    tradePointId: t.tradePoint.id,
    name,
    registrationStatus: "REGISTERED",
    registrationNumber: `00007${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}`,
    paidUntil: new Date("2034-12-31T00:00:00Z"),
  });
  return (await loadDeviceCashbox(cashbox.id, unsafeOrganizationId(cashbox.organizationId)))!;
}

async function cashierOf(orgId: string, name: string) {
  const u = await seedUser(db(), { name });
  const m = await seedMembership(db(), { organizationId: orgId, userId: u.id, role: "CASHIER", pin: "1234" });
  return (await loadCashier(unsafeOrganizationId(orgId), m.id))!;
}

const docs: Record<string, string> = {};
async function send(
  key: string,
  cb: DeviceCashbox,
  cashier: Cashier,
  time: string,
  body: Record<string, unknown>,
  op: "receipt" | "cash_operation" | "z_report" = "receipt",
) {
  const createdAt = new Date(time);
  const out = await acceptDocument(
    cb,
    { op, body: { clientDocId: randomUUID(), createdAt: createdAt.toISOString(), ...body }, cashier },
    { now: new Date(createdAt.getTime() + 1000) },
  );
  docs[key] = out.document.id;
}

let owner: TenantContext;
let foreign: TenantContext;
let a: DeviceCashbox;
let b: DeviceCashbox;
let foreignBox: DeviceCashbox;

let admin: pg.Client;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  // the months of 2033 are this file's (receipt-partitions.test.ts keeps 2031): their partitions
  // exist before the first document, so the plans below can be read for pruning
  await ensureReceiptPartitions(new Date("2033-02-01"), new Date("2033-04-30"));
  const t = await seedTenant(db(), { country: "RU" });
  owner = ctxFor(t.org, t.users.OWNER, "OWNER");
  a = await registeredCashbox(t, "Касса у входа");
  b = await registeredCashbox(t, "Касса у окна");
  const anna = await cashierOf(t.org.id, "Анна Кассир");
  const boris = await cashierOf(t.org.id, "Борис Кассир");
  // 1 March (Moscow), cashbox A, shift 1
  await send("dep", a, anna, "2033-03-01T06:00:00Z", { type: "deposit", amount: 100_000 }, "cash_operation");
  await send("coffee", a, anna, "2033-03-01T06:10:00Z", {
    type: "sale",
    items: [line("Кофе латте", 12_500, "2")],
    payments: pay(25_000, 0),
  });
  // the same instant on both cashboxes: the keyset goes on by id
  await send("tieA", a, anna, "2033-03-01T07:00:00.250Z", {
    type: "sale",
    items: [line("Хлеб бородинский", 10_000, "3")],
    payments: pay(0, 30_000),
  });
  await send("tieB", b, boris, "2033-03-01T07:00:00.250Z", {
    type: "sale",
    items: [line("Сыр гауда", 40_000, "0.750"), line("Кофе латте", 12_500)],
    payments: pay(12_500, 30_000),
  });
  await send("return", a, anna, "2033-03-01T08:00:00Z", {
    type: "sale_return",
    returnBasis: { receiptId: docs.tieA },
    items: [line("Хлеб бородинский", 10_000, "1")],
    payments: pay(0, 10_000),
  });
  await send("zA", a, anna, "2033-03-01T15:00:00Z", {}, "z_report");
  await send("zB", b, boris, "2033-03-01T16:00:00Z", {}, "z_report");
  // 2 March: a cash purchase on A (shift 2)
  await send("purchase", a, boris, "2033-03-02T06:30:00Z", {
    type: "purchase",
    items: [line("Молоко у поставщика", 5_000, "2")],
    payments: pay(10_000, 0),
  });
  // 31 March 23:30 in Moscow (20:30 UTC): the last local day of the month
  await send("lastDay", b, boris, "2033-03-31T20:30:00Z", {
    type: "sale",
    items: [line("Чай зелёный", 35_000)],
    payments: pay(35_000, 0),
  });
  // 1 April 00:30 in Moscow is still 31 March in UTC: outside a March export
  await send("april", b, boris, "2033-03-31T21:30:00Z", {
    type: "sale",
    items: [line("Чай зелёный", 35_000)],
    payments: pay(35_000, 0),
  });

  // another organization's receipts in the same days
  const other = await seedTenant(db(), { country: "RU" });
  foreign = ctxFor(other.org, other.users.OWNER, "OWNER");
  foreignBox = await registeredCashbox(other, "Чужая касса");
  const stranger = await cashierOf(other.org.id, "Чужой Кассир");
  await send("foreign1", foreignBox, stranger, "2033-03-01T06:10:00Z", {
    type: "sale",
    items: [line("Кофе латте", 12_500)],
    payments: pay(12_500, 0),
  });
  await send("foreignZ", foreignBox, stranger, "2033-03-01T15:00:00Z", {}, "z_report");
  await send("foreign2", foreignBox, stranger, "2033-03-05T10:00:00Z", {
    type: "sale",
    items: [line("Хлеб бородинский", 10_000)],
    payments: pay(0, 10_000),
  });
});

afterAll(async () => admin?.end());

const MARCH = { from: "2033-03-01", to: "2033-03-31" };
const search = (p: Partial<ReceiptSearchParams>): ReceiptSearchParams => ({ ...EMPTY_SEARCH, ...p });

/** Exports into memory and reads the workbook back. */
async function exported(
  ctx: TenantContext,
  p: ReceiptSearchParams,
  opts: Parameters<typeof exportReceiptsXlsx>[3] = {},
) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => out.on("end", resolve));
  const count = await exportReceiptsXlsx(ctx, p, out, opts);
  await ended;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const H = RECEIPTS_XLSX_HEADER_ROWS;
  const rows: unknown[][] = [];
  for (let n = H + 2; n <= ws.rowCount; n++) {
    const values = ws.getRow(n).values as unknown[];
    if (values.length) rows.push(values.slice(1));
  }
  return { count, ws, rows, sheetName: ws.name };
}

/** Receipt ids of the page's search (all pages), oldest first as the export writes them. */
async function pageIds(ctx: TenantContext, p: ReceiptSearchParams) {
  const found = await searchReceipts(ctx, { ...p, page: 1 }, { pageSize: 1000 });
  return found.rows.map((r) => r.id).reverse();
}

describe("receipts .xlsx export", () => {
  it("writes every receipt of the period with the header, the wall clock, signed money and VAT", async () => {
    const now = new Date("2033-04-02T09:30:00Z");
    // batches of 2: the keyset crosses the pair of receipts made at the same instant
    const { count, ws, rows, sheetName } = await exported(owner, search(MARCH), { now, batchSize: 2 });
    expect(sheetName).toBe("Чеки");
    const head = await receiptsHeaderLines(owner, search(MARCH), "ru", now);
    expect(head.join("\n")).toMatch(
      /^Чеки\nОрганизация: .+, ИНН: \d{10}\nПериод: 01\.03\.2033 — 31\.03\.2033\nБез фильтров\nСформирован: 02\.04\.2033 12:30 \(Europe\/Moscow\)$/,
    );
    head.forEach((l, i) => expect(ws.getRow(i + 1).getCell(1).value).toBe(l));
    expect(ws.getRow(RECEIPTS_XLSX_HEADER_ROWS + 1).values).toEqual([
      undefined,
      ...receiptsColumnTitles("ru"),
    ]);
    expect(receiptsColumnTitles("ru")).toEqual([
      "Дата и время",
      "Касса",
      "Смена",
      "№ ФД",
      "Тип",
      "Кассир",
      "Сумма",
      "Наличные",
      "Карта",
      "НДС",
      "Фискальный признак",
    ]);

    const order = ["coffee", "tieA", "tieB", "return", "purchase", "lastDay"];
    expect(count).toBe(order.length);
    expect(rows).toHaveLength(order.length);
    // the same receipts as the page finds, oldest first (the tie by id)
    const stored = await db().fiscalDocument.findMany({
      where: { organizationId: owner.organizationId, id: { in: order.map((k) => docs[k]) } },
      include: { shift: { select: { number: true } } },
    });
    const byId = new Map(stored.map((d) => [d.id, d]));
    const expectedIds = await pageIds(owner, search(MARCH));
    expect(new Set(expectedIds)).toEqual(new Set(order.map((k) => docs[k])));
    const tie = [docs.tieA, docs.tieB].sort();
    const exportedIds = rows.map((r) => stored.find((d) => d.fiscalSign === r[10])!.id);
    expect(exportedIds).toEqual([docs.coffee, ...tie, docs.return, docs.purchase, docs.lastDay]);

    const cashboxName = (id: string) => (id === a.id ? "Касса у входа" : "Касса у окна");
    const typeLabel: Record<string, string> = {
      SALE: "Продажа (приход)",
      SALE_RETURN: "Возврат продажи",
      PURCHASE: "Покупка (расход)",
    };
    rows.forEach((r, i) => {
      const d = byId.get(exportedIds[i])!;
      const sign = d.type === "SALE_RETURN" || d.type === "PURCHASE" ? -1 : 1;
      const vat = (d.vat as { amount: number }[]).reduce((s, v) => s + Number(v.amount), 0);
      expect(r, `row ${i}`).toEqual([
        excelLocalDate(d.createdAt, "Europe/Moscow"),
        cashboxName(d.cashboxId),
        d.shift!.number,
        d.number,
        typeLabel[d.type],
        d.cashierName,
        (sign * Number(d.total)) / 100,
        (sign * Number(d.cash)) / 100 || 0,
        (sign * Number(d.card)) / 100 || 0,
        (sign * vat) / 100 || 0,
        d.fiscalSign,
      ]);
    });
    // spot values: Moscow wall clock to the second, kopecks as decimals, returns negative
    expect(rows[0].slice(0, 2)).toEqual([new Date("2033-03-01T09:10:00Z"), "Касса у входа"]);
    expect(rows[3].slice(6, 9)).toEqual([-100, 0, -100]);
    expect(rows[5][0]).toEqual(new Date("2033-03-31T23:30:00Z"));
    expect(Number(rows[2][9])).toBeGreaterThan(0);
    // real Excel dates and numbers, with formats
    const first = ws.getRow(RECEIPTS_XLSX_HEADER_ROWS + 2);
    expect(first.getCell(1).numFmt).toBe(RECEIPTS_XLSX_DATETIME_FORMAT);
    expect(first.getCell(7).numFmt).toBe("#,##0.00");
    expect(typeof first.getCell(7).value).toBe("number");
  });

  it("keeps the page's filters: the same receipts as the search, whatever the batch size", async () => {
    const cases: Partial<ReceiptSearchParams>[] = [
      { cashbox: b.id },
      { type: "sale_return" },
      { type: "purchase" },
      { pay: "cash" },
      { pay: "card" },
      { pay: "mixed" },
      { min: 30_000n, max: 42_500n },
      { item: "ХЛЕБ" },
      { item: "латте", pay: "cash" },
      { item: "100%_" },
      { from: "2033-03-02", to: "2033-03-02" },
      { from: "2033-04-01", to: "2033-04-01" },
    ];
    const { rows: all } = await exported(owner, search(MARCH));
    const number = Number(all[1][3]);
    cases.push({ number }, { number, cashbox: a.id });
    for (const c of cases) {
      const p = search({ ...MARCH, ...c });
      const want = await pageIds(owner, p);
      for (const batchSize of [1, 5000]) {
        const { count, rows } = await exported(owner, p, { batchSize });
        const signs = await db().fiscalDocument.findMany({
          where: { id: { in: want } },
          select: { id: true, fiscalSign: true },
        });
        const signOf = new Map(signs.map((s) => [s.id, s.fiscalSign]));
        expect(
          count,
          JSON.stringify(c, (_, v) => (typeof v === "bigint" ? String(v) : v)),
        ).toBe(want.length);
        expect(new Set(rows.map((r) => r[10]))).toEqual(new Set(want.map((id) => signOf.get(id))));
      }
    }
    expect((await exported(owner, search({ from: "2033-04-01", to: "2033-04-01" }))).count).toBe(1);
  });

  it("never shows another organization's receipts; a foreign cashbox id selects nothing", async () => {
    const own = await exported(owner, search(MARCH));
    const foreignSigns = await db().fiscalDocument.findMany({
      where: { organizationId: foreign.organizationId, type: "SALE" },
      select: { fiscalSign: true },
    });
    expect(foreignSigns).toHaveLength(2);
    for (const s of foreignSigns) expect(own.rows.map((r) => r[10])).not.toContain(s.fiscalSign);
    expect(own.rows.map((r) => r[1])).not.toContain("Чужая касса");

    const theirs = await exported(foreign, search(MARCH));
    expect(theirs.count).toBe(2);
    expect(theirs.rows.map((r) => r[1])).toEqual(["Чужая касса", "Чужая касса"]);

    // another organization's cashbox in the filter: an empty file, the header does not name it
    const cross = await exported(owner, search({ ...MARCH, cashbox: foreignBox.id }));
    expect(cross.count).toBe(0);
    expect(cross.rows).toEqual([]);
    expect(cross.ws.getRow(4).getCell(1).value).toBe("Касса: касса не найдена");
    await expect(assertReceiptsExportable(owner, search({ ...MARCH, cashbox: foreignBox.id }))).resolves.toBe(
      undefined,
    );
    const crossBack = await exported(foreign, search({ ...MARCH, cashbox: a.id }));
    expect(crossBack.count).toBe(0);

    // the permission: a cashier does not read receipts
    const cashierCtx = { ...owner, role: "CASHIER" as const, permissions: new Set<never>() };
    await expect(exportReceiptsXlsx(cashierCtx, search(MARCH), new PassThrough())).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(assertReceiptsExportable(cashierCtx, search(MARCH))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses a missing, reversed or too long period with VALIDATION_FAILED and a Russian message", async () => {
    const t = translatorFor("ru") as unknown as (k: string, p?: Record<string, unknown>) => string;
    const refused: [Record<string, string>, string, string][] = [
      [{}, "receipts.export.errors.period", "Для выгрузки укажите период: «Дата с» и «Дата по»."],
      [
        { from: "2033-03-01" },
        "receipts.export.errors.period",
        "Для выгрузки укажите период: «Дата с» и «Дата по».",
      ],
      [
        { from: "2033-03-01", to: "2033-02-30" },
        "receipts.export.errors.period",
        "Для выгрузки укажите период: «Дата с» и «Дата по».",
      ],
      [
        { from: "2033-03-10", to: "2033-03-09" },
        "receipts.export.errors.order",
        "«Дата с» не может быть позже «Дата по».",
      ],
      [
        { from: "2033-03-01", to: "2033-04-01" },
        "receipts.export.errors.tooLong",
        "Период выгрузки — не больше 31 дня.",
      ],
    ];
    for (const [query, key, text] of refused) {
      const p = parseReceiptSearch(query);
      const check = await assertReceiptsExportable(owner, p).catch((e: unknown) => e);
      expect(check, JSON.stringify(query)).toBeInstanceOf(AppError);
      const e = check as AppError;
      expect(e).toMatchObject({ code: "VALIDATION_FAILED", messageKey: key, status: 400 });
      expect(t(e.messageKey, e.params)).toBe(text);
      // what the route answers
      const res = errorResponse(e);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: "VALIDATION_FAILED", message: key } });
      const out = new PassThrough();
      await expect(exportReceiptsXlsx(owner, p, out)).rejects.toMatchObject({ messageKey: key });
      // nothing was written
      expect(out.read()).toBeNull();
    }
    // 31 days is the longest period; a single day is fine
    await expect(assertReceiptsExportable(owner, search(MARCH))).resolves.toBe(undefined);
    await expect(
      assertReceiptsExportable(owner, search({ from: "2033-03-02", to: "2033-03-02" })),
    ).resolves.toBe(undefined);
    expect(receiptsFileName("ru", MARCH)).toBe("Чеки 2033-03-01 — 2033-03-31.xlsx");
    expect(receiptsFileName("kk", { from: "2033-03-02", to: "2033-03-02" })).toBe("Чектер 2033-03-02.xlsx");
  });

  it("refuses more receipts than the cap before streaming, and stops while reading past it", async () => {
    const t = translatorFor("ru") as unknown as (k: string, p?: Record<string, unknown>) => string;
    // six receipts in March: the rollup's count is above a cap of 5, the exact count confirms it
    const over = await assertReceiptsExportable(owner, search(MARCH), { maxRows: 5 }).catch(
      (e: unknown) => e,
    );
    expect(over).toMatchObject({ code: "VALIDATION_FAILED", messageKey: "receipts.export.errors.tooMany" });
    expect(t((over as AppError).messageKey, (over as AppError).params)).toBe(
      "За этот период больше 5 чеков — столько не помещается в файл. Сократите период или добавьте фильтры.",
    );
    await expect(assertReceiptsExportable(owner, search(MARCH), { maxRows: 6 })).resolves.toBe(undefined);
    // a filter the rollup cannot see: its bound (6) is above the cap, the exact count (2) is not
    await expect(
      assertReceiptsExportable(owner, search({ ...MARCH, item: "хлеб" }), { maxRows: 2 }),
    ).resolves.toBe(undefined);
    await expect(
      assertReceiptsExportable(owner, search({ ...MARCH, item: "хлеб" }), { maxRows: 1 }),
    ).rejects.toMatchObject({ messageKey: "receipts.export.errors.tooMany" });
    // the writer's own check (receipts that arrived after the route's): it throws, leaving the
    // workbook unfinished for the caller to destroy, instead of ending a cut file
    const out = new PassThrough();
    out.resume();
    await expect(
      exportReceiptsXlsx(owner, search(MARCH), out, { maxRows: 5, batchSize: 2 }),
    ).rejects.toMatchObject({ messageKey: "receipts.export.errors.tooMany" });
    expect(out.writableEnded).toBe(false);
  });

  it("waits for a stalled destination and ends when it closes", async () => {
    // a destination that takes one chunk and never acknowledges it
    let chunks = 0;
    const stalled = new Writable({
      highWaterMark: 1,
      write(_chunk, _enc, _done) {
        chunks++;
      },
    });
    const run = exportReceiptsXlsx(owner, search(MARCH), stalled, { batchSize: 1 });
    const settled = run.then(
      () => "resolved",
      (e: Error) => e.name,
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(chunks).toBe(1);
    expect(await Promise.race([settled, new Promise((r) => setTimeout(() => r("pending"), 50))])).toBe(
      "pending",
    );
    stalled.destroy();
    expect(await settled).toBe("ExportAborted");
  });

  it("reads only the month partitions of its period, with every filter (plans read with EXPLAIN)", async () => {
    const seen: { text: string; values: unknown[] }[] = [];
    const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
    const original = proto.query;
    proto.query = function (this: unknown, ...args: unknown[]) {
      const [q, v] = args;
      if (typeof q === "string") seen.push({ text: q, values: Array.isArray(v) ? v : [] });
      else if (q && typeof q === "object" && "text" in q)
        seen.push({
          text: String((q as { text: string }).text),
          values: ((q as { values?: unknown[] }).values ?? []) as unknown[],
        });
      return original.apply(this, args);
    };
    try {
      const p = search({ ...MARCH, item: "хлеб", cashbox: a.id, pay: "card", min: 1n, number: 1 });
      // batches of 1: the keyset statements too; the exact count behind a cap below the rollup's
      await exported(owner, search({ ...MARCH, item: "хлеб" }), { batchSize: 1 });
      await exported(owner, p);
      await assertReceiptsExportable(owner, search({ ...MARCH, item: "хлеб" }), { maxRows: 2 });
    } finally {
      proto.query = original;
    }
    const read = new Set<string>();
    let planned = 0;
    for (const s of seen) {
      if (!/^\s*SELECT\b/i.test(s.text) || !/"(FiscalDocument|ReceiptLine)"/.test(s.text)) continue;
      const values = s.values.map((v) => (v instanceof Date ? v.toISOString() : v));
      const plan = await admin.query<{ "QUERY PLAN": unknown }>(`EXPLAIN (FORMAT JSON) ${s.text}`, values);
      planned++;
      for (const m of JSON.stringify(plan.rows[0]["QUERY PLAN"]).matchAll(
        /"Relation Name":"((FiscalDocument|ReceiptLine)_(default|\d{4}_\d{2}))/g,
      ))
        read.add(m[1]);
    }
    expect(planned).toBeGreaterThanOrEqual(5);
    // local March (Moscow) starts on 28 February 21:00 UTC: February's partition and March's only
    expect(read).toContain("FiscalDocument_2033_03");
    expect(read).toContain("ReceiptLine_2033_03");
    for (const name of read) expect(name).toMatch(/_(2033_02|2033_03)$/);
  });

  it("keeps the wall clock of a zone across its offset changes", () => {
    const clock = localClock("Europe/Berlin");
    for (const iso of [
      "2026-03-29T00:59:59Z",
      "2026-03-29T01:00:00Z",
      "2026-03-29T01:14:59.999Z",
      "2026-10-25T00:59:59Z",
      "2026-10-25T01:00:00Z",
      "2026-07-01T12:34:56.789Z",
    ]) {
      const d = new Date(iso);
      expect(clock(d), iso).toEqual(excelLocalDate(d, "Europe/Berlin"));
    }
    const kathmandu = localClock("Asia/Kathmandu");
    const d = new Date("2026-03-01T00:14:00Z");
    expect(kathmandu(d)).toEqual(excelLocalDate(d, "Asia/Kathmandu"));
  });
});
