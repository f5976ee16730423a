// Units of measure on receipts (docs/device-api.md §3): RU sends the ФФД 1.2 tag 2108 code, KZ the OKEI
// code. Piece-like units take whole quantities only; weight, volume, length, area, energy and time
// take up to three decimals (goods «по весу и объёму»).
import type { Country } from "@/lib/locale/country";

export interface UnitInfo {
  code: string;
  /** printed after the quantity */
  label: string;
  fractional: boolean;
}

const RU: UnitInfo[] = [
  { code: "0", label: "шт", fractional: false },
  { code: "10", label: "г", fractional: true },
  { code: "11", label: "кг", fractional: true },
  { code: "12", label: "т", fractional: true },
  { code: "20", label: "см", fractional: true },
  { code: "21", label: "дм", fractional: true },
  { code: "22", label: "м", fractional: true },
  { code: "30", label: "см²", fractional: true },
  { code: "31", label: "дм²", fractional: true },
  { code: "32", label: "м²", fractional: true },
  { code: "40", label: "мл", fractional: true },
  { code: "41", label: "л", fractional: true },
  { code: "42", label: "м³", fractional: true },
  { code: "50", label: "кВт·ч", fractional: true },
  { code: "51", label: "Гкал", fractional: true },
  { code: "70", label: "сут", fractional: true },
  { code: "71", label: "ч", fractional: true },
  { code: "72", label: "мин", fractional: true },
  { code: "73", label: "с", fractional: true },
  { code: "80", label: "КБ", fractional: true },
  { code: "81", label: "МБ", fractional: true },
  { code: "82", label: "ГБ", fractional: true },
  { code: "83", label: "ТБ", fractional: true },
  { code: "255", label: "", fractional: true },
];

const KZ: UnitInfo[] = [
  { code: "796", label: "шт", fractional: false },
  { code: "166", label: "кг", fractional: true },
  { code: "163", label: "г", fractional: true },
  { code: "112", label: "л", fractional: true },
  { code: "111", label: "мл", fractional: true },
  { code: "113", label: "м³", fractional: true },
  { code: "006", label: "м", fractional: true },
  { code: "055", label: "м²", fractional: true },
  { code: "778", label: "упак", fractional: false },
  { code: "5114", label: "усл", fractional: false },
];

const byCountry: Record<Country, Map<string, UnitInfo>> = {
  RU: new Map(RU.map((u) => [u.code, u])),
  KZ: new Map(KZ.map((u) => [u.code, u])),
};

export function findUnit(country: Country, code: string): UnitInfo | null {
  return byCountry[country].get(code) ?? null;
}

export function unitsOf(country: Country): readonly UnitInfo[] {
  return country === "RU" ? RU : KZ;
}
