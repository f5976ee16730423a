// A small built-in assortment per country for the simulator when no nomenclature is given (prices
// in minor units; VAT codes as from 2026 — generateDay maps them to the rate in effect on the day),
// and the mapping from the device API's nomenclature answer (GET /nomenclature) to SimItem.
import type { Country } from "@/lib/locale/country";
import type { SimItem } from "./generator";

const ru = (name: string, unitCode: string, rub: number, vatRate: string): SimItem => ({
  name,
  unitCode,
  fractional: unitCode !== "0",
  price: Math.round(rub * 100),
  vatRate,
});
const kz = (name: string, unitCode: string, tenge: number, vatRate: string): SimItem => ({
  name,
  unitCode,
  fractional: unitCode !== "796" && unitCode !== "778" && unitCode !== "5114",
  price: Math.round(tenge * 100),
  vatRate,
});

export const DEMO_ITEMS: Record<Country, SimItem[]> = {
  RU: [
    ru("Молоко 3,2% 930 мл", "0", 98.9, "VAT10"),
    ru("Хлеб «Бородинский»", "0", 64.9, "VAT10"),
    ru("Сыр «Российский» весовой", "11", 849, "VAT10"),
    ru("Яблоки «Гала»", "11", 169, "VAT10"),
    ru("Бананы", "11", 139, "VAT10"),
    ru("Молоко разливное фермерское", "41", 120, "VAT10"),
    ru("Кофе латте 300 мл", "0", 250, "VAT22"),
    ru("Капучино 250 мл", "0", 220, "VAT22"),
    ru("Круассан с шоколадом", "0", 119, "VAT22"),
    ru("Шоколад «Аленка» 90 г", "0", 89.9, "VAT22"),
    ru("Вода питьевая 1,5 л", "0", 59.9, "VAT22"),
    ru("Пакет-майка", "0", 9.9, "VAT22"),
    ru("Конфеты «Ласточка» весовые", "11", 459, "VAT22"),
    ru("Кофе в зёрнах на развес", "11", 1890, "VAT22"),
  ],
  KZ: [
    kz("Молоко «Emil» 2,5% 1 л", "796", 590, "VAT16"),
    kz("Хлеб «Аксай» формовой", "796", 180, "VAT16"),
    kz("Казы весовая", "166", 7800, "VAT16"),
    kz("Яблоки «Апорт»", "166", 890, "VAT16"),
    kz("Картофель", "166", 220, "VAT16"),
    kz("Кумыс разливной", "112", 1500, "VAT16"),
    kz("Чай «Пиала» 100 пак.", "796", 1450, "VAT16"),
    kz("Вода «Тассай» 1,5 л", "796", 290, "VAT16"),
    kz("Шоколад «Казахстанский» 100 г", "796", 790, "VAT16"),
    kz("Баурсаки", "796", 60, "NO_VAT"),
    kz("Пакет", "796", 30, "VAT16"),
    kz("Рис «Кызылординский» весовой", "166", 690, "VAT16"),
  ],
};

/** An item of GET /nomenclature (lib/device/schemas ZNomenclatureItem), as far as the simulator needs it. */
export interface ApiNomenclatureItem {
  id: string;
  name: string;
  archived: boolean;
  price: number;
  unit: { code: string; fractional: boolean };
  vatRate: { code: string };
}

export function itemsFromNomenclature(items: readonly ApiNomenclatureItem[]): SimItem[] {
  return items
    .filter((i) => !i.archived && i.price > 0 && i.price <= 5_000_000)
    .map((i) => ({
      id: i.id,
      name: i.name,
      unitCode: i.unit.code,
      fractional: i.unit.fractional,
      price: i.price,
      vatRate: i.vatRate.code,
    }));
}
