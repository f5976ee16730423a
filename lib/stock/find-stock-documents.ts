import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { MeasureUnit } from "@/lib/nomenclature/units";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { StockDocumentType } from "./schemas";

export interface StockDocumentSummary {
  id: string;
  number: number;
  type: StockDocumentType;
  status: "DRAFT" | "POSTED";
  tradePointName: string;
  toTradePointName: string | null;
  supplier: string;
  reason: string;
  comment: string;
  lines: number;
  createdAt: string;
  postedAt: string | null;
  reversesNumber: number | null;
  reversedByNumber: number | null;
}

export interface StockDocumentLineDto {
  lineNo: number;
  itemId: string;
  name: string;
  article: string | null;
  unit: MeasureUnit;
  barcodes: string[];
  quantity: string;
  costPrice: number | null;
  bookQuantity: string | null;
}

const summarySelect = {
  id: true,
  number: true,
  type: true,
  status: true,
  supplier: true,
  reason: true,
  comment: true,
  createdAt: true,
  postedAt: true,
  tradePoint: { select: { name: true } },
  toTradePoint: { select: { name: true } },
  reverses: { select: { number: true } },
  reversedBy: { select: { number: true } },
  _count: { select: { lines: true } },
} as const;

type SummaryRow = {
  id: string;
  number: number;
  type: StockDocumentType;
  status: "DRAFT" | "POSTED";
  supplier: string;
  reason: string;
  comment: string;
  createdAt: Date;
  postedAt: Date | null;
  tradePoint: { name: string };
  toTradePoint: { name: string } | null;
  reverses: { number: number } | null;
  reversedBy: { number: number } | null;
  _count: { lines: number };
};

function toSummary(d: SummaryRow): StockDocumentSummary {
  return {
    id: d.id,
    number: d.number,
    type: d.type,
    status: d.status,
    tradePointName: d.tradePoint.name,
    toTradePointName: d.toTradePoint?.name ?? null,
    supplier: d.supplier,
    reason: d.reason,
    comment: d.comment,
    lines: d._count.lines,
    createdAt: d.createdAt.toISOString(),
    postedAt: d.postedAt?.toISOString() ?? null,
    reversesNumber: d.reverses?.number ?? null,
    reversedByNumber: d.reversedBy?.number ?? null,
  };
}

/** «Документы» of the stock: newest first, 50 a page, optionally one type. */
export async function findStockDocuments(
  ctx: TenantContext,
  query: { type?: StockDocumentType; page: number },
): Promise<{ documents: StockDocumentSummary[]; total: number; page: number; pages: number }> {
  assertCan(ctx, "stock.read");
  const where = { organizationId: ctx.organizationId, ...(query.type ? { type: query.type } : {}) };
  const [total, rows] = await Promise.all([
    db.stockDocument.count({ where }),
    db.stockDocument.findMany({
      where,
      orderBy: [{ number: "desc" }],
      skip: (query.page - 1) * 50,
      take: 50,
      select: summarySelect,
    }),
  ]);
  return {
    documents: rows.map(toSummary),
    total,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / 50)),
  };
}

/** One stock document with its lines, or NOT_FOUND (another organization's is not found either). */
export async function getStockDocument(
  ctx: TenantContext,
  id: string,
): Promise<
  StockDocumentSummary & {
    tradePointId: string;
    toTradePointId: string | null;
    lineItems: StockDocumentLineDto[];
  }
> {
  assertCan(ctx, "stock.read");
  const d = await db.stockDocument.findFirst({
    where: { organizationId: ctx.organizationId, id },
    select: { ...summarySelect, tradePointId: true, toTradePointId: true },
  });
  if (!d) throw new AppError("NOT_FOUND");
  const lines = await db.stockDocumentLine.findMany({
    where: { organizationId: ctx.organizationId, documentId: id },
    orderBy: { lineNo: "asc" },
    select: {
      lineNo: true,
      itemId: true,
      quantity: true,
      costPrice: true,
      bookQuantity: true,
      item: {
        select: {
          name: true,
          article: true,
          unit: true,
          barcodes: { select: { barcode: true }, orderBy: { position: "asc" } },
        },
      },
    },
  });
  return {
    ...toSummary(d),
    tradePointId: d.tradePointId,
    toTradePointId: d.toTradePointId,
    lineItems: lines.map((l) => ({
      lineNo: l.lineNo,
      itemId: l.itemId,
      name: l.item.name,
      article: l.item.article,
      unit: l.item.unit,
      barcodes: l.item.barcodes.map((b) => b.barcode),
      quantity: l.quantity.toFixed(3),
      costPrice: l.costPrice === null ? null : Number(l.costPrice),
      bookQuantity: l.bookQuantity?.toFixed(3) ?? null,
    })),
  };
}
