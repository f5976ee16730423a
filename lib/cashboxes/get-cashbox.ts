import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";

/** Everything «Карточка кассы» shows; never the token hash or the encrypted key. */
export const CASHBOX_CARD_SELECT = {
  id: true,
  name: true,
  model: true,
  serialNumber: true,
  registrationNumber: true,
  inkOfd: true,
  ofd: true,
  registrationStatus: true,
  operationalState: true,
  operationalReason: true,
  fiscalDriveNumber: true,
  fiscalDriveModel: true,
  fiscalDriveMonths: true,
  fiscalDriveInstalledAt: true,
  paidUntil: true,
  ofdPaidUntil: true,
  tokenIssuedAt: true,
  autoCloseTime: true,
  receiptFooter: true,
  taxation: true,
  lastSeenAt: true,
  createdAt: true,
  tradePoint: { select: { id: true, name: true, address: true } },
  organization: {
    select: { name: true, legalForm: true, taxId: true, kpp: true, country: true, timezone: true },
  },
} as const;

/** One cashbox of the caller's organization; another tenant's or an unknown id → NOT_FOUND. */
export async function getCashbox(ctx: TenantContext, cashboxId: string) {
  assertCan(ctx, "cashbox.read");
  if (!isUuid(cashboxId)) throw new AppError("NOT_FOUND");
  const cashbox = await db.cashbox.findFirst({
    where: { organizationId: ctx.organizationId, id: cashboxId },
    select: CASHBOX_CARD_SELECT,
  });
  if (!cashbox) throw new AppError("NOT_FOUND");
  const link = await db.partnerLink.findUnique({
    where: { organizationId: ctx.organizationId },
    select: { partnerOrganizationId: true },
  });
  const partner = link
    ? await db.organization.findUnique({ where: { id: link.partnerOrganizationId }, select: { name: true } })
    : null;
  return { ...cashbox, partnerName: partner?.name ?? null };
}
export type CashboxCard = Awaited<ReturnType<typeof getCashbox>>;
