// Inputs of the «Маркет»; messages are i18n keys. Pure (zod only): client components import them.
import { z } from "zod";

export const MAX_LINE_QUANTITY = 100;
export const MAX_CART_LINES = 20;

export const ZCartItem = z.object({
  productId: z.uuid(),
  quantity: z.number().int().min(1).max(MAX_LINE_QUANTITY),
});
export type TCartItem = z.infer<typeof ZCartItem>;
export const ZCart = z.array(ZCartItem).max(MAX_CART_LINES);

export const ZCartChange = z.object({
  productId: z.uuid("v.invalid"),
  quantity: z.coerce
    .number({ error: "market.errors.quantity" })
    .int("market.errors.quantity")
    .min(0, "market.errors.quantity")
    .max(MAX_LINE_QUANTITY, "market.errors.quantity"),
  /** "add": add to what is in the cart; "set": replace the quantity (0 removes the line) */
  mode: z.enum(["add", "set"]).default("add"),
});
export type TCartChange = z.infer<typeof ZCartChange>;

export const PAYMENT_METHODS = ["CARD", "INVOICE"] as const;

export const ZCheckoutInput = z.object({
  paymentMethod: z.enum(PAYMENT_METHODS, { error: "market.errors.paymentMethod" }),
  deliveryAddress: z.string().trim().max(300, "v.tooLong").default(""),
});
export type TCheckoutInput = z.infer<typeof ZCheckoutInput>;

export const ORDER_STATUSES = ["AWAITING_PAYMENT", "PAID", "SHIPPED", "CANCELLED"] as const;
export type OrderStatusValue = (typeof ORDER_STATUSES)[number];

export const ZOrderListQuery = z.object({
  status: z.enum(ORDER_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type TOrderListQuery = z.infer<typeof ZOrderListQuery>;

export const ZOrderIdInput = z.object({ orderId: z.uuid("v.invalid") });

export const PRODUCT_KINDS = ["SERVICE_MONTHS", "TARIFF", "FISCAL_DRIVE"] as const;

/** Prices are typed in major units ("3000" or "1 490,50") and stored in minor units. */
const price = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === "") return null;
    const m = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(s.replace(/[\s\u00a0]/g, ""));
    if (!m) {
      ctx.addIssue({ code: "custom", message: "v.amount" });
      return z.NEVER;
    }
    return BigInt(m[1]) * 100n + BigInt((m[2] ?? "0").padEnd(2, "0"));
  });

export const ZProductInput = z
  .object({
    productId: z.union([z.uuid(), z.literal("")]).default(""),
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, "market.admin.codeFormat"),
    kind: z.enum(PRODUCT_KINDS, { error: "v.required" }),
    nameRu: z.string().trim().min(1, "v.required").max(200, "v.tooLong"),
    nameKk: z.string().trim().min(1, "v.required").max(200, "v.tooLong"),
    nameEn: z.string().trim().min(1, "v.required").max(200, "v.tooLong"),
    months: z.coerce
      .number({ error: "market.admin.months" })
      .int("market.admin.months")
      .min(1, "market.admin.months")
      .max(120, "market.admin.months"),
    priceRu: price,
    priceKz: price,
    active: z
      .string()
      .optional()
      .transform((v) => v === "on" || v === "true"),
    sortOrder: z.coerce.number().int().min(0).max(10_000).catch(0),
  })
  .refine((p) => p.priceRu !== null || p.priceKz !== null, {
    message: "market.admin.priceRequired",
    path: ["priceRu"],
  });
export type TProductInput = z.infer<typeof ZProductInput>;

export const ZAdminOrderQuery = z.object({
  status: z.enum(ORDER_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export const ZAdminOrderAction = z.object({
  organizationId: z.uuid("v.invalid"),
  orderId: z.uuid("v.invalid"),
});
export type TAdminOrderAction = z.infer<typeof ZAdminOrderAction>;
