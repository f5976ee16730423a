import { randomUUID } from "node:crypto";
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { TCreateCashboxInput } from "./card-schemas";
import { encryptDeviceKey, formatDeviceKey, generateDeviceKey } from "./device-key";
import { generateDeviceToken } from "./device-token";
import { normalizeModel } from "./serial";
import { isUniqueViolation } from "./unique-violation";
import { fiscalDriveKey, putCashboxKey, putCashboxToken } from "@/lib/db/lookups";

export interface CreatedCashbox {
  cashboxId: string;
  /** shown once; only its SHA-256 is stored */
  token: string;
  /** the HMAC key for offline fiscal signs (base64url), shown once; stored encrypted */
  deviceKey: string;
}

/**
 * «Добавить кассу» (input parsed by ZCreateCashboxInput): the cashbox (DRAFT, ACTIVE), its service-wide serial claim, its first fiscal
 * drive (RU) and the audit row, in one transaction. The serial is unique per model across all
 * organizations: the CashboxSerial primary key decides concurrent claims, and a refusal leaves
 * nothing behind.
 */
export async function createCashbox(ctx: TenantContext, input: TCreateCashboxInput): Promise<CreatedCashbox> {
  assertCan(ctx, "cashbox.manage");
  if (input.country !== ctx.country) throw new AppError("VALIDATION_FAILED");

  const cashboxId = randomUUID();
  const { token, tokenHash } = generateDeviceToken();
  const deviceKey = generateDeviceKey();
  const now = new Date();
  try {
    await db.$transaction(async (tx) => {
      const tradePoint = await tx.tradePoint.findFirst({
        where: { organizationId: ctx.organizationId, id: input.tradePointId, archivedAt: null },
        select: { id: true },
      });
      if (!tradePoint)
        throw new AppError("VALIDATION_FAILED", {
          field: "tradePointId",
          messageKey: "cashbox.v.tradePoint",
        });

      await tx.cashbox.create({
        data: {
          id: cashboxId,
          organizationId: ctx.organizationId,
          tradePointId: tradePoint.id,
          name: input.name,
          model: input.model,
          serialNumber: input.serialNumber,
          ofd: input.ofd,
          registrationStatus: "DRAFT",
          operationalState: "ACTIVE",
          fiscalDriveNumber: input.fiscalDrive?.number ?? null,
          fiscalDriveModel: input.fiscalDrive?.model ?? null,
          fiscalDriveMonths: input.fiscalDrive?.validityMonths ?? null,
          fiscalDriveInstalledAt: input.fiscalDrive ? now : null,
          tokenHash,
          tokenIssuedAt: now,
          deviceKeyEnc: encryptDeviceKey(deviceKey, cashboxId),
        },
      });
      await tx.cashboxSerial.create({
        data: {
          model: normalizeModel(input.model),
          serialNumber: input.serialNumber,
          tenantId: ctx.organizationId,
          cashboxId,
        },
      });
      await putCashboxToken(tx, tokenHash, ctx.organizationId, cashboxId);
      if (input.fiscalDrive) {
        await tx.fiscalDrive.create({
          data: {
            organizationId: ctx.organizationId,
            cashboxId,
            number: input.fiscalDrive.number,
            model: input.fiscalDrive.model,
            validityMonths: input.fiscalDrive.validityMonths,
            installedAt: now,
          },
        });
        await putCashboxKey(tx, fiscalDriveKey(input.fiscalDrive.number), ctx.organizationId, cashboxId);
      }
      await audit(tx, ctx, {
        action: "cashbox.create",
        objectType: "cashbox",
        objectId: cashboxId,
        details: {
          name: input.name,
          model: input.model,
          serialNumber: input.serialNumber,
          tradePointId: tradePoint.id,
          ofd: input.ofd,
          fiscalDriveNumber: input.fiscalDrive?.number ?? null,
        },
      });
    });
  } catch (e) {
    if (isUniqueViolation(e, "CashboxSerial")) throw await serialTaken(ctx, input);
    throw e;
  }
  return { cashboxId, token, deviceKey: formatDeviceKey(deviceKey) };
}

/**
 * The refusal for a taken serial. Within the caller's own organization it says so; otherwise
 * only that the service has it (which organization is not revealed).
 */
async function serialTaken(ctx: TenantContext, input: TCreateCashboxInput) {
  const own = await db.cashboxSerial.findFirst({
    where: {
      tenantId: ctx.organizationId,
      model: normalizeModel(input.model),
      serialNumber: input.serialNumber,
    },
    select: { cashboxId: true },
  });
  return own
    ? new AppError("CONFLICT", { field: "serialNumber", messageKey: "cashbox.errors.serialTakenOwn" })
    : new AppError("CONFLICT", { field: "serialNumber", messageKey: "cashbox.errors.serialTaken" });
}
