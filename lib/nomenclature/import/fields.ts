// Columns of a nomenclature file and guessing which file column holds which field. Pure.

export const IMPORT_FIELDS = [
  "name",
  "article",
  "barcodes",
  "type",
  "unit",
  "price",
  "vatRate",
  "section",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_FIELDS: readonly ImportField[] = ["name", "price"];

/** field → 0-based column index in the file, or null when the file has no such column */
export type ColumnMapping = Record<ImportField, number | null>;

export function emptyMapping(): ColumnMapping {
  return Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ColumnMapping;
}

/** lower case, ё → е, letters and digits only: «Штрих-код (EAN)» → «штрихкодean» */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

// Normalized spellings seen in price lists exported from 1С, МойСклад, Эвотор, Excel templates of
// other cabinets, in Russian, Kazakh and English. Checked in this order: barcodes before article,
// because «штрихкод» contains «код».
const SYNONYMS: [ImportField, string[]][] = [
  [
    "barcodes",
    [
      "штрихкод",
      "штрихкоды",
      "шк",
      "ean",
      "ean13",
      "ean8",
      "barcode",
      "barcodes",
      "gtin",
      "upc",
      "штрихкодтар",
    ],
  ],
  [
    "name",
    [
      "наименование",
      "название",
      "наименованиетовара",
      "товар",
      "номенклатура",
      "name",
      "productname",
      "itemname",
      "title",
      "product",
      "item",
      "атауы",
      "атау",
    ],
  ],
  [
    "article",
    [
      "артикул",
      "арт",
      "кодтовара",
      "код",
      "sku",
      "article",
      "articlenumber",
      "vendorcode",
      "partnumber",
      "code",
      "itemcode",
      "productcode",
    ],
  ],
  [
    "type",
    [
      "тип",
      "вид",
      "типноменклатуры",
      "видноменклатуры",
      "признакпредметарасчета",
      "type",
      "itemtype",
      "kind",
      "түрі",
    ],
  ],
  [
    "unit",
    [
      "единица",
      "единицаизмерения",
      "едизм",
      "ед",
      "unit",
      "uom",
      "units",
      "measure",
      "unitofmeasure",
      "өлшембірлігі",
      "өлшем",
    ],
  ],
  [
    "price",
    [
      "цена",
      "ценапродажи",
      "розничнаяцена",
      "стоимость",
      "price",
      "retailprice",
      "saleprice",
      "бағасы",
      "баға",
    ],
  ],
  ["vatRate", ["ндс", "ставкандс", "ставка", "vat", "vatrate", "tax", "taxrate", "налог", "ққс"]],
  [
    "section",
    [
      "раздел",
      "группа",
      "категория",
      "отдел",
      "папка",
      "section",
      "group",
      "category",
      "department",
      "бөлім",
      "санат",
      "топ",
    ],
  ],
];

/**
 * Guesses the mapping from header texts. A header the organization mapped before (`remembered`,
 * keyed by normalized header) wins; then exact synonyms; then a header containing a synonym
 * («Цена, руб.», «Наименование товара»). Each column is used at most once.
 */
export function guessMapping(headers: string[], remembered: Record<string, string> = {}): ColumnMapping {
  const mapping = emptyMapping();
  const used = new Set<number>();
  const norm = headers.map((h) => normalizeHeader(h ?? ""));
  const assign = (field: ImportField, col: number) => {
    if (mapping[field] === null && !used.has(col)) {
      mapping[field] = col;
      used.add(col);
    }
  };
  norm.forEach((h, col) => {
    const field = remembered[h];
    if (h && field && (IMPORT_FIELDS as readonly string[]).includes(field)) assign(field as ImportField, col);
  });
  // Synonyms are in priority order: «Артикул» wins over «Код» whatever the column order.
  for (const [field, words] of SYNONYMS) {
    for (const w of words) {
      const col = norm.findIndex((h, i) => !used.has(i) && h === w);
      if (col >= 0) {
        assign(field, col);
        break;
      }
    }
  }
  // Fuzzy: a header that starts with a synonym («Цена товара» → price) beats one that merely
  // contains it («Штрихкод товара» must not become the name); longer synonyms beat shorter ones.
  const candidates: { field: ImportField; col: number; score: number }[] = [];
  norm.forEach((h, col) => {
    if (!h || used.has(col)) return;
    for (const [field, words] of SYNONYMS) {
      for (const w of words) {
        if (w.length < 3 || !h.includes(w)) continue;
        candidates.push({ field, col, score: (h.startsWith(w) ? 1000 : 0) + w.length });
      }
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  for (const c of candidates) assign(c.field, c.col);
  return mapping;
}

/** What to remember for the organization: { normalized header: field } of a confirmed mapping. */
export function mappingToRemember(headers: string[], mapping: ColumnMapping): Record<string, ImportField> {
  const out: Record<string, ImportField> = {};
  for (const field of IMPORT_FIELDS) {
    const col = mapping[field];
    const h = col === null ? "" : normalizeHeader(headers[col] ?? "");
    if (h) out[h] = field;
  }
  return out;
}
