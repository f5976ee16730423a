// The per-cashbox HMAC key for fiscal signs (docs/product.md §6 «Documents», docs/device-api.md §6 offline):
// 32 random bytes, shown to the owner once together with the device token, and kept server-side
// encrypted with AES-256-GCM so the server can sign online documents and check offline ones.
// The ciphertext is bound to its cashbox (the id is the GCM associated data), so a key copied to
// another row does not decrypt.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const DEVICE_KEY_BYTES = 32;

/**
 * The server key: SHA-256 of KASSA_DEVICE_KEY_SECRET (any string; use ≥ 32 random characters in
 * production). When unset it is derived from NEXTAUTH_SECRET, which suits development only:
 * changing either secret makes the stored keys unreadable, so set KASSA_DEVICE_KEY_SECRET once and
 * keep it. Outside production with neither set, a fixed development key is used.
 */
function serverKey(): Buffer {
  const own = process.env.KASSA_DEVICE_KEY_SECRET;
  if (own) return createHash("sha256").update(`kassa-device-key:${own}`).digest();
  const auth = process.env.NEXTAUTH_SECRET;
  if (auth) return createHash("sha256").update(`kassa-device-key:from-nextauth:${auth}`).digest();
  if (process.env.NODE_ENV === "production") {
    throw new Error("KASSA_DEVICE_KEY_SECRET (or NEXTAUTH_SECRET) must be set to store cashbox keys");
  }
  return createHash("sha256").update("kassa-device-key:development-only").digest();
}

/** A fresh cashbox key (32 random bytes). */
export function generateDeviceKey(): Buffer {
  return randomBytes(DEVICE_KEY_BYTES);
}

/** "v1.<base64url(iv | tag | ciphertext)>", for Cashbox.deviceKeyEnc. */
export function encryptDeviceKey(key: Buffer, cashboxId: string): string {
  if (key.length !== DEVICE_KEY_BYTES) throw new Error("a cashbox key has 32 bytes");
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", serverKey(), iv);
  cipher.setAAD(Buffer.from(cashboxId, "utf8"));
  const body = Buffer.concat([cipher.update(key), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/** The 32-byte key of Cashbox.deviceKeyEnc; throws when it was tampered with or belongs to another cashbox. */
export function decryptDeviceKey(encrypted: string, cashboxId: string): Buffer {
  const [version, payload] = encrypted.split(".", 2);
  if (version !== VERSION || !payload) throw new Error("unknown cashbox key format");
  const raw = Buffer.from(payload, "base64url");
  const iv = raw.subarray(0, IV_BYTES);
  const tag = raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const body = raw.subarray(IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", serverKey(), iv);
  decipher.setAAD(Buffer.from(cashboxId, "utf8"));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}

/** How the key is shown to the owner and typed into a terminal: base64url, 43 characters. */
export function formatDeviceKey(key: Buffer): string {
  return key.toString("base64url");
}
