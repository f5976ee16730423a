// KZ cashboxes served by a third-party ОФД (docs/product.md §6 «KZ and third-party ОФД»): the ОФД's
// site and the three steps users know from the seeds, the formats of what the ОФД assigns (РНМ,
// ИНК ОФД), and how a registration report is matched against what the owner entered.
// Pure: zod + stdlib only, shared by the wizard's form, the server action and the device API.
import { z } from "zod";
import { normalizeSerial } from "@/lib/cashboxes/serial";

export const THIRD_PARTY_OFDS = ["TRANSTELECOM", "KAZAKHTELECOM"] as const;
export type ThirdPartyOfd = (typeof THIRD_PARTY_OFDS)[number];

export function isThirdPartyOfd(ofd: string | null | undefined): ofd is ThirdPartyOfd {
  return (THIRD_PARTY_OFDS as readonly string[]).includes(ofd ?? "");
}

/** The ОФД's public site, where the owner registers the organization, trade point and cashbox. */
export const OFD_SITES: Record<ThirdPartyOfd, { name: string; url: string }> = {
  TRANSTELECOM: { name: "ОФД Транстелеком", url: "https://ofd1.kz" },
  KAZAKHTELECOM: { name: "ОФД Казахтелеком", url: "https://oofd.kz" },
};

const digitsOnly = (s: string) => s.replace(/[\s-]+/g, "");

/**
 * РНМ (регистрационный номер контрольно-кассовой машины) as the КГД assigns it through the ОФД:
 * exactly 12 digits (docs/registration.md). Spaces and dashes people copy from the ОФД's site are
 * dropped.
 */
export const ZRnm = z
  .string("registration.ofd.v.rnm")
  .transform(digitsOnly)
  .pipe(z.string().regex(/^\d{12}$/, "registration.ofd.v.rnm"));

/**
 * ИНК ОФД (идентификационный номер кассы в ОФД): the ОФД's own number of the cashbox, digits only;
 * Транстелеком and Казахтелеком show 5–7 digits, we accept 4–12 (docs/registration.md).
 */
export const ZInkOfd = z
  .string("registration.ofd.v.ink")
  .transform(digitsOnly)
  .pipe(z.string().regex(/^\d{4,12}$/, "registration.ofd.v.ink"));

/** «Оплачено в ОФД до»: a calendar date "YYYY-MM-DD" (the last paid day), 2020–2100. */
export const ZOfdPaidUntil = z
  .string("registration.ofd.v.paidUntil")
  .trim()
  .min(1, "registration.ofd.v.paidUntilRequired")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "registration.ofd.v.paidUntil")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    const y = Number(s.slice(0, 4));
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && y >= 2020 && y <= 2100;
  }, "registration.ofd.v.paidUntil");

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ZCashboxId = z.string().regex(UUID, "registration.errors.notFound");

/** Step 3 «Активация»: what the ОФД assigned, and how long the ОФД's service is paid for. */
export const ZActivateOfdInput = z.object({
  cashboxId: ZCashboxId,
  registrationNumber: ZRnm,
  inkOfd: ZInkOfd,
  paidUntil: ZOfdPaidUntil,
});
export type TActivateOfdInput = z.infer<typeof ZActivateOfdInput>;

/** «Оплачено в ОФД до» updated from the renewal dialog of a third-party ОФД cashbox. */
export const ZOfdPaidUntilInput = z.object({ cashboxId: ZCashboxId, paidUntil: ZOfdPaidUntil });
export type TOfdPaidUntilInput = z.infer<typeof ZOfdPaidUntilInput>;

export type ReportField = "registrationNumber" | "inkOfd" | "serialNumber";

export interface ReportMismatch {
  field: ReportField;
  expected: string;
  /** what the report carried; null when it carried nothing */
  actual: string | null;
}

/** The field names the terminal shows (Russian, like every device API message). */
export const REPORT_FIELD_NAMES: Record<ReportField, string> = {
  registrationNumber: "РНМ",
  inkOfd: "ИНК ОФД",
  serialNumber: "заводской номер",
};

/**
 * Differences between a registration report and the activation data. РНМ and ИНК ОФД must be in
 * the report and equal (digits compared, spaces ignored); the serial number is compared when the
 * report carries one (the cashbox is already identified by its token).
 */
export function reportMismatches(
  expected: { registrationNumber: string; inkOfd: string; serialNumber: string },
  report: { registrationNumber?: string | null; inkOfd?: string | null; serialNumber?: string | null },
): ReportMismatch[] {
  const out: ReportMismatch[] = [];
  const cmpDigits = (field: "registrationNumber" | "inkOfd") => {
    const got = report[field]?.trim() ? digitsOnly(report[field]!) : null;
    if (got !== digitsOnly(expected[field])) out.push({ field, expected: expected[field], actual: got });
  };
  cmpDigits("registrationNumber");
  cmpDigits("inkOfd");
  const serial = report.serialNumber?.trim() ? report.serialNumber : null;
  if (serial !== null && normalizeSerial(serial) !== normalizeSerial(expected.serialNumber)) {
    out.push({ field: "serialNumber", expected: expected.serialNumber, actual: serial });
  }
  return out;
}

/** The device's error text: «…не совпадает: РНМ (в кабинете 0101…, в отчёте 0202…)». */
export function mismatchText(mismatches: ReportMismatch[]): string {
  return mismatches
    .map(
      (m) => `${REPORT_FIELD_NAMES[m.field]} (в кабинете ${m.expected}, в отчёте ${m.actual ?? "не указан"})`,
    )
    .join("; ");
}

/** «Реквизиты → ОФД» of a KZ cashbox, changeable while it is a DRAFT. */
export const ZChangeOfdInput = z.object({
  cashboxId: ZCashboxId,
  ofd: z.enum(["OWN", ...THIRD_PARTY_OFDS], "cashbox.v.ofd"),
});
export type TChangeOfdInput = z.infer<typeof ZChangeOfdInput>;
