// The web cashier's fiscal sign and hash (lib/fiscal/sign.ts, without node:crypto): HMAC-SHA256
// and SHA-256 through WebCrypto (browsers, and Node ≥ 20 as globalThis.crypto.subtle) over the
// same canonical JSON, so an offline document signed in the browser is byte-identical to what the
// server rebuilds and checks. Tested against the server implementation in web-seal.test.ts.
import { canonicalJson } from "@/lib/fiscal/canonical";
import { offlineEntryContent, type OfflineContext, type OfflineEntry } from "@/lib/fiscal/offline-content";

/** prevHash of a cashbox's first document: base64 of 32 zero bytes (= lib/fiscal/sign GENESIS_HASH). */
export const WEB_GENESIS_HASH = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error("WebCrypto is not available (a secure context — https or localhost — is needed)");
  return s;
}

function toBase64(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** base64url (the cabinet shows the cashbox key that way) or base64 → bytes. */
export function keyFromText(text: string): Uint8Array<ArrayBuffer> {
  const b64 = text.trim().replace(/-/g, "+").replace(/_/g, "/");
  const padded = b64 + "=".repeat((4 - (b64.length % 4)) % 4);
  const bin = atob(padded);
  const out = new Uint8Array(new ArrayBuffer(bin.length));
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export async function webFiscalSign(key: Uint8Array<ArrayBuffer>, canonical: string): Promise<string> {
  const k = await subtle().importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = new Uint8Array(await subtle().sign("HMAC", k, new TextEncoder().encode(canonical)));
  const n = new DataView(mac.buffer).getUint32(0, false);
  return String(n).padStart(10, "0");
}

export async function webHash(canonical: string): Promise<string> {
  const d = await subtle().digest("SHA-256", new TextEncoder().encode(canonical));
  return toBase64(new Uint8Array(d));
}

export async function webSealContent(key: Uint8Array<ArrayBuffer>, content: unknown) {
  const canonical = canonicalJson(content);
  const [fiscalSign, hash] = await Promise.all([webFiscalSign(key, canonical), webHash(canonical)]);
  return { canonical, fiscalSign, hash };
}

/** autonomousSign and hash of an offline entry, as lib/device/offline-sign.ts makes them on the server. */
export async function webSealOfflineEntry(
  key: Uint8Array<ArrayBuffer>,
  ctx: OfflineContext,
  entry: OfflineEntry,
) {
  const { content, receipt } = offlineEntryContent(ctx, entry);
  const sealed = await webSealContent(key, content);
  return { autonomousSign: sealed.fiscalSign, hash: sealed.hash, receipt };
}
