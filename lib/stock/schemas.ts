// Inputs of the stock screens («Товарный учёт»); messages are i18n keys. Pure: zod only.
import { z } from "zod";

export const STOCK_DOCUMENT_TYPES = ["RECEIPT", "WRITE_OFF", "TRANSFER", "COUNT"] as const;
export type StockDocumentType = (typeof STOCK_DOCUMENT_TYPES)[number];

/** Lines of one document (a 10,000-line count is the largest expected). */
export const MAX_STOCK_LINES = 20_000;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "v.tooLong")
    .optional()
    .transform((s) => (s ? s.replace(/\s+/g, " ") : ""));

export const ZCreateStockDocumentInput = z
  .object({
    type: z.enum(STOCK_DOCUMENT_TYPES, "v.required"),
    tradePointId: z.uuid("v.required"),
    toTradePointId: z
      .string()
      .optional()
      .transform((s) => (s ? s : null))
      .pipe(z.uuid("v.invalid").nullable()),
    supplier: text(200),
    reason: text(200),
    comment: text(500),
  })
  .superRefine((v, ctx) => {
    if (v.type === "TRANSFER" && !v.toTradePointId)
      ctx.addIssue({ code: "custom", path: ["toTradePointId"], message: "v.required" });
    if (v.type === "TRANSFER" && v.toTradePointId === v.tradePointId)
      ctx.addIssue({ code: "custom", path: ["toTradePointId"], message: "stock.v.sameTradePoint" });
    if (v.type === "WRITE_OFF" && !v.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "v.required" });
  });
export type TCreateStockDocumentInput = z.infer<typeof ZCreateStockDocumentInput>;

/** One line as the browser's line editor sends it: quantities and prices as typed. */
export const ZStockLineInput = z.object({
  itemId: z.uuid("v.invalid"),
  quantity: z.string().max(20, "v.invalid"),
  costPrice: z.string().max(20, "v.invalid").optional(),
});
export type TStockLineInput = z.infer<typeof ZStockLineInput>;

/** The whole line list of a draft (the editor saves it at once); `lines` is JSON in the form. */
export const ZSaveStockLinesInput = z.object({
  documentId: z.uuid("v.invalid"),
  lines: z
    .string()
    .max(4_000_000, "v.tooLong")
    .transform((s, ctx) => {
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "v.invalid" });
        return z.NEVER;
      }
    })
    .pipe(z.array(ZStockLineInput).max(MAX_STOCK_LINES, "stock.v.tooManyLines")),
});
export type TSaveStockLinesInput = z.infer<typeof ZSaveStockLinesInput>;

export const ZStockDocumentIdInput = z.object({ id: z.uuid("v.invalid") });

export const ZItemStockSettingsInput = z.object({
  itemId: z.uuid("v.invalid"),
  tracksStock: z
    .string()
    .optional()
    .transform((s) => s === "on" || s === "1" || s === "true"),
  stockMin: z.string().max(20, "v.invalid").optional(),
});
export type TItemStockSettingsInput = z.infer<typeof ZItemStockSettingsInput>;

export const STOCK_SORTS = ["name", "-name", "quantity", "-quantity", "value", "-value"] as const;
export const STOCK_FILTERS = ["all", "low", "negative", "positive"] as const;

/** «Остатки»: ?tp=&q=&filter=&section=&sort=&page= */
export const ZFindStockQuery = z.object({
  tp: z.uuid().optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  filter: z.enum(STOCK_FILTERS).optional().default("all").catch("all"),
  section: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1).catch(1),
  pageSize: z.coerce.number().int().min(10).max(200).optional().default(50).catch(50),
  sort: z.enum(STOCK_SORTS).optional().default("name").catch("name"),
});
export type TFindStockQuery = z.infer<typeof ZFindStockQuery>;

const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** «Отчёт по движению товаров»: ?from=&to=&tp=&q=&page= (local dates, inclusive) */
export const ZMovementReportQuery = z.object({
  from: ZDate.optional().catch(undefined),
  to: ZDate.optional().catch(undefined),
  tp: z.uuid().optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1).catch(1),
  pageSize: z.coerce.number().int().min(10).max(500).optional().default(50).catch(50),
});
export type TMovementReportQuery = z.infer<typeof ZMovementReportQuery>;
