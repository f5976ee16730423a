import { audit } from "@/lib/audit/log";
import { hitRateLimit, undoRateLimitHit } from "@/lib/auth/rate-limit";
import { toIsoDate } from "@/lib/cashboxes/status";
import { localDate } from "@/lib/locale/zone";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan, unsafeOrganizationId, type TenantContext } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";
import { CodeError } from "./errors";
import { checkCode, maskCode } from "./format";
import { extendPaidUntil } from "./paid-until";
import type { TRedeemCodeInput } from "./schemas";
import { unsafeFindCodeOwner } from "./unsafe-find-code-owner";
import { sql, tenantExecute, tenantQuery } from "@/lib/db/sql";

/** Failed attempts allowed per window, per user and per client address (docs/product.md §6). */
export const REDEEM_LIMITS = { perUser: 10, perIp: 30, windowSeconds: 15 * 60 };

export interface RedeemResult {
  cashboxId: string;
  cashboxName: string;
  months: number;
  previousPaidUntil: string | null;
  paidUntil: string;
  /** the unpaid-service block was lifted */
  unblocked: boolean;
}

interface Target {
  code: string;
  cashboxId: string;
  /** the tenant the cashbox must belong to */
  cashboxOrganizationId: string;
  /** a partner renews a linked client's cashbox with its own code */
  asPartner: boolean;
}

/** «Продлить»: redeems a code for one of the caller's own cashboxes. */
export async function redeemActivationCode(ctx: TenantContext, input: TRedeemCodeInput, now = new Date()) {
  assertCan(ctx, "cashbox.renew");
  return redeem(
    ctx,
    {
      code: input.code,
      cashboxId: input.cashboxId,
      cashboxOrganizationId: ctx.organizationId,
      asPartner: false,
    },
    now,
  );
}

/**
 * The redemption itself, shared with the partner cabinet (lib/partners/renew-client-cashbox.ts).
 * Exactly once under concurrency: the cashbox row is locked, then the code moves to REDEEMED by
 * one conditional UPDATE (… WHERE status = <the status we saw>); a concurrent redemption that
 * committed first makes it match no row. The paidUntil change, the lifted unpaid block and the
 * audit rows are in the same transaction.
 */
export async function redeem(ctx: TenantContext, target: Target, now = new Date()): Promise<RedeemResult> {
  const checked = checkCode(target.code);
  if (!checked.ok) throw new CodeError(checked.problem === "BAD_CHECK" ? "BAD_CHECK" : "FORMAT");
  const code = checked.code;

  // Every attempt counts before the code is looked up (parallel guesses cannot slip past the
  // limit); a successful one gives its hit back, so only failures add up.
  const userKey = `code:user:${ctx.userId}`;
  const ipKey = `code:ip:${ctx.ip ?? "unknown"}`;
  const byUser = await hitRateLimit(userKey, REDEEM_LIMITS.windowSeconds, now);
  const byIp = await hitRateLimit(ipKey, REDEEM_LIMITS.windowSeconds, now);
  if (byUser.count > REDEEM_LIMITS.perUser || byIp.count > REDEEM_LIMITS.perIp) {
    const seconds = Math.max(
      byUser.count > REDEEM_LIMITS.perUser ? byUser.retryAfterSeconds : 0,
      byIp.count > REDEEM_LIMITS.perIp ? byIp.retryAfterSeconds : 0,
    );
    throw new CodeError("RATE_LIMITED", { minutes: Math.ceil(seconds / 60) });
  }

  const result = await db.$transaction(
    async (tx) => {
      if (!isUuid(target.cashboxId) || !isUuid(target.cashboxOrganizationId))
        throw new CodeError("CASHBOX_NOT_FOUND");
      // the cashbox's tenant: the caller's own, or a partner's client checked by `grant` below
      const cashboxOrg = unsafeOrganizationId(target.cashboxOrganizationId);
      // 1. The cashbox, locked, inside its tenant; a partner reaches it only through the client's
      //    link to the partner, checked in this very query.
      const grant = target.asPartner
        ? Prisma.sql`AND EXISTS (SELECT 1 FROM "PartnerLink" pl
             WHERE pl."organizationId" = ${target.cashboxOrganizationId}::uuid AND pl."partnerOrganizationId" = ${ctx.organizationId}::uuid)`
        : Prisma.empty;
      const cashboxes = await tenantQuery<
        {
          id: string;
          name: string;
          registrationStatus: string;
          paidUntil: Date | null;
          unpaidBlockedAt: Date | null;
          operationalState: string;
          timezone: string;
        }[]
      >(
        tx,
        cashboxOrg,
        sql`
        SELECT c.id::text, c.name, c."registrationStatus"::text, c."paidUntil", c."unpaidBlockedAt",
               c."operationalState"::text, o.timezone
          FROM "Cashbox" c JOIN "Organization" o ON o.id = c."organizationId"
         WHERE c."organizationId" = ${target.cashboxOrganizationId}::uuid AND c.id = ${target.cashboxId}::uuid ${grant}
         FOR UPDATE OF c`,
      );
      const cashbox = cashboxes[0];
      if (!cashbox) throw new CodeError("CASHBOX_NOT_FOUND");
      if (cashbox.registrationStatus === "DEREGISTERED") throw new CodeError("CASHBOX_DEREGISTERED");
      // A third-party ОФД cashbox takes codes too: they extend its tariff period («Тариф оплачен
      // до», paidUntil), never its ОФД period (ofdPaidUntil, the owner's date).

      // 2. The code and its owner.
      const owner = await unsafeFindCodeOwner(tx, code);
      if (!owner) throw new CodeError("UNKNOWN");
      const row = await tx.activationCode.findFirst({
        where: { organizationId: owner.organizationId, id: owner.activationCodeId },
        select: { id: true, organizationId: true, status: true, months: true, handedToOrganizationId: true },
      });
      if (!row) throw new CodeError("UNKNOWN");

      // 3. May the caller use it on this cashbox?
      if (row.status === "REDEEMED") throw new CodeError("ALREADY_REDEEMED");
      if (row.status === "REVOKED") throw new CodeError("REVOKED");
      const own = row.organizationId === ctx.organizationId;
      const handedToMe =
        row.status === "HANDED_TO_CLIENT" && row.handedToOrganizationId === ctx.organizationId;
      if (target.asPartner) {
        if (!own) throw new CodeError("OTHER_OWNER");
        if (row.status === "HANDED_TO_CLIENT" && row.handedToOrganizationId !== target.cashboxOrganizationId)
          throw new CodeError("HANDED_TO_CLIENT");
      } else if (!handedToMe) {
        if (!own) throw new CodeError("OTHER_OWNER");
        if (row.status !== "AVAILABLE") throw new CodeError("HANDED_TO_CLIENT");
      }

      // 4. Exactly once.
      const today = localDate(now, cashbox.timezone);
      const previous = cashbox.paidUntil ? toIsoDate(cashbox.paidUntil) : null;
      const paidUntil = extendPaidUntil(previous, today, row.months);
      const won = await tenantExecute(
        tx,
        unsafeOrganizationId(row.organizationId),
        sql`
        UPDATE "ActivationCode"
           SET "status" = 'REDEEMED', "redeemedAt" = ${now}, "redeemedCashboxId" = ${cashbox.id}::uuid,
               "redeemedByOrganizationId" = ${target.cashboxOrganizationId}::uuid,
               "redeemedByUserId" = ${ctx.userId}::uuid, "redeemedPaidUntil" = ${paidUntil}::date
         WHERE "organizationId" = ${row.organizationId}::uuid AND "id" = ${row.id}::uuid
           AND "status" = ${row.status}::"ActivationCodeStatus"`,
      );
      if (won !== 1) {
        const after = await tx.activationCode.findFirst({
          where: { organizationId: row.organizationId, id: row.id },
          select: { status: true },
        });
        throw new CodeError(after?.status === "REVOKED" ? "REVOKED" : "ALREADY_REDEEMED");
      }

      // 5. The cashbox: new paidUntil; the unpaid-service block (only that one) is lifted.
      const unblocked = cashbox.unpaidBlockedAt !== null && cashbox.operationalState === "BLOCKED";
      await tenantExecute(
        tx,
        cashboxOrg,
        sql`
        UPDATE "Cashbox"
           SET "paidUntil" = ${paidUntil}::date,
               "operationalState" = CASE WHEN "unpaidBlockedAt" IS NOT NULL AND "operationalState" = 'BLOCKED'
                                         THEN 'ACTIVE'::"OperationalState" ELSE "operationalState" END,
               "operationalReason" = CASE WHEN "unpaidBlockedAt" IS NOT NULL AND "operationalState" = 'BLOCKED'
                                          THEN NULL ELSE "operationalReason" END,
               "unpaidBlockedAt" = NULL, "updatedAt" = ${now}
         WHERE "organizationId" = ${target.cashboxOrganizationId}::uuid AND "id" = ${cashbox.id}::uuid`,
      );

      // 6. The journal of the cashbox's organization, and of the code's owner when that differs.
      const details = {
        code: maskCode(code),
        months: row.months,
        paidUntil: [previous, paidUntil],
        ...(unblocked ? { unblocked: true } : {}),
        ...(target.asPartner ? { partner: ctx.organizationName } : {}),
      };
      await audit(
        tx,
        ctx,
        { action: "cashbox.renew", objectType: "cashbox", objectId: cashbox.id, details },
        target.cashboxOrganizationId,
      );
      if (row.organizationId !== target.cashboxOrganizationId) {
        await audit(
          tx,
          ctx,
          {
            action: "code.redeem",
            objectType: "activationCode",
            objectId: row.id,
            details: {
              ...details,
              cashboxId: cashbox.id,
              clientOrganizationId: target.cashboxOrganizationId,
            },
          },
          row.organizationId,
        );
      }
      return {
        cashboxId: cashbox.id,
        cashboxName: cashbox.name,
        months: row.months,
        previousPaidUntil: previous,
        paidUntil,
        unblocked,
      };
    },
    { maxWait: 15_000, timeout: 20_000 },
  );
  await undoRateLimitHit(userKey);
  await undoRateLimitHit(ipKey);
  return result;
}
