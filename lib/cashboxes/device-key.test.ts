import { afterEach, describe, expect, it, vi } from "vitest";
import { decryptDeviceKey, encryptDeviceKey, formatDeviceKey, generateDeviceKey } from "./device-key";
import { generateDeviceToken, hashDeviceToken } from "./device-token";

const A = "0b7c8f7e-3a4d-4c1e-9a55-7d2f7f1d0a01";
const B = "0b7c8f7e-3a4d-4c1e-9a55-7d2f7f1d0a02";

afterEach(() => vi.unstubAllEnvs());

describe("device key encryption", () => {
  it("round-trips a 32-byte key for its cashbox", () => {
    const key = generateDeviceKey();
    const enc = encryptDeviceKey(key, A);
    expect(enc.startsWith("v1.")).toBe(true);
    expect(enc).not.toContain(key.toString("base64url"));
    expect(decryptDeviceKey(enc, A).equals(key)).toBe(true);
    expect(formatDeviceKey(key)).toHaveLength(43);
  });

  it("uses a fresh IV each time", () => {
    const key = generateDeviceKey();
    expect(encryptDeviceKey(key, A)).not.toBe(encryptDeviceKey(key, A));
  });

  it("refuses another cashbox's ciphertext, a tampered one and another server key", () => {
    const key = generateDeviceKey();
    const enc = encryptDeviceKey(key, A);
    expect(() => decryptDeviceKey(enc, B)).toThrow();
    const raw = Buffer.from(enc.slice(3), "base64url");
    raw[raw.length - 1] ^= 1;
    expect(() => decryptDeviceKey(`v1.${raw.toString("base64url")}`, A)).toThrow();
    vi.stubEnv("KASSA_DEVICE_KEY_SECRET", "another-secret-entirely");
    expect(() => decryptDeviceKey(enc, A)).toThrow();
  });

  it("prefers KASSA_DEVICE_KEY_SECRET over NEXTAUTH_SECRET", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "auth-secret");
    vi.stubEnv("KASSA_DEVICE_KEY_SECRET", "device-secret");
    const key = generateDeviceKey();
    const enc = encryptDeviceKey(key, A);
    vi.stubEnv("NEXTAUTH_SECRET", "changed-auth-secret");
    expect(decryptDeviceKey(enc, A).equals(key)).toBe(true);
  });

  it("refuses an unknown format", () => {
    expect(() => decryptDeviceKey("v2.abc", A)).toThrow(/format/);
  });
});

describe("device token", () => {
  it("is 32 random bytes in base64url, stored as its SHA-256 hex", () => {
    const { token, tokenHash } = generateDeviceToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashDeviceToken(token)).toBe(tokenHash);
    expect(generateDeviceToken().token).not.toBe(token);
  });
});
