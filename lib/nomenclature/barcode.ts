// Barcodes of nomenclature items. EAN-8 and EAN-13 carry a GS1 check digit that is verified;
// other symbologies (Code 128, Code 39, internal codes) are accepted as printable codes.

/** GS1 check digit for the digits before it (EAN-8, EAN-13, UPC, GTIN-14). */
export function gs1CheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export function isEan(code: string): boolean {
  return /^\d+$/.test(code) && (code.length === 8 || code.length === 13);
}

export type BarcodeProblem = "format" | "checkDigit";

export const MAX_BARCODE_LENGTH = 48;
const ALLOWED = /^[0-9A-Za-z\-._/+*$%]+$/;

/** null when the code is acceptable; EAN-8/EAN-13 (8 or 13 digits) must have a valid check digit. */
export function checkBarcode(code: string): BarcodeProblem | null {
  if (code.length === 0 || code.length > MAX_BARCODE_LENGTH || !ALLOWED.test(code)) return "format";
  if (isEan(code) && gs1CheckDigit(code.slice(0, -1)) !== Number(code[code.length - 1])) return "checkDigit";
  return null;
}

/** Codes from a free-text cell: separated by commas, semicolons, spaces or new lines; duplicates dropped. */
export function splitBarcodes(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[\s,;|]+/)) {
    const code = part.trim();
    if (code && !out.includes(code)) out.push(code);
  }
  return out;
}

/**
 * A barcode typed into a numeric spreadsheet cell loses its leading zeros (0012345678905 becomes
 * 12345678905). Pad back to 13 or 8 digits when that yields a valid EAN; otherwise keep the digits.
 */
export function barcodeFromNumber(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) return String(value);
  const digits = String(value);
  if (digits.length === 8 || digits.length >= 13) return digits;
  for (const len of digits.length < 8 ? [8, 13] : [13]) {
    const padded = digits.padStart(len, "0");
    if (checkBarcode(padded) === null) return padded;
  }
  return digits;
}

/** A valid EAN-13 from 12 digits (adds the check digit); for demo data and tests. */
export function withCheckDigit(body: string): string {
  return body + String(gs1CheckDigit(body));
}
