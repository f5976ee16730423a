// Inputs of the cashbox card's use cases (add, settings, token, block, ФН, deregistration, admin).
// Messages are i18n keys ("v.*" or "cashbox.v.*"). zod + stdlib only: forms and actions share them.
import { z } from "zod";
import { FISCAL_DRIVE_MODELS, FISCAL_DRIVE_VALIDITY, OFD_PROVIDERS, OTHER_MODEL } from "./catalog";
import { normalizeSerial } from "./serial";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const ZCashboxId = z.string().regex(UUID, "v.invalid");
const ZTradePointId = z.string().regex(UUID, "cashbox.v.tradePoint");
const ZName = z.string().trim().min(1, "v.required").max(100, "v.tooLong");
/** A reason the owner or operator gives for a state change; it goes to the audit log and the card. */
export const ZReason = z.string().trim().min(3, "cashbox.v.reason").max(500, "v.tooLong");

export const ZFiscalDriveNumber = z
  .string()
  .transform((s) => s.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{16}$/, "cashbox.v.fnNumber"));
export const ZFiscalDriveModel = z.enum(FISCAL_DRIVE_MODELS, { message: "cashbox.v.fnModel" });
export const ZFiscalDriveValidity = z
  .string()
  .refine((s) => (FISCAL_DRIVE_VALIDITY as readonly number[]).includes(Number(s)), "cashbox.v.fnValidity")
  .transform(Number);

/**
 * «Добавить кассу». `country` is the form's claim of the organization's country; the use case
 * refuses it unless it equals the tenant's, so a RU cashbox cannot skip its fiscal drive.
 */
export const ZCreateCashboxInput = z
  .object({
    country: z.enum(["RU", "KZ"]),
    name: ZName,
    tradePointId: ZTradePointId,
    model: z.string().trim().max(60, "v.tooLong"),
    modelOther: z.string().trim().max(60, "v.tooLong").optional().default(""),
    serialNumber: z
      .string()
      .transform(normalizeSerial)
      .pipe(
        z
          .string()
          .min(1, "v.required")
          .regex(/^[A-Z0-9-]{4,32}$/, "cashbox.v.serial"),
      ),
    fnNumber: z.string().optional().default(""),
    fnModel: z.string().optional().default(""),
    fnValidity: z.string().optional().default(""),
    ofd: z.string().optional().default("OWN"),
  })
  .superRefine((v, ctx) => {
    if (!v.model) ctx.addIssue({ code: "custom", path: ["model"], message: "cashbox.v.model" });
    if (v.model === OTHER_MODEL && v.modelOther.length < 2)
      ctx.addIssue({ code: "custom", path: ["modelOther"], message: "cashbox.v.modelOther" });
    if (v.country === "RU") {
      for (const [field, schema] of [
        ["fnNumber", ZFiscalDriveNumber],
        ["fnModel", ZFiscalDriveModel],
        ["fnValidity", ZFiscalDriveValidity],
      ] as const) {
        const r = schema.safeParse(v[field]);
        if (!r.success) ctx.addIssue({ code: "custom", path: [field], message: r.error.issues[0].message });
      }
    } else if (!(OFD_PROVIDERS as readonly string[]).includes(v.ofd)) {
      ctx.addIssue({ code: "custom", path: ["ofd"], message: "cashbox.v.ofd" });
    }
  })
  .transform((v) => ({
    country: v.country,
    name: v.name,
    tradePointId: v.tradePointId,
    model: v.model === OTHER_MODEL ? v.modelOther.replace(/\s+/g, " ") : v.model,
    serialNumber: v.serialNumber,
    fiscalDrive:
      v.country === "RU"
        ? {
            number: v.fnNumber.replace(/\s+/g, ""),
            model: v.fnModel,
            validityMonths: Number(v.fnValidity),
          }
        : null,
    ofd: (v.country === "KZ" ? v.ofd : "OWN") as (typeof OFD_PROVIDERS)[number],
  }));
export type TCreateCashboxInput = z.infer<typeof ZCreateCashboxInput>;

export const ZUpdateCashboxSettingsInput = z.object({
  cashboxId: ZCashboxId,
  name: ZName,
  tradePointId: ZTradePointId,
  /** local "HH:MM"; empty: only the 24-hour limit closes shifts */
  autoCloseTime: z
    .string()
    .trim()
    .regex(/^$|^([01]\d|2[0-3]):[0-5]\d$/, "v.time"),
  receiptFooter: z.string().trim().max(250, "v.tooLong"),
  /** a code of TAXATION_CODES[country], or empty */
  taxation: z.string().trim().max(40, "v.tooLong"),
});
export type TUpdateCashboxSettingsInput = z.infer<typeof ZUpdateCashboxSettingsInput>;

export const ZCashboxIdInput = z.object({ cashboxId: ZCashboxId });

export const ZBlockCashboxInput = z.object({ cashboxId: ZCashboxId, reason: ZReason });
export type TBlockCashboxInput = z.infer<typeof ZBlockCashboxInput>;

export const ZReplaceFiscalDriveInput = z.object({
  cashboxId: ZCashboxId,
  number: ZFiscalDriveNumber,
  model: ZFiscalDriveModel,
  validityMonths: ZFiscalDriveValidity,
});
export type TReplaceFiscalDriveInput = z.infer<typeof ZReplaceFiscalDriveInput>;

export const ZRequestDeregistrationInput = z.object({ cashboxId: ZCashboxId, reason: ZReason });
export type TRequestDeregistrationInput = z.infer<typeof ZRequestDeregistrationInput>;

/** PLATFORM_ADMIN search: a serial or registration number, exact match. */
export const ZAdminCashboxQuery = z
  .string()
  .trim()
  .max(40, "v.tooLong")
  .transform((s) => s.replace(/\s+/g, ""));

export const ZAdminCashboxActionInput = z.object({ cashboxId: ZCashboxId, reason: ZReason });
export type TAdminCashboxActionInput = z.infer<typeof ZAdminCashboxActionInput>;
