/** Minor units → "50 000,00 ₽" / "1 500,50 ₸" in the UI language. */
export function formatMoney(minor: bigint, country: "RU" | "KZ", locale: string): string {
  return new Intl.NumberFormat(locale === "kk" ? "kk-KZ" : locale === "en" ? "en-GB" : "ru-RU", {
    style: "currency",
    currency: country === "RU" ? "RUB" : "KZT",
    currencyDisplay: "narrowSymbol",
  }).format(Number(minor) / 100);
}

export const currencySign = (country: "RU" | "KZ") => (country === "RU" ? "₽" : "₸");
