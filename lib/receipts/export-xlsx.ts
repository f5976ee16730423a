// «Чеки» → «Выгрузить в Excel»: every receipt of a search (the page's filters) as .xlsx, one row per
// document, written through exceljs's streaming WorkbookWriter in constant memory whatever the
// number of receipts (docs/receipts-and-reports.md «Выгрузка чеков»).
//
// - The period is required and at most EXPORT_MAX_DAYS local days (exportPeriodProblem, params.ts):
//   every statement is bounded by "createdAt" (FiscalDocument is partitioned by month of "createdAt",
//   so a month's export reads one or two partitions) and names "organizationId".
// - Documents are read in keyset batches of EXPORT_BATCH by ("createdAt", id); each batch is written
//   and committed, then the writer waits until the zip pipeline and the destination have drained
//   (exceljs itself ignores backpressure and would buffer a slow download in full).
// - At most EXPORT_MAX_ROWS rows (an Excel sheet holds 1,048,576): the route checks before it
//   starts streaming (assertReceiptsExportable: the rollups' count, then a bounded count only when
//   that is above the cap) and answers VALIDATION_FAILED; the writer checks again while reading and
//   throws instead of writing past the cap — the caller destroys the stream, so a download that
//   raced past the cap fails rather than ends in a silently cut file.
//
// For the analytics bench: `exportReceiptsXlsx(ctx, params, writable)` resolves with the number of
// receipt rows written once the workbook is complete in `writable`.
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { sql, tenantQuery } from "@/lib/db/sql";
import { zonedDayEnd, zonedDayStart } from "@/lib/audit/zoned-time";
import { AppError } from "@/lib/errors/app-error";
import { translatorFor } from "@/lib/i18n/translator";
import { toLocale } from "@/lib/i18n/locales";
import { formatDateTime, formatLocalDay } from "@/lib/locale/dates";
import { formatMoney } from "@/lib/locale/money";
import { zoneOffsetMinutes } from "@/lib/locale/zone";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { writeXlsxHeaderBlock } from "@/lib/reports/export-xlsx";
import {
  EXPORT_MAX_DAYS,
  exportPeriodProblem,
  RECEIPT_TYPES,
  type ExportPeriodProblem,
  type ReceiptKind,
  type ReceiptSearchParams,
} from "./params";

/** Receipt rows per file: below Excel's 1,048,576 rows a sheet, with the header block. */
export const EXPORT_MAX_ROWS = 1_000_000;
/** Documents per keyset batch. */
export const EXPORT_BATCH = 5_000;
/** Rows before the column titles: the header block (5 lines) and one empty row. */
export const RECEIPTS_XLSX_HEADER_ROWS = 6;
export const RECEIPTS_XLSX_DATETIME_FORMAT = "dd.mm.yyyy hh:mm:ss";
const MONEY_FORMAT = "#,##0.00";

export const RECEIPTS_XLSX_COLUMNS = [
  "date",
  "cashbox",
  "shift",
  "number",
  "type",
  "cashier",
  "total",
  "cash",
  "card",
  "vat",
  "fiscalSign",
] as const;
export type ReceiptsXlsxColumn = (typeof RECEIPTS_XLSX_COLUMNS)[number];
const MONEY_COLUMNS: ReadonlySet<ReceiptsXlsxColumn> = new Set(["total", "cash", "card", "vat"]);

/** Money leaves the till on these: their amounts are written negative (the page shows «−»). */
export const OUTGOING_KINDS: ReadonlySet<ReceiptKind> = new Set(["sale_return", "purchase"]);

type T = (key: string, params?: Record<string, string | number>) => string;
const translate = (locale: string) => translatorFor(locale) as unknown as T;

export interface ExportPeriod {
  from: string;
  to: string;
  /** the first instant of `from` and the first instant after `to`, in the organization's zone */
  start: Date;
  end: Date;
}

export function exportPeriodError(problem: ExportPeriodProblem): AppError {
  return new AppError("VALIDATION_FAILED", {
    messageKey: `receipts.export.errors.${problem}`,
    field: problem === "period" ? "from" : "to",
    params: problem === "tooLong" ? { days: EXPORT_MAX_DAYS } : undefined,
  });
}

export function tooManyRowsError(max: number): AppError {
  return new AppError("VALIDATION_FAILED", {
    messageKey: "receipts.export.errors.tooMany",
    params: { max },
  });
}

/** The export's period, or VALIDATION_FAILED (no period, «с» after «по», longer than 31 days). */
export function exportPeriod(ctx: Pick<TenantContext, "timezone">, p: ReceiptSearchParams): ExportPeriod {
  const problem = exportPeriodProblem(p);
  if (problem) throw exportPeriodError(problem);
  const start = zonedDayStart(p.from!, ctx.timezone);
  const end = zonedDayEnd(p.to!, ctx.timezone);
  if (!start || !end) throw exportPeriodError("period");
  return { from: p.from!, to: p.to!, start, end };
}

const toDbType = (t: ReceiptKind) => t.toUpperCase();
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The page's filter (search.ts receiptWhere) as SQL over FiscalDocument d: always the organization
 * and the "createdAt" range of the period first.
 */
function filterSql(ctx: TenantContext, p: ReceiptSearchParams, period: ExportPeriod): Prisma.Sql {
  const org = ctx.organizationId;
  const types = p.type ? [p.type] : RECEIPT_TYPES;
  const conds: Prisma.Sql[] = [
    sql`d."organizationId" = ${org}::uuid`,
    sql`d."createdAt" >= ${period.start}::timestamptz`,
    sql`d."createdAt" < ${period.end}::timestamptz`,
    sql`d.type IN (${Prisma.join(types.map((t) => sql`${toDbType(t)}::"FiscalDocumentType"`))})`,
  ];
  if (p.number !== null) conds.push(sql`d.number = ${p.number}::int`);
  if (p.cashbox) conds.push(sql`d."cashboxId" = ${p.cashbox}::uuid`);
  if (p.min !== null) conds.push(sql`d.total >= ${p.min}::bigint`);
  if (p.max !== null) conds.push(sql`d.total <= ${p.max}::bigint`);
  if (p.pay === "cash") conds.push(sql`d.cash > 0 AND d.card = 0`);
  else if (p.pay === "card") conds.push(sql`d.card > 0 AND d.cash = 0`);
  else if (p.pay === "mixed") conds.push(sql`d.cash > 0 AND d.card > 0`);
  if (p.item) {
    // the lines carry their document's createdAt (the partition key): the period prunes their months
    conds.push(sql`EXISTS (SELECT 1 FROM "ReceiptLine" l
       WHERE l."organizationId" = ${org}::uuid AND l."documentId" = d.id AND l."createdAt" = d."createdAt"
         AND l."createdAt" >= ${period.start}::timestamptz AND l."createdAt" < ${period.end}::timestamptz
         AND l.name ILIKE ${`%${likeEscape(p.item)}%`})`);
  }
  return Prisma.join(conds, " AND ");
}

/**
 * Refuses, before anything is streamed, an export the file could not hold: the period (as
 * exportPeriod) and more than `maxRows` matching receipts. The count comes from the AnalyticsDay
 * rollup first (exact for the period, cashbox and type; an upper bound with the other filters);
 * only when that is above the cap are the documents counted, stopping at maxRows + 1.
 */
export async function assertReceiptsExportable(
  ctx: TenantContext,
  p: ReceiptSearchParams,
  opts: { maxRows?: number } = {},
): Promise<void> {
  assertCan(ctx, "receipts.read");
  const period = exportPeriod(ctx, p);
  const max = opts.maxRows ?? EXPORT_MAX_ROWS;
  const org = ctx.organizationId;
  const types = p.type ? [p.type] : RECEIPT_TYPES;
  const [bound] = await tenantQuery<{ n: bigint }[]>(
    db,
    org,
    sql`SELECT COALESCE(sum(count), 0)::bigint AS n FROM "AnalyticsDay"
         WHERE "organizationId" = ${org}::uuid AND day >= ${period.from}::date AND day <= ${period.to}::date
           AND type IN (${Prisma.join(types.map((t) => sql`${toDbType(t)}::"FiscalDocumentType"`))})
           ${p.cashbox ? sql`AND "cashboxId" = ${p.cashbox}::uuid` : Prisma.empty}`,
  );
  if (Number(bound.n) <= max) return;
  const [exact] = await tenantQuery<{ n: number }[]>(
    db,
    org,
    sql`SELECT count(*)::int AS n FROM (
          SELECT 1 FROM "FiscalDocument" d WHERE ${filterSql(ctx, p, period)} LIMIT ${max + 1}
        ) x`,
  );
  if (exact.n > max) throw tooManyRowsError(max);
}

interface DocRow {
  id: string;
  createdAt: Date;
  number: number;
  type: string;
  cashboxId: string;
  shift: number | null;
  total: bigint;
  cash: bigint;
  card: bigint;
  vat: bigint;
  cashierName: string;
  fiscalSign: string;
}

/**
 * The organization's wall clock of an instant as a Date whose UTC fields are that clock (how Excel
 * stores times; lib/reports/export-xlsx.ts excelLocalDate), to the second. The zone's offset is
 * cached per quarter hour (offsets change only at such instants), so a million rows do not each
 * pay for an Intl formatter.
 */
export function localClock(timeZone: string): (d: Date) => Date {
  const offsets = new Map<number, number>();
  return (d) => {
    const seconds = Math.floor(d.getTime() / 1000) * 1000;
    const slot = Math.floor(seconds / 900_000);
    let offset = offsets.get(slot);
    if (offset === undefined) {
      offset = zoneOffsetMinutes(new Date(slot * 900_000), timeZone);
      offsets.set(slot, offset);
    }
    return new Date(seconds + offset * 60_000);
  };
}

/** The file name: «Чеки 2026-03-01 — 2026-03-31.xlsx». */
export function receiptsFileName(locale: string, period: Pick<ExportPeriod, "from" | "to">): string {
  const t = translate(locale);
  const range = period.from === period.to ? period.from : `${period.from} — ${period.to}`;
  return `${t("receipts.title")} ${range}.xlsx`;
}

/** The header block's lines (also what the export test expects back). */
export async function receiptsHeaderLines(
  ctx: TenantContext,
  p: ReceiptSearchParams,
  locale: string,
  now: Date,
): Promise<string[]> {
  const t = translate(locale);
  const l = toLocale(locale);
  const period = exportPeriod(ctx, p);
  const [org, cashbox] = await Promise.all([
    db.organization.findUniqueOrThrow({
      where: { id: ctx.organizationId },
      select: { name: true, taxId: true },
    }),
    p.cashbox
      ? db.cashbox.findFirst({
          where: { organizationId: ctx.organizationId, id: p.cashbox },
          select: { name: true },
        })
      : null,
  ]);
  const money = (v: bigint) => formatMoney(v, ctx.country, l);
  const filters = [
    p.number !== null ? `${t("receipts.search.number")}: ${p.number}` : null,
    p.cashbox
      ? `${t("receipts.search.cashbox")}: ${cashbox?.name ?? t("receipts.export.unknownCashbox")}`
      : null,
    p.type ? `${t("receipts.search.type")}: ${t(`receipts.types.${p.type}`)}` : null,
    p.pay ? `${t("receipts.search.pay")}: ${t(`receipts.pay.${p.pay}`)}` : null,
    p.min !== null ? `${t("receipts.search.min")}: ${money(p.min)}` : null,
    p.max !== null ? `${t("receipts.search.max")}: ${money(p.max)}` : null,
    p.item ? `${t("receipts.search.item")}: «${p.item}»` : null,
  ].filter((x): x is string => x !== null);
  return [
    t("receipts.title"),
    `${t("reports.xlsx.organization", { name: org.name })}, ${t(ctx.country === "KZ" ? "reports.xlsx.taxIdKZ" : "reports.xlsx.taxIdRU", { taxId: org.taxId })}`,
    period.from === period.to
      ? t("reports.xlsx.day", { day: formatLocalDay(period.from, l) })
      : t("reports.xlsx.period", { from: formatLocalDay(period.from, l), to: formatLocalDay(period.to, l) }),
    filters.length ? filters.join("; ") : t("receipts.export.noFilters"),
    t("reports.xlsx.generatedAt", { at: formatDateTime(now, l, ctx.timezone), timeZone: ctx.timezone }),
  ];
}

/** Column titles in the file's language. */
export function receiptsColumnTitles(locale: string): string[] {
  const t = translate(locale);
  const key: Record<ReceiptsXlsxColumn, string> = {
    date: "receipts.columns.date",
    cashbox: "receipts.columns.cashbox",
    shift: "receipts.columns.shift",
    number: "receipts.columns.number",
    type: "receipts.columns.type",
    cashier: "receipts.columns.cashier",
    total: "receipts.columns.total",
    cash: "receipts.pay.cash",
    card: "receipts.pay.card",
    vat: "receipts.export.vat",
    fiscalSign: "receipts.receipt.fiscalSign",
  };
  return RECEIPTS_XLSX_COLUMNS.map((c) => t(key[c]));
}

/** A stream exceljs writes into and everything it pipes to, as far as backpressure goes. */
interface Drainable {
  writableNeedDrain?: boolean;
  writableLength?: number;
  writableHighWaterMark?: number;
  once(event: string, listener: () => void): unknown;
  removeListener(event: string, listener: () => void): unknown;
}

const needsDrain = (s: Drainable) =>
  s.writableNeedDrain ?? (s.writableLength ?? 0) > (s.writableHighWaterMark ?? Infinity);

class ExportAborted extends Error {
  constructor() {
    super("the receipts export's destination closed before the workbook was complete");
    this.name = "ExportAborted";
  }
}

/**
 * Waits until what was written so far has left exceljs's buffers. The worksheet writer hands its
 * XML to the zip entry's deflate stream without looking at write()'s answer, so with a slow
 * destination the deflate stream's input would grow without bound: wait for it, then for the
 * destination, to drain. Rejects when the destination closes or fails meanwhile (a download
 * cancelled half-way).
 */
async function settle(ws: ExcelJS.Worksheet, out: Writable): Promise<void> {
  // exceljs internals (4.4): the sheet's StreamBuf and the streams it pipes to; none typed
  const sheetStream = (ws as unknown as { stream?: { pipes?: Drainable[] } }).stream;
  const stages: Drainable[] = [...(sheetStream?.pipes ?? []), out];
  for (const s of stages) {
    if (out.destroyed || out.writableEnded) throw new ExportAborted();
    if (!needsDrain(s)) continue;
    await new Promise<void>((resolve, reject) => {
      const done = () => {
        s.removeListener("drain", done);
        out.removeListener("close", closed);
        out.removeListener("error", closed);
        resolve();
      };
      const closed = () => {
        s.removeListener("drain", done);
        out.removeListener("close", closed);
        out.removeListener("error", closed);
        reject(new ExportAborted());
      };
      s.once("drain", done);
      out.once("close", closed);
      out.once("error", closed);
    });
  }
}

/**
 * Writes every receipt of the search (`p`, the page's filters; `page` is ignored) as .xlsx into
 * `out` and resolves with the number of receipt rows once the workbook is complete. Throws
 * VALIDATION_FAILED for a bad period (before writing anything) and when more than `maxRows`
 * receipts turn up while reading (the workbook is then left unfinished: destroy `out`).
 */
export async function exportReceiptsXlsx(
  ctx: TenantContext,
  p: ReceiptSearchParams,
  out: Writable,
  opts: { locale?: string; now?: Date; maxRows?: number; batchSize?: number } = {},
): Promise<number> {
  assertCan(ctx, "receipts.read");
  const period = exportPeriod(ctx, p);
  const locale = opts.locale ?? "ru";
  const max = opts.maxRows ?? EXPORT_MAX_ROWS;
  const batch = opts.batchSize ?? EXPORT_BATCH;
  const t = translate(locale);
  const org = ctx.organizationId;
  const headerLines = await receiptsHeaderLines(ctx, p, locale, opts.now ?? new Date());
  const typeLabel = Object.fromEntries(RECEIPT_TYPES.map((k) => [k, t(`receipts.types.${k}`)]));
  const clock = localClock(ctx.timezone);
  const where = filterSql(ctx, p, period);

  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet(t("receipts.title"), {
    views: [{ state: "frozen", ySplit: RECEIPTS_XLSX_HEADER_ROWS + 1 }],
  });
  // One style object per column, given to every cell of it: exceljs resolves a cell's style by the
  // object's identity first (a WeakMap), so shared objects spare it building each cell's style XML.
  const styles: Partial<ExcelJS.Style>[] = RECEIPTS_XLSX_COLUMNS.map((key) =>
    MONEY_COLUMNS.has(key)
      ? { numFmt: MONEY_FORMAT }
      : key === "date"
        ? { numFmt: RECEIPTS_XLSX_DATETIME_FORMAT }
        : key === "shift" || key === "number"
          ? { numFmt: "0" }
          : {},
  );
  const rowStyle: Partial<ExcelJS.Style> = {};
  ws.columns = RECEIPTS_XLSX_COLUMNS.map((key, i) => ({
    key,
    width: key === "date" ? 20 : key === "cashbox" || key === "cashier" ? 24 : key === "type" ? 18 : 12,
    style: styles[i],
  }));
  writeXlsxHeaderBlock(ws, headerLines, RECEIPTS_XLSX_HEADER_ROWS);
  const titles = ws.addRow(receiptsColumnTitles(locale));
  titles.font = { bold: true };
  titles.commit();

  const cashboxNames = new Map<string, string>();
  const read = (after: DocRow | null) => {
    const keyset: Prisma.Sql = after
      ? sql`AND d."createdAt" >= ${after.createdAt}::timestamptz AND (d."createdAt", d.id) > (${after.createdAt}::timestamptz, ${after.id}::uuid)`
      : Prisma.empty;
    const rows = tenantQuery<DocRow[]>(
      db,
      org,
      sql`SELECT d.id::text AS id, d."createdAt", d.number, d.type::text AS type, d."cashboxId"::text AS "cashboxId",
                 s.number AS shift, d.total, d.cash, d.card, d."cashierName", d."fiscalSign",
                 COALESCE((SELECT sum((e->>'amount')::bigint) FROM jsonb_array_elements(d.vat) e), 0)::bigint AS vat
            FROM "FiscalDocument" d
            LEFT JOIN "Shift" s ON s."organizationId" = ${org}::uuid AND s.id = d."shiftId"
           WHERE ${where} ${keyset}
           ORDER BY d."createdAt", d.id
           LIMIT ${batch}`,
    ).then((r) => r); // a PrismaPromise runs only once then() is called: start it now
    // awaited below; this only keeps a failure of a read that is abandoned from going unhandled
    rows.catch(() => {});
    return rows;
  };
  let written = 0;
  let pending: Promise<DocRow[]> | null = read(null);
  while (pending) {
    const rows: DocRow[] = await pending;
    if (written + rows.length > max) throw tooManyRowsError(max);
    // the next batch is read while this one is written
    pending = rows.length === batch ? read(rows[rows.length - 1]) : null;
    const missing = [...new Set(rows.map((r) => r.cashboxId))].filter((id) => !cashboxNames.has(id));
    if (missing.length) {
      const found = await db.cashbox.findMany({
        where: { organizationId: org, id: { in: missing } },
        select: { id: true, name: true },
      });
      for (const c of found) cashboxNames.set(c.id, c.name);
    }
    for (const r of rows) {
      const kind = r.type.toLowerCase() as ReceiptKind;
      const sign = OUTGOING_KINDS.has(kind) ? -1 : 1;
      const money = (v: bigint) => (sign * Number(v)) / 100 || 0;
      const row = ws.addRow([
        clock(r.createdAt),
        cashboxNames.get(r.cashboxId) ?? "",
        r.shift,
        r.number,
        typeLabel[kind],
        r.cashierName,
        money(r.total),
        money(r.cash),
        money(r.card),
        money(r.vat),
        r.fiscalSign,
      ]);
      (row as unknown as { style: Partial<ExcelJS.Style> }).style = rowStyle;
      for (let i = 0; i < styles.length; i++) row.getCell(i + 1).style = styles[i];
      row.commit();
    }
    written += rows.length;
    if (pending) await settle(ws, out);
  }
  ws.commit();
  await wb.commit();
  return written;
}
