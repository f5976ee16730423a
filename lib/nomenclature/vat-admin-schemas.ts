// Input of the platform admin's «Ставки НДС» screen (/admin/vat-rates): add a rate with its period,
// end a rate on a day, delete a rate that has not started. Message keys are in
// lib/i18n/messages/nomenclature.ts (vatAdmin.v.*).
import { z } from "zod";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (s: string) =>
  DAY.test(s) &&
  !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
  new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export const ZVatDay = z.string().trim().refine(isDay, "nomenclature.vatAdmin.v.date");

/** "22", "16,5", "0" → basis points (2200, 1650, 0); more than two decimals or over 100 % is refused. */
export function percentToBasisPoints(text: string): number | null {
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  const bp = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  return bp <= 10_000 ? bp : null;
}

export const ZVatRateInput = z
  .object({
    country: z.enum(["RU", "KZ"], { error: "nomenclature.vatAdmin.v.country" }),
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z][A-Z0-9_]{1,15}$/, "nomenclature.vatAdmin.v.code"),
    name: z.string().trim().min(1, "v.required").max(40, "v.tooLong"),
    kind: z.enum(["percent", "none"], { error: "nomenclature.vatAdmin.v.kind" }),
    rate: z.string().trim().default(""),
    validFrom: ZVatDay,
    validTo: z
      .string()
      .trim()
      .default("")
      .refine((s) => s === "" || isDay(s), "nomenclature.vatAdmin.v.date"),
  })
  .superRefine((v, c) => {
    if (v.kind === "percent" && percentToBasisPoints(v.rate) === null)
      c.addIssue({ code: "custom", path: ["rate"], message: "nomenclature.vatAdmin.v.rate" });
    if (v.validTo !== "" && v.validTo < v.validFrom)
      c.addIssue({ code: "custom", path: ["validTo"], message: "nomenclature.vatAdmin.v.toBeforeFrom" });
  });
export type TVatRateInput = z.infer<typeof ZVatRateInput>;

export const ZEndVatRateInput = z.object({
  id: z.uuid("v.invalid"),
  validTo: ZVatDay,
});
export type TEndVatRateInput = z.infer<typeof ZEndVatRateInput>;

export const ZDeleteVatRateInput = z.object({ id: z.uuid("v.invalid") });
export type TDeleteVatRateInput = z.infer<typeof ZDeleteVatRateInput>;
