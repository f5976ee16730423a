/** Field limits shared by the form schema and the import validator. */
export const LIMITS = {
  /** ФФД tag 1030 «наименование предмета расчёта» holds at most 128 characters */
  name: 128,
  article: 64,
  section: 100,
  barcodes: 20,
} as const;

export const ITEM_TYPES = ["GOOD", "SERVICE"] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

const TYPE_ALIASES: Record<string, ItemType> = {
  товар: "GOOD",
  товары: "GOOD",
  т: "GOOD",
  good: "GOOD",
  goods: "GOOD",
  product: "GOOD",
  тауар: "GOOD",
  услуга: "SERVICE",
  услуги: "SERVICE",
  у: "SERVICE",
  service: "SERVICE",
  services: "SERVICE",
  қызмет: "SERVICE",
  работа: "SERVICE",
};

/** «Товар», «услуга», «Service», «Қызмет» → the item type; null when unknown. */
export function parseItemType(text: string): ItemType | null {
  return TYPE_ALIASES[text.trim().toLowerCase().replace(/ё/g, "е").replace(/\.$/, "")] ?? null;
}
