import { audit } from "@/lib/audit/log";
import { CodeError } from "@/lib/codes/errors";
import { maskCode } from "@/lib/codes/format";
import type { THandCodeInput } from "@/lib/codes/schemas";
import { db } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { sql, tenantQuery } from "@/lib/db/sql";

/**
 * «Передать клиенту»: one of the partner's available codes goes to a linked client, who sees it
 * in «Мои коды» and may redeem it. The partner keeps ownership (inventory, history).
 */
export async function handCodeToClient(ctx: TenantContext, input: THandCodeInput, now = new Date()) {
  assertCan(ctx, "partner.cabinet");
  await db.$transaction(async (tx) => {
    // Only a client that linked this partner; checked and locked in one query.
    const link = await tenantQuery<{ organizationId: string; name: string }[]>(
      tx,
      ctx.organizationId,
      sql`
      SELECT pl."organizationId"::text AS "organizationId", o.name
        FROM "PartnerLink" pl JOIN "Organization" o ON o.id = pl."organizationId"
       WHERE pl."organizationId" = ${input.clientOrganizationId}::uuid
         AND pl."partnerOrganizationId" = ${ctx.organizationId}::uuid
       FOR SHARE OF pl`,
    );
    if (!link[0]) throw new CodeError("CLIENT_NOT_LINKED");
    const code = await tx.activationCode.findFirst({
      where: { organizationId: ctx.organizationId, id: input.codeId },
      select: { id: true, code: true, months: true },
    });
    if (!code) throw new CodeError("UNKNOWN");
    const { count } = await tx.activationCode.updateMany({
      where: { organizationId: ctx.organizationId, id: input.codeId, status: "AVAILABLE" },
      data: { status: "HANDED_TO_CLIENT", handedToOrganizationId: input.clientOrganizationId, handedAt: now },
    });
    if (count === 0) throw new CodeError("NOT_AVAILABLE");
    const details = { code: maskCode(code.code), months: code.months };
    await audit(tx, ctx, {
      action: "code.hand",
      objectType: "activationCode",
      objectId: code.id,
      details: { ...details, client: link[0].name },
    });
    await audit(
      tx,
      ctx,
      {
        action: "code.receive",
        objectType: "activationCode",
        objectId: code.id,
        details: { ...details, partner: ctx.organizationName },
      },
      input.clientOrganizationId,
    );
    await notify(tx, {
      organizationId: input.clientOrganizationId,
      kind: "CODE_HANDED",
      dedupeKey: code.id,
      params: { partner: ctx.organizationName, months: code.months },
    });
  });
}
