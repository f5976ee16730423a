// The pairing string of the web cashier: the cashbox token and its signing key in one line, shown
// as a QR code in the cabinet when a cashbox is created or its token re-issued. Scanning the QR
// (or pasting its text) into /pos pairs the browser. Pure: used by the cabinet and the cashier.

export interface Pairing {
  token: string;
  /** the cashbox HMAC key as the cabinet shows it (base64url, 43 characters) */
  key: string;
}

const PREFIX = "kassa-pos:1?";
const TOKEN = /^[A-Za-z0-9._~+/=-]{16,256}$/;
const KEY = /^[A-Za-z0-9_+/-]{43}=?$/;

export function formatPairing(p: Pairing): string {
  return `${PREFIX}${new URLSearchParams({ t: p.token, k: p.key }).toString()}`;
}

/** Parses a pairing string; null when it is not one (a bare token is not a pairing string). */
export function parsePairing(text: string): Pairing | null {
  const s = text.trim();
  if (!s.startsWith(PREFIX)) return null;
  const q = new URLSearchParams(s.slice(PREFIX.length));
  const token = q.get("t") ?? "";
  const key = q.get("k") ?? "";
  if (!isToken(token) || !isKey(key)) return null;
  return { token, key };
}

export const isToken = (t: string) => TOKEN.test(t.trim());
export const isKey = (k: string) => KEY.test(k.trim());
