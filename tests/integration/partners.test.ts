// Partner scoping (docs/product.md §2): a partner sees only clients that linked it, only what renewal
// needs, loses access on unlink, and never sees another partner's codes.
import { describe, expect, it } from "vitest";
import { CodeError } from "@/lib/codes/errors";
import { findCodes } from "@/lib/codes/find-codes";
import { getRenewOptions } from "@/lib/codes/get-renew-options";
import { redeemActivationCode } from "@/lib/codes/redeem-activation-code";
import { findClientCashboxes } from "@/lib/partners/find-client-cashboxes";
import { findPartnerClients } from "@/lib/partners/find-partner-clients";
import { findPartnerCodes, findPartnerUsableCodes } from "@/lib/partners/find-partner-codes";
import { handCodeToClient } from "@/lib/partners/hand-code-to-client";
import { getPartnerLink, linkPartner, unlinkPartner } from "@/lib/partners/partner-link";
import { findPartnerHistory } from "@/lib/partners/partner-history";
import { renewClientCashbox } from "@/lib/partners/renew-client-cashbox";
import {
  seedActivationCodes,
  seedCashbox,
  seedMembership,
  seedOrganization,
  seedTenant,
  seedUser,
} from "@/prisma/seed/factories";
import { ctxFor, db } from "./helpers";

const DAY = 86_400_000;

async function partnerOrg() {
  const org = await seedOrganization(db(), { kind: "PARTNER", country: "KZ" });
  const user = await seedUser(db());
  await seedMembership(db(), { organizationId: org.id, userId: user.id, role: "PARTNER_MANAGER" });
  return {
    org,
    ctx: {
      ...ctxFor({ ...org }, user, "PARTNER_MANAGER"),
      organizationName: org.name,
      ip: `10.9.${Math.floor(Math.random() * 250)}.1`,
    },
  };
}

async function client(paidInDays: number) {
  const t = await seedTenant(db(), { country: "KZ" });
  const { cashbox } = await seedCashbox(db(), {
    organizationId: t.org.id,
    tradePointId: t.tradePoint.id,
    registrationStatus: "REGISTERED",
    paidUntil: new Date(Date.now() + paidInDays * DAY),
  });
  return { ...t, cashbox, owner: ctxFor(t.org, t.users.OWNER, "OWNER") };
}

describe("partner scoping", () => {
  it("sees only linked clients, only what it needs, and loses access when the client unlinks", async () => {
    const p = await partnerOrg();
    const linked = await client(-3);
    const stranger = await client(-3);
    await linkPartner(linked.owner, { taxId: p.org.taxId });

    const clients = await findPartnerClients(p.ctx, 1);
    expect(clients.rows.map((r) => r.id)).toEqual([linked.org.id]);
    expect(clients.rows[0]).toMatchObject({ cashboxes: 1, unpaid: 1, expiring: 0 });

    const cashboxes = await findClientCashboxes(p.ctx, linked.org.id, 1);
    expect(cashboxes.rows.map((r) => r.id)).toEqual([linked.cashbox.id]);
    // Only what renewal needs: no tokens, keys, serials or fiscal data.
    expect(Object.keys(cashboxes.rows[0]).sort()).toEqual(
      [
        "id",
        "name",
        "operationalReason",
        "operationalState",
        "ofd",
        "ofdPaidUntil",
        "paidUntil",
        "registrationNumber",
        "registrationStatus",
        "tradePoint",
      ].sort(),
    );
    await expect(findClientCashboxes(p.ctx, stranger.org.id, 1)).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Renewing: a linked client's cashbox works, a stranger's does not exist for the partner.
    const { codes } = await seedActivationCodes(db(), {
      organizationId: p.org.id,
      productCode: "OFD-1",
      quantity: 3,
    });
    const before = (await db().cashbox.findFirstOrThrow({ where: { id: stranger.cashbox.id } })).paidUntil;
    await expect(
      renewClientCashbox(p.ctx, {
        code: codes[0],
        cashboxId: stranger.cashbox.id,
        clientOrganizationId: stranger.org.id,
      }),
    ).rejects.toMatchObject({ reason: "CASHBOX_NOT_FOUND" });
    // …also when it names the linked client but a stranger's cashbox id.
    await expect(
      renewClientCashbox(p.ctx, {
        code: codes[0],
        cashboxId: stranger.cashbox.id,
        clientOrganizationId: linked.org.id,
      }),
    ).rejects.toMatchObject({ reason: "CASHBOX_NOT_FOUND" });
    expect((await db().cashbox.findFirstOrThrow({ where: { id: stranger.cashbox.id } })).paidUntil).toEqual(
      before,
    );

    const renewed = await renewClientCashbox(p.ctx, {
      code: codes[0],
      cashboxId: linked.cashbox.id,
      clientOrganizationId: linked.org.id,
    });
    expect(renewed.months).toBe(1);
    // The client's journal says who renewed it; the partner's says which code went where.
    expect(
      await db().auditLog.findFirst({
        where: { organizationId: linked.org.id, action: "cashbox.renew" },
        select: { userId: true },
      }),
    ).toEqual({ userId: p.ctx.userId });
    expect(await db().auditLog.count({ where: { organizationId: p.org.id, action: "code.redeem" } })).toBe(1);

    let history = await findPartnerHistory(p.ctx, 1);
    expect(history.rows[0]).toMatchObject({
      status: "REDEEMED",
      clientName: linked.org.name,
      cashboxName: linked.cashbox.name,
    });

    // Unlinking takes access away at once.
    await unlinkPartner(linked.owner);
    expect((await findPartnerClients(p.ctx, 1)).rows).toEqual([]);
    await expect(findClientCashboxes(p.ctx, linked.org.id, 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      renewClientCashbox(p.ctx, {
        code: codes[1],
        cashboxId: linked.cashbox.id,
        clientOrganizationId: linked.org.id,
      }),
    ).rejects.toMatchObject({ reason: "CASHBOX_NOT_FOUND" });
    history = await findPartnerHistory(p.ctx, 1);
    expect(history.rows[0]).toMatchObject({ clientName: linked.org.name, cashboxName: null });
  });

  it("never sees or uses another partner's codes", async () => {
    const p1 = await partnerOrg();
    const p2 = await partnerOrg();
    const c = await client(10);
    await linkPartner(c.owner, { taxId: p1.org.taxId });
    await seedActivationCodes(db(), { organizationId: p1.org.id, quantity: 2 });
    const { codes: p2codes } = await seedActivationCodes(db(), { organizationId: p2.org.id, quantity: 3 });

    const inv = await findPartnerCodes(p1.ctx, { page: 1 });
    expect(inv.total).toBe(2);
    expect(inv.totals).toEqual({ AVAILABLE: 2 });
    expect(inv.rows.some((r) => p2codes.includes(r.code))).toBe(false);
    expect((await findPartnerUsableCodes(p1.ctx)).every((r) => !p2codes.includes(r.code))).toBe(true);
    await expect(
      renewClientCashbox(p1.ctx, {
        code: p2codes[0],
        cashboxId: c.cashbox.id,
        clientOrganizationId: c.org.id,
      }),
    ).rejects.toMatchObject({ reason: "OTHER_OWNER" });
    // p2 cannot reach p1's client at all.
    await expect(
      renewClientCashbox(p2.ctx, {
        code: p2codes[0],
        cashboxId: c.cashbox.id,
        clientOrganizationId: c.org.id,
      }),
    ).rejects.toMatchObject({ reason: "CASHBOX_NOT_FOUND" });
    const hand = await handCodeToClient(p2.ctx, {
      codeId: (
        await db().activationCode.findFirstOrThrow({ where: { organizationId: p2.org.id, code: p2codes[1] } })
      ).id,
      clientOrganizationId: c.org.id,
    }).catch((e) => e);
    expect(hand).toBeInstanceOf(CodeError);
    expect(hand.reason).toBe("CLIENT_NOT_LINKED");
  });

  it("hands a code to a linked client, who then redeems it; the partner cannot use it for another client", async () => {
    const p = await partnerOrg();
    const a = await client(3);
    const b = await client(3);
    await linkPartner(a.owner, { taxId: p.org.taxId });
    await linkPartner(b.owner, { taxId: p.org.taxId });
    const { codes } = await seedActivationCodes(db(), { organizationId: p.org.id, productCode: "OFD-3" });
    const codeRow = await db().activationCode.findFirstOrThrow({
      where: { organizationId: p.org.id, code: codes[0] },
    });

    // Before the hand-over the client may not redeem the partner's code.
    await expect(
      redeemActivationCode({ ...a.owner, ip: "10.8.0.1" }, { code: codes[0], cashboxId: a.cashbox.id }),
    ).rejects.toMatchObject({
      reason: "OTHER_OWNER",
    });
    await handCodeToClient(p.ctx, { codeId: codeRow.id, clientOrganizationId: a.org.id });
    await expect(
      handCodeToClient(p.ctx, { codeId: codeRow.id, clientOrganizationId: b.org.id }),
    ).rejects.toMatchObject({
      reason: "NOT_AVAILABLE",
    });
    await expect(
      renewClientCashbox(p.ctx, { code: codes[0], cashboxId: b.cashbox.id, clientOrganizationId: b.org.id }),
    ).rejects.toMatchObject({ reason: "HANDED_TO_CLIENT" });

    // The client sees it in «Мои коды» and in the renewal dialog, with a bell notification.
    const mine = await findCodes(a.owner, { page: 1 });
    expect(mine.rows).toHaveLength(1);
    expect(mine.rows[0]).toMatchObject({ code: codes[0], usable: true, fromPartner: p.org.name });
    expect((await getRenewOptions(a.owner)).codes.map((c) => c.code)).toEqual([codes[0]]);
    expect(await db().notification.count({ where: { organizationId: a.org.id, kind: "CODE_HANDED" } })).toBe(
      1,
    );
    // The other client sees nothing.
    expect((await findCodes(b.owner, { page: 1 })).total).toBe(0);

    await expect(
      redeemActivationCode({ ...a.owner, ip: "10.8.0.2" }, { code: codes[0], cashboxId: a.cashbox.id }),
    ).resolves.toMatchObject({
      months: 3,
    });
    expect((await findPartnerCodes(p.ctx, { page: 1 })).totals).toEqual({ REDEEMED: 1 });
  });

  it("the client links a partner by tax id; only PARTNER organizations can be linked", async () => {
    const p = await partnerOrg();
    const c = await client(10);
    const other = await client(10);
    await expect(linkPartner(c.owner, { taxId: other.org.taxId })).rejects.toMatchObject({
      messageKey: "partner.link.notFound",
    });
    await expect(
      linkPartner(ctxFor(c.org, c.users.ACCOUNTANT, "ACCOUNTANT"), { taxId: p.org.taxId }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await linkPartner(c.owner, { taxId: p.org.taxId });
    await expect(linkPartner(c.owner, { taxId: p.org.taxId })).rejects.toMatchObject({
      messageKey: "partner.link.already",
    });
    expect(await getPartnerLink(ctxFor(c.org, c.users.ACCOUNTANT, "ACCOUNTANT"))).toMatchObject({
      name: p.org.name,
    });
    expect(await db().auditLog.count({ where: { organizationId: c.org.id, action: "partner.link" } })).toBe(
      1,
    );
  });
});
