// Tax identifiers of the two country profiles (docs/product.md §3). Pure, no I/O.

import type { Country } from "@/lib/locale/country";

function digits(value: string): number[] | null {
  return /^\d+$/.test(value) ? [...value].map(Number) : null;
}

function weighted(d: number[], weights: number[]): number {
  return weights.reduce((sum, w, i) => sum + w * d[i], 0);
}

/** ИНН: 10 digits (organization) or 12 (individual / ИП), with check digits. */
export function isValidInn(value: string): boolean {
  const d = digits(value);
  if (!d) return false;
  if (d.length === 10) {
    return (weighted(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10 === d[9];
  }
  if (d.length === 12) {
    const c11 = (weighted(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10;
    const c12 = (weighted(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10;
    return c11 === d[10] && c12 === d[11];
  }
  return false;
}

/** Check digit of a 12-digit БИН/ИИН from its first 11 digits, or null when none is possible. */
export function kzCheckDigit(first11: number[]): number | null {
  let c = weighted(first11, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) % 11;
  if (c === 10) c = weighted(first11, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11;
  return c === 10 ? null : c;
}

/** БИН (organization) / ИИН (individual): 12 digits with a check digit. */
export function isValidBinIin(value: string): boolean {
  const d = digits(value);
  if (!d || d.length !== 12) return false;
  return kzCheckDigit(d.slice(0, 11)) === d[11];
}

/** Which lengths a tax id must have for a legal form of a country. */
export function expectedTaxIdLength(country: Country, legalForm: string): number {
  if (country === "KZ") return 12;
  return legalForm === "ИП" ? 12 : 10;
}

export type TaxIdProblem = "format" | "length" | "checksum";

/** Validates a tax id for the country and legal form; returns the problem or null. */
export function checkTaxId(country: Country, legalForm: string, value: string): TaxIdProblem | null {
  if (!/^\d+$/.test(value)) return "format";
  if (value.length !== expectedTaxIdLength(country, legalForm)) return "length";
  const ok = country === "RU" ? isValidInn(value) : isValidBinIin(value);
  return ok ? null : "checksum";
}

/** Builds a valid tax id from a numeric prefix (for demo data and tests). */
export function makeTaxId(country: Country, legalForm: string, seed: number): string {
  const length = expectedTaxIdLength(country, legalForm);
  for (let attempt = 0; ; attempt++) {
    const base = String(Math.abs(seed * 7919 + attempt * 104729) % 10 ** (length - 2))
      .padStart(length - 2, "0")
      .replace(/^0/, "7");
    if (country === "KZ") {
      const first11 = [...(base + String(attempt % 10))].map(Number);
      const c = kzCheckDigit(first11);
      if (c !== null) return first11.join("") + c;
      continue;
    }
    if (length === 10) {
      const d = [...(base + String(attempt % 10))].map(Number);
      return d.join("") + ((weighted(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10);
    }
    const d = [...base].map(Number);
    const c11 = (weighted(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10;
    const c12 = (weighted([...d, c11], [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10;
    return [...d, c11, c12].join("");
  }
}
