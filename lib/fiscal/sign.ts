// Fiscal sign and hash chain (docs/product.md §6, docs/device-api.md §3). The fiscal sign is the first 4
// bytes of HMAC-SHA256(cashbox key, canonical content) read as a big-endian uint32 and printed
// with 10 digits (54-ФЗ art. 4.1: ≤ 10 digits). The hash is base64 SHA-256 of the same canonical
// content, which carries the previous document's hash: a tamper-evident chain.
// Uses node:crypto; the rest of lib/fiscal stays free of Node imports for browser use.
import { createHash, createHmac } from "node:crypto";
import { canonicalJson } from "./canonical";

/** prevHash of a cashbox's first document: base64 of 32 zero bytes. */
export const GENESIS_HASH = Buffer.alloc(32).toString("base64");

export function fiscalSignOf(key: Buffer, canonical: string): string {
  const mac = createHmac("sha256", key).update(canonical, "utf8").digest();
  return String(mac.readUInt32BE(0)).padStart(10, "0");
}

export function hashOf(canonical: string): string {
  return createHash("sha256").update(canonical, "utf8").digest("base64");
}

/** Sign and hash of a content object in one pass over its canonical text. */
export function sealContent(
  key: Buffer,
  content: unknown,
): { canonical: string; fiscalSign: string; hash: string } {
  const canonical = canonicalJson(content);
  return { canonical, fiscalSign: fiscalSignOf(key, canonical), hash: hashOf(canonical) };
}

/** SHA-256 hex of a request body's canonical JSON (idempotency: same key, same content?). */
export function requestHashOf(body: unknown): string {
  return createHash("sha256").update(canonicalJson(body), "utf8").digest("hex");
}

/** Constant-time comparison of two fiscal signs. */
export function signsEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
