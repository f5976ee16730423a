import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { dropCashboxToken, putCashboxToken } from "@/lib/db/lookups";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { encryptDeviceKey, formatDeviceKey, generateDeviceKey } from "./device-key";
import { generateDeviceToken } from "./device-token";
import { lockCashbox } from "./lock-cashbox";

/**
 * A new device token and signing key, shown once. The old token stops working at commit: only
 * the new hash is stored, and the device API looks cashboxes up by hash.
 */
export async function reissueCashboxToken(ctx: TenantContext, cashboxId: string) {
  assertCan(ctx, "cashbox.manage");
  const { token, tokenHash } = generateDeviceToken();
  const deviceKey = generateDeviceKey();
  await db.$transaction(async (tx) => {
    const cashbox = await lockCashbox(tx, ctx.organizationId, cashboxId);
    if (cashbox.registrationStatus === "DEREGISTERED") {
      throw new AppError("CONFLICT", { messageKey: "cashbox.errors.deregistered" });
    }
    const old = await tx.cashbox.findFirst({
      where: { organizationId: ctx.organizationId, id: cashbox.id },
      select: { tokenHash: true },
    });
    if (old?.tokenHash) await dropCashboxToken(tx, old.tokenHash);
    await putCashboxToken(tx, tokenHash, ctx.organizationId, cashbox.id);
    await tx.cashbox.updateMany({
      where: { organizationId: ctx.organizationId, id: cashbox.id },
      data: { tokenHash, tokenIssuedAt: new Date(), deviceKeyEnc: encryptDeviceKey(deviceKey, cashbox.id) },
    });
    await audit(tx, ctx, { action: "cashbox.token.reissue", objectType: "cashbox", objectId: cashbox.id });
  });
  return { token, deviceKey: formatDeviceKey(deviceKey) };
}
