// The cashbox's device token (Authorization: Bearer … on the device API): 32 random bytes as
// base64url, shown once; only its SHA-256 (hex) is stored, in Cashbox.tokenHash. The device API
// looks a cashbox up by hashDeviceToken(bearer) (same function as hashToken in prisma/seed/factories.ts).
import { createHash, randomBytes } from "node:crypto";

export function hashDeviceToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function generateDeviceToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashDeviceToken(token) };
}
