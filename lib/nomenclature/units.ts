// Units of measure of nomenclature items and their fiscal codes. Pure data.
// RU: ФФД 1.2 tag 2108 «мера количества предмета расчёта» (0 = шт. или ед., 10 г, 11 кг, 22 м,
// 32 м², 40 мл, 41 л). KZ: ОКЕИ codes as Webkassa's RefUnits use them (796 шт, 166 кг, 163 г,
// 112 л, 111 мл, 006 м, 055 м², 778 упак., 5114 услуга). See docs/device-api.md §3.

export const MEASURE_UNITS = [
  "PIECE",
  "KILOGRAM",
  "GRAM",
  "LITER",
  "MILLILITER",
  "METER",
  "SQUARE_METER",
  "SERVICE",
  "PACKAGE",
] as const;
export type MeasureUnit = (typeof MEASURE_UNITS)[number];

export interface UnitInfo {
  /** short Russian label used on receipts, in the template and in exports */
  label: string;
  /** ФФД 1.2 tag 2108 */
  ffd2108: number;
  /** ОКЕИ code (KZ) */
  okei: string;
  /** weight, volume, length and area are sold in fractional quantities (3 decimals) */
  fractional: boolean;
}

export const UNIT_INFO: Record<MeasureUnit, UnitInfo> = {
  PIECE: { label: "шт", ffd2108: 0, okei: "796", fractional: false },
  KILOGRAM: { label: "кг", ffd2108: 11, okei: "166", fractional: true },
  GRAM: { label: "г", ffd2108: 10, okei: "163", fractional: true },
  LITER: { label: "л", ffd2108: 41, okei: "112", fractional: true },
  MILLILITER: { label: "мл", ffd2108: 40, okei: "111", fractional: true },
  METER: { label: "м", ffd2108: 22, okei: "006", fractional: true },
  SQUARE_METER: { label: "м²", ffd2108: 32, okei: "055", fractional: true },
  // A service or a package is sold «поштучно или единицами» in ФФД terms.
  SERVICE: { label: "услуга", ffd2108: 0, okei: "5114", fractional: false },
  PACKAGE: { label: "упак", ffd2108: 0, okei: "778", fractional: false },
};

/** The short label of a unit code a terminal sent («кг» for 11 in RU, 166 in KZ); the code itself if unknown. */
export function unitLabelOfCode(code: string, country: "RU" | "KZ"): string {
  for (const u of MEASURE_UNITS) if (unitCode(u, country) === code) return UNIT_INFO[u].label;
  return code;
}

/** The code a terminal of the country prints and sends for the unit. */
export function unitCode(unit: MeasureUnit, country: "RU" | "KZ"): string {
  return country === "RU" ? String(UNIT_INFO[unit].ffd2108) : UNIT_INFO[unit].okei;
}

// Spellings accepted in imported files (Russian, Kazakh, English, ОКЕИ codes), normalized by normUnit.
const ALIASES: Record<MeasureUnit, string[]> = {
  PIECE: [
    "шт",
    "штука",
    "штуки",
    "штук",
    "ед",
    "единица",
    "дана",
    "pcs",
    "pc",
    "piece",
    "pieces",
    "ea",
    "each",
    "796",
  ],
  KILOGRAM: ["кг", "килограмм", "килограммы", "kg", "kilogram", "kilo", "166"],
  GRAM: ["г", "гр", "грамм", "граммы", "g", "gr", "gram", "163"],
  LITER: ["л", "литр", "литры", "l", "liter", "litre", "112"],
  MILLILITER: ["мл", "миллилитр", "ml", "milliliter", "millilitre", "111"],
  METER: ["м", "метр", "метры", "m", "meter", "metre", "006"],
  SQUARE_METER: ["м2", "квм", "кв м", "метр2", "m2", "sqm", "sq m", "055"],
  SERVICE: ["услуга", "услуги", "усл", "қызмет", "service", "services", "svc", "5114"],
  PACKAGE: ["упак", "уп", "упаковка", "пач", "пачка", "қаптама", "pack", "package", "pkg", "778"],
};

function normUnit(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/²/g, "2")
    .replace(/[.]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const BY_ALIAS = new Map<string, MeasureUnit>();
for (const unit of MEASURE_UNITS) {
  for (const a of [...ALIASES[unit], UNIT_INFO[unit].label]) {
    BY_ALIAS.set(normUnit(a), unit);
    BY_ALIAS.set(normUnit(a).replace(/ /g, ""), unit);
  }
  BY_ALIAS.set(unit.toLowerCase(), unit);
}

/** A unit from free text («кг», «Kg.», «кв. м», «796»); null when unknown. */
export function parseUnit(text: string): MeasureUnit | null {
  const n = normUnit(text);
  return BY_ALIAS.get(n) ?? BY_ALIAS.get(n.replace(/ /g, "")) ?? null;
}
