// VAT rates of a country (rows of the VatRate table) and reading a rate from a spreadsheet cell.

export interface VatRateInfo {
  code: string;
  name: string;
  /** null = «без НДС» */
  rateBasisPoints: number | null;
  /** YYYY-MM-DD */
  validFrom: string;
  /** YYYY-MM-DD or null */
  validTo: string | null;
}

export const NO_VAT = "NO_VAT";

/** Rates in force on a calendar day (YYYY-MM-DD). */
export function ratesInForce(rates: VatRateInfo[], day: string): VatRateInfo[] {
  return rates.filter((r) => r.validFrom <= day && (r.validTo === null || r.validTo >= day));
}

export type VatCellResult =
  | { ok: true; code: string }
  | { ok: false; problem: "unknown" }
  | { ok: false; problem: "expired"; rate: VatRateInfo };

/**
 * «НДС 20%», «20», «20 %», 0.2 (a percent-formatted cell), «без НДС», «VAT12» → a rate code in
 * force on `day`; a rate that exists but is no longer in force is reported as expired.
 */
export function parseVatCell(value: string | number, rates: VatRateInfo[], day: string): VatCellResult {
  const inForce = ratesInForce(rates, day);
  const pick = (match: (r: VatRateInfo) => boolean): VatCellResult => {
    const current = inForce.find(match);
    if (current) return { ok: true, code: current.code };
    const old = rates.find(match);
    return old ? { ok: false, problem: "expired", rate: old } : { ok: false, problem: "unknown" };
  };
  let bp: number | null = null;
  if (typeof value === "number") {
    bp = value > 0 && value < 1 ? Math.round(value * 10000) : Math.round(value * 100);
  } else {
    const s = value.toLowerCase().replace(/\s+/g, "").replace(/ё/g, "е");
    if (s === "") return { ok: false, problem: "unknown" };
    const byCode = rates.find((r) => r.code.toLowerCase() === s);
    if (byCode) return pick((r) => r.code === byCode.code);
    if (/(без|не облаг|необлаг|нет|^-$|^—$|^no|none|exempt|notsubject|жоқ|салынбайды|сыз)/.test(s))
      return pick((r) => r.rateBasisPoints === null);
    const num = /(\d+(?:[.,]\d+)?)/.exec(s);
    if (!num) return { ok: false, problem: "unknown" };
    const n = Number(num[1].replace(",", "."));
    bp = s.includes("%") || n >= 1 || n === 0 ? Math.round(n * 100) : Math.round(n * 10000);
  }
  const target = bp;
  return pick((r) => r.rateBasisPoints === target);
}

/** «НДС 22%» / «ҚҚС 16%» / «VAT 12%» / «Без НДС» in the UI language (the table's own name is Russian). */
export function vatLabel(
  rateBasisPoints: number | null,
  t: (key: "vatLabel" | "vatNone", params?: { rate: number }) => string,
): string {
  return rateBasisPoints === null ? t("vatNone") : t("vatLabel", { rate: rateBasisPoints / 100 });
}
