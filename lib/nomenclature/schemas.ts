// Inputs of the nomenclature screens; messages are i18n keys (field-level). Pure: zod and the
// pure helpers beside this file, so client components may import the option lists too.
import { z } from "zod";
import { checkBarcode, splitBarcodes } from "./barcode";
import { IMPORT_FIELDS, REQUIRED_FIELDS, type ColumnMapping } from "./import/fields";
import { ITEM_TYPES, LIMITS } from "./limits";
import { parsePrice } from "./price";
import { MEASURE_UNITS } from "./units";

export { ITEM_TYPES, LIMITS, MEASURE_UNITS };

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "v.tooLong")
    .optional()
    .transform((s) => (s ? s.replace(/\s+/g, " ") : null));

export const ZBarcodes = z
  .string()
  .optional()
  .transform((s, ctx) => {
    const codes = splitBarcodes(s ?? "");
    if (codes.length > LIMITS.barcodes)
      ctx.addIssue({ code: "custom", message: "nomenclature.v.tooManyBarcodes" });
    for (const code of codes) {
      const problem = checkBarcode(code);
      if (problem) {
        ctx.addIssue({
          code: "custom",
          message:
            problem === "checkDigit" ? "nomenclature.v.barcodeCheckDigit" : "nomenclature.v.barcodeFormat",
        });
        break;
      }
    }
    return codes;
  });

export const ZPrice = z.string().transform((s, ctx) => {
  if (s.trim() === "") {
    ctx.addIssue({ code: "custom", message: "v.required" });
    return z.NEVER;
  }
  const p = parsePrice(s);
  if (!p.ok) {
    const key = {
      format: "nomenclature.v.price",
      negative: "nomenclature.v.priceNegative",
      precision: "nomenclature.v.pricePrecision",
      tooLarge: "nomenclature.v.priceTooLarge",
      ambiguous: "nomenclature.v.priceAmbiguous",
    }[p.problem];
    ctx.addIssue({ code: "custom", message: key });
    return z.NEVER;
  }
  return p.minor;
});

export const ZItemInput = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "v.required")
      .max(LIMITS.name, "nomenclature.v.nameTooLong")
      .transform((s) => s.replace(/\s+/g, " ")),
    article: optionalText(LIMITS.article),
    barcodes: ZBarcodes,
    type: z.enum(ITEM_TYPES, "v.required"),
    unit: z.enum(MEASURE_UNITS, "v.required"),
    price: ZPrice,
    vatRate: z.string().trim().min(1, "v.required").max(16, "v.invalid"),
    section: optionalText(LIMITS.section),
  })
  .superRefine((v, ctx) => {
    if (v.unit === "SERVICE" && v.type === "GOOD")
      ctx.addIssue({ code: "custom", path: ["unit"], message: "nomenclature.v.serviceUnit" });
  });
export type TItemInput = z.infer<typeof ZItemInput>;

export const ZCreateItemInput = ZItemInput;
export type TCreateItemInput = TItemInput;

export const ZUpdateItemInput = z.intersection(
  ZItemInput,
  z.object({
    id: z.uuid("v.invalid"),
    /** changeSeq the form was opened with: a concurrent change answers CONFLICT instead of being overwritten */
    version: z.string().regex(/^\d+$/, "v.invalid").optional(),
  }),
);
export type TUpdateItemInput = z.infer<typeof ZUpdateItemInput>;

export const ZItemIdInput = z.object({ id: z.uuid("v.invalid") });

/** ids as a comma-separated form value (the table's selection) */
export const ZBulkArchiveInput = z.object({
  ids: z
    .string()
    .transform((s) =>
      s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.uuid("v.invalid")).min(1, "v.required").max(500, "v.invalid")),
  archive: z.enum(["1", "0"]).transform((v) => v === "1"),
});
export type TBulkArchiveInput = z.infer<typeof ZBulkArchiveInput>;

export const ITEM_STATUSES = ["active", "archived", "all"] as const;
export const ITEM_SORTS = [
  "name",
  "-name",
  "article",
  "-article",
  "price",
  "-price",
  "updated",
  "-updated",
] as const;

/** The table's URL: ?q=&status=&section=&page=&sort= */
export const ZFindItemsQuery = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(ITEM_STATUSES).optional().default("active").catch("active"),
  section: z.string().trim().max(LIMITS.section).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1).catch(1),
  pageSize: z.coerce.number().int().min(10).max(200).optional().default(50).catch(50),
  sort: z.enum(ITEM_SORTS).optional().default("name").catch("name"),
});
export type TFindItemsQuery = z.infer<typeof ZFindItemsQuery>;

const column = z.number().int().min(0).max(500).nullable();
export const ZColumnMapping = z
  .object(
    Object.fromEntries(IMPORT_FIELDS.map((f) => [f, column])) as Record<
      (typeof IMPORT_FIELDS)[number],
      typeof column
    >,
  )
  .superRefine((m, ctx) => {
    for (const f of REQUIRED_FIELDS)
      if (m[f] === null)
        ctx.addIssue({ code: "custom", path: [f], message: "nomenclature.import.mappingRequired" });
    const seen = new Map<number, string>();
    for (const f of IMPORT_FIELDS) {
      const c = m[f];
      if (c === null) continue;
      if (seen.has(c))
        ctx.addIssue({ code: "custom", path: [f], message: "nomenclature.import.mappingTwice" });
      seen.set(c, f);
    }
  }) as unknown as z.ZodType<ColumnMapping>;

export const ZImportMappingInput = z.object({ mapping: ZColumnMapping });
