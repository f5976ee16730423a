import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { ratesInForce, type VatRateInfo } from "./vat";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Every VAT rate of a country (old ones too), in display order. */
export async function getVatRates(country: "RU" | "KZ"): Promise<VatRateInfo[]> {
  const rows = await db.vatRate.findMany({
    where: { country },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { code: true, name: true, rateBasisPoints: true, validFrom: true, validTo: true },
  });
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    rateBasisPoints: r.rateBasisPoints,
    validFrom: day(r.validFrom)!,
    validTo: day(r.validTo),
  }));
}

/** Today's calendar day (YYYY-MM-DD) in a time zone: VAT validity is by the organization's local date. */
export function todayIn(timezone: string, now = new Date()): string {
  let f = dayFormats.get(timezone);
  if (!f)
    dayFormats.set(
      timezone,
      (f = new Intl.DateTimeFormat("en-CA", {
        timeZone: timezone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
      })),
    );
  return f.format(now);
}
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A rate for a new or changed value must be in force today; `keep` allows an item's current code. */
export function assertVatRateUsable(code: string, rates: VatRateInfo[], today: string, keep?: string) {
  if (code === keep && rates.some((r) => r.code === code)) return;
  if (!ratesInForce(rates, today).some((r) => r.code === code)) {
    throw new AppError("VALIDATION_FAILED", { messageKey: "nomenclature.v.vatRate", field: "vatRate" });
  }
}
