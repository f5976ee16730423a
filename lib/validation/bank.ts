// Bank requisites of the two country profiles. Pure, no I/O.

/** RU БИК: 9 digits. */
export function isValidRuBik(value: string): boolean {
  return /^\d{9}$/.test(value);
}

/**
 * RU расчётный счёт: 20 digits whose control key checks against the last three digits of the
 * bank's БИК (Банк России, положение № 579-П: weights 7-1-3 over the 23 digits, sum ≡ 0 mod 10).
 */
export function isValidRuAccount(account: string, bik: string): boolean {
  if (!/^\d{20}$/.test(account) || !isValidRuBik(bik)) return false;
  const digits = [...(bik.slice(-3) + account)].map(Number);
  const weights = [7, 1, 3];
  return digits.reduce((sum, d, i) => sum + d * weights[i % 3], 0) % 10 === 0;
}

/** KZ БИК: the bank's SWIFT-style code, 8 characters (e.g. HSBKKZKX), optionally 11. */
export function isValidKzBik(value: string): boolean {
  return /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(value);
}

/** KZ ИИК: an IBAN of 20 characters starting with KZ, with the ISO 13616 mod-97 check. */
export function isValidKzIik(value: string): boolean {
  if (!/^KZ\d{2}[0-9A-Z]{16}$/.test(value)) return false;
  const rearranged = value.slice(4) + value.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const n = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of n) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder === 1;
}
