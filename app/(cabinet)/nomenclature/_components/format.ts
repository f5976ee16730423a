/**
 * Minor units → «89,90 ₽» / «650,00 ₸» in the UI language. Kazakh uses the Russian number format
 * (space groups, decimal comma, sign after): Debian's Chromium ships no ICU data for "kk", so
 * "kk-KZ" would render differently in the browser than on the server and break hydration.
 */
export function formatPrice(minor: number, country: "RU" | "KZ", locale: string): string {
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "ru-RU", {
    style: "currency",
    currency: country === "RU" ? "RUB" : "KZT",
    currencyDisplay: "narrowSymbol",
    minimumFractionDigits: 2,
  }).format(minor / 100);
}

/** Minor units → «89,90» for a form field (a comma in Russian and Kazakh, a dot in English). */
export function priceInput(minor: number, locale: string): string {
  const s = (minor / 100).toFixed(2);
  return locale === "en" ? s : s.replace(".", ",");
}

/** 0-based column index → «A», «B», …, «AA». */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
