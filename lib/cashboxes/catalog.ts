// Choices offered by the cashbox forms, per country (docs/product.md §3). Pure data.
import type { Country } from "@/lib/locale/country";

/** Common models offered in the «Модель» select; any other model can be typed in. */
export const COMMON_MODELS: Record<Country, readonly string[]> = {
  RU: [
    "АТОЛ 30Ф",
    "АТОЛ 91Ф",
    "АТОЛ Sigma 10",
    "Эвотор 7.3",
    "Эвотор 5i",
    "Меркурий-185Ф",
    "ШТРИХ-М-01Ф",
    "Дримкас-Ф",
    "MSPOS-K",
  ],
  KZ: ["Webkassa Cloud", "reKassa", "Kassa24 Business", "Касса Кабинет POS"],
};

/** Select value meaning «another model, typed in the next field». */
export const OTHER_MODEL = "__other";

/** Fiscal drive models (RU only: KZ cashboxes work without a fiscal drive). */
export const FISCAL_DRIVE_MODELS = ["ФН-1.1М", "ФН-1.2", "ФН-1.1"] as const;
/** Validity of a fiscal drive's fiscal key, in months. */
export const FISCAL_DRIVE_VALIDITY = [13, 15, 36] as const;

export const OFD_PROVIDERS = ["OWN", "TRANSTELECOM", "KAZAKHTELECOM"] as const;
export type OfdProvider = (typeof OFD_PROVIDERS)[number];

/** Default taxation of a cashbox's receipts, by country (labels: cashbox.taxation.<code>). */
export const TAXATION_CODES: Record<Country, readonly string[]> = {
  RU: ["OSN", "USN_INCOME", "USN_INCOME_EXPENSE", "ESHN", "PATENT"],
  KZ: ["GENERAL", "SIMPLIFIED", "RETAIL_TAX"],
};

/** Whether cashboxes of this country carry a fiscal drive (ФН). */
export function usesFiscalDrive(country: Country): boolean {
  return country === "RU";
}
