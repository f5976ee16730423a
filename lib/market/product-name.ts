// Catalog names are stored per language (Product.nameRu/nameKk/nameEn). Pure.
export interface ProductNames {
  nameRu: string;
  nameKk: string;
  nameEn: string;
}

export function productName(p: ProductNames, locale: string): string {
  return locale === "kk" ? p.nameKk || p.nameRu : locale === "en" ? p.nameEn || p.nameRu : p.nameRu;
}
