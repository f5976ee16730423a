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
