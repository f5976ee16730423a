// VAT rates per country with effective dates (docs/product.md §3). Prices on receipts include VAT; the
// VAT of a line is total × rate / (100 + rate), half-up to the minor unit (54-ФЗ tags 1199/1200).
// The codes are those of the VatRate reference table (nomenclature), which PLATFORM_ADMIN edits;
// DEFAULT_VAT_RATES is its built-in copy, used by the pure code and whenever the table is empty.
import { divRoundHalfUp } from "./money";

import type { Country } from "@/lib/locale/country";

export interface VatRateRow {
  country: Country;
  /** stable code the terminals send: VAT22, VAT20, VAT10, VAT12, VAT16, VAT0, NO_VAT */
  code: string;
  /** 2000 = 20 %; null = «без НДС» (not subject to VAT) */
  basisPoints: number | null;
  /** first day the rate applies, "YYYY-MM-DD" (local date of the document) */
  validFrom: string;
  /** last day the rate applies; null = open-ended */
  validTo: string | null;
  /** printed on receipts */
  label: string;
}

export const DEFAULT_VAT_RATES: readonly VatRateRow[] = [
  // RU: 20 % became 22 % on 1 January 2026 (Federal Law No. 425-FZ of 28.11.2025).
  {
    country: "RU",
    code: "VAT22",
    basisPoints: 2200,
    validFrom: "2026-01-01",
    validTo: null,
    label: "НДС 22%",
  },
  {
    country: "RU",
    code: "VAT20",
    basisPoints: 2000,
    validFrom: "2019-01-01",
    validTo: "2025-12-31",
    label: "НДС 20%",
  },
  {
    country: "RU",
    code: "VAT10",
    basisPoints: 1000,
    validFrom: "2004-01-01",
    validTo: null,
    label: "НДС 10%",
  },
  // reduced rates for simplified-tax payers (from 2025)
  { country: "RU", code: "VAT7", basisPoints: 700, validFrom: "2025-01-01", validTo: null, label: "НДС 7%" },
  { country: "RU", code: "VAT5", basisPoints: 500, validFrom: "2025-01-01", validTo: null, label: "НДС 5%" },
  { country: "RU", code: "VAT0", basisPoints: 0, validFrom: "2004-01-01", validTo: null, label: "НДС 0%" },
  {
    country: "RU",
    code: "NO_VAT",
    basisPoints: null,
    validFrom: "2004-01-01",
    validTo: null,
    label: "Без НДС",
  },
  // KZ: 12 % until the new Tax Code took effect on 1 January 2026 (16 %).
  {
    country: "KZ",
    code: "VAT16",
    basisPoints: 1600,
    validFrom: "2026-01-01",
    validTo: null,
    label: "НДС 16%",
  },
  {
    country: "KZ",
    code: "VAT12",
    basisPoints: 1200,
    validFrom: "2009-01-01",
    validTo: "2025-12-31",
    label: "НДС 12%",
  },
  { country: "KZ", code: "VAT0", basisPoints: 0, validFrom: "2009-01-01", validTo: null, label: "НДС 0%" },
  {
    country: "KZ",
    code: "NO_VAT",
    basisPoints: null,
    validFrom: "2009-01-01",
    validTo: null,
    label: "Без НДС",
  },
];

export type VatLookup =
  { ok: true; rate: VatRateRow } | { ok: false; reason: "UNKNOWN_RATE" | "NOT_IN_EFFECT" };

/** The rate `code` of `country` in effect on `localDate` ("YYYY-MM-DD"). */
export function findVatRate(
  code: string,
  country: Country,
  localDate: string,
  rates: readonly VatRateRow[] = DEFAULT_VAT_RATES,
): VatLookup {
  const rows = rates.filter((r) => r.country === country && r.code === code);
  if (rows.length === 0) return { ok: false, reason: "UNKNOWN_RATE" };
  const rate = rows.find((r) => r.validFrom <= localDate && (r.validTo === null || localDate <= r.validTo));
  return rate ? { ok: true, rate } : { ok: false, reason: "NOT_IN_EFFECT" };
}

/** Codes of `country` in effect on `localDate`, in table order. */
export function vatRatesInEffect(
  country: Country,
  localDate: string,
  rates: readonly VatRateRow[] = DEFAULT_VAT_RATES,
) {
  return rates.filter(
    (r) =>
      r.country === country && r.validFrom <= localDate && (r.validTo === null || localDate <= r.validTo),
  );
}

/** VAT contained in a VAT-inclusive amount. */
export function vatFromGross(amount: bigint, basisPoints: number | null): bigint {
  if (basisPoints === null || basisPoints === 0) return 0n;
  const bp = BigInt(basisPoints);
  return divRoundHalfUp(amount * bp, 10_000n + bp);
}
