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

/** A rate for a new or changed value must be in force today; `keep` allows an item's current code. */
export function assertVatRateUsable(code: string, rates: VatRateInfo[], today: string, keep?: string) {
  if (code === keep && rates.some((r) => r.code === code)) return;
  if (!ratesInForce(rates, today).some((r) => r.code === code)) {
    throw new AppError("VALIDATION_FAILED", { messageKey: "nomenclature.v.vatRate", field: "vatRate" });
  }
}
