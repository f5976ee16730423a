// Activation codes: exactly-once redemption under concurrency, every error code, the rate limit,
// the unpaid block lifted by a renewal, minting and revoking by the platform admin.
import { describe, expect, it } from "vitest";
import { localDate } from "@/lib/locale/zone";
import { adminMintBatch, adminRevokeCode } from "@/lib/codes/admin-codes";
import { CodeError } from "@/lib/codes/errors";
import { CODE_ALPHABET, checkCharacter, checkCode } from "@/lib/codes/format";
import { findCodes } from "@/lib/codes/find-codes";
import { getRenewOptions } from "@/lib/codes/get-renew-options";
import { extendPaidUntil } from "@/lib/codes/paid-until";
import { REDEEM_LIMITS, redeemActivationCode } from "@/lib/codes/redeem-activation-code";
import type { TenantContext } from "@/lib/tenant/context";
import {
  seedActivationCodes,
  seedCashbox,
  seedMembership,
  seedOrganization,
  seedTenant,
  seedUser,
  uniqueSuffix,
} from "@/prisma/seed/factories";
import { ctxFor, db } from "./helpers";

const DAY = 86_400_000;
const randomIp = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function tenantWithCashbox(
  paidInDays: number | null,
  extra: Partial<Parameters<typeof seedCashbox>[1]> = {},
) {
  const t = await seedTenant(db());
  const { cashbox } = await seedCashbox(db(), {
    organizationId: t.org.id,
    tradePointId: t.tradePoint.id,
    registrationStatus: "REGISTERED",
    paidUntil: paidInDays === null ? null : new Date(Date.now() + paidInDays * DAY),
    ...extra,
  });
  const owner = { ...ctxFor(t.org, t.users.OWNER, "OWNER"), ip: randomIp() };
  return { ...t, cashbox, owner };
}

async function paidUntilOf(organizationId: string, id: string) {
  const c = await db().cashbox.findFirstOrThrow({
    where: { organizationId, id },
    select: { paidUntil: true },
  });
  return c.paidUntil?.toISOString().slice(0, 10) ?? null;
}

async function expectCodeError(p: Promise<unknown>, reason: string) {
  await expect(p).rejects.toBeInstanceOf(CodeError);
  await p.catch((e: CodeError) => expect(e.reason).toBe(reason));
}

/** A code with a valid check character that nobody minted. */
function unmintedCode() {
  let body = "";
  for (let i = 0; i < 15; i++) body += CODE_ALPHABET[Math.floor(Math.random() * 32)];
  return body + checkCharacter(body);
}

describe("redemption", () => {
  it("50 concurrent redemptions of one code from different users: exactly one wins, paidUntil moves once", async () => {
    const t = await tenantWithCashbox(10);
    const before = await paidUntilOf(t.org.id, t.cashbox.id);
    const [code] = (await seedActivationCodes(db(), { organizationId: t.org.id, productCode: "OFD-12" }))
      .codes;
    const ctxs: TenantContext[] = [];
    for (let i = 0; i < 50; i++) {
      const user = await seedUser(db(), { email: `renew-${i}-${uniqueSuffix()}@example.com` });
      await seedMembership(db(), {
        organizationId: t.org.id,
        userId: user.id,
        role: i % 2 ? "OWNER" : "ADMIN",
      });
      ctxs.push({ ...ctxFor(t.org, user, i % 2 ? "OWNER" : "ADMIN"), ip: randomIp() });
    }
    const results = await Promise.allSettled(
      ctxs.map((ctx) => redeemActivationCode(ctx, { code, cashboxId: t.cashbox.id })),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(lost.map((r) => (r.reason as CodeError).reason)).toEqual(Array(49).fill("ALREADY_REDEEMED"));

    const today = localDate(new Date(), "Europe/Moscow");
    const expected = extendPaidUntil(before, today, 12);
    expect(await paidUntilOf(t.org.id, t.cashbox.id)).toBe(expected);
    expect((won[0] as PromiseFulfilledResult<{ paidUntil: string }>).value.paidUntil).toBe(expected);
    const row = await db().activationCode.findFirstOrThrow({ where: { organizationId: t.org.id, code } });
    expect(row).toMatchObject({ status: "REDEEMED", redeemedCashboxId: t.cashbox.id });
    const audits = await db().auditLog.count({
      where: { organizationId: t.org.id, action: "cashbox.renew", objectId: t.cashbox.id },
    });
    expect(audits).toBe(1);
  });

  it("extends from today when the service has already run out, and from paidUntil otherwise", async () => {
    const expired = await tenantWithCashbox(-40);
    const [c1] = (await seedActivationCodes(db(), { organizationId: expired.org.id, productCode: "OFD-3" }))
      .codes;
    const r1 = await redeemActivationCode(expired.owner, { code: c1, cashboxId: expired.cashbox.id });
    const today = localDate(new Date(), "Europe/Moscow");
    expect(r1.paidUntil).toBe(extendPaidUntil(null, today, 3));

    const never = await tenantWithCashbox(null);
    const [c2] = (await seedActivationCodes(db(), { organizationId: never.org.id, productCode: "OFD-1" }))
      .codes;
    expect(
      (await redeemActivationCode(never.owner, { code: c2, cashboxId: never.cashbox.id })).paidUntil,
    ).toBe(extendPaidUntil(null, today, 1));
  });

  it("accepts the code typed in lower case, with look-alikes and spaces", async () => {
    const t = await tenantWithCashbox(5);
    const [code] = (await seedActivationCodes(db(), { organizationId: t.org.id })).codes;
    const typed = ` ${code.slice(0, 4)} ${code.slice(4, 8)}-${code.slice(8)} `
      .toLowerCase()
      .replace(/1/g, "l")
      .replace(/0/g, "o");
    await expect(
      redeemActivationCode(t.owner, { code: typed, cashboxId: t.cashbox.id }),
    ).resolves.toMatchObject({
      months: 12,
    });
  });

  it("lifts the unpaid-service block, but never an owner's block", async () => {
    const unpaid = await tenantWithCashbox(-30, {
      operationalState: "BLOCKED",
      operationalReason: "Не оплачено обслуживание",
    });
    await db().cashbox.updateMany({
      where: { organizationId: unpaid.org.id, id: unpaid.cashbox.id },
      data: { unpaidBlockedAt: new Date() },
    });
    const [c1] = (await seedActivationCodes(db(), { organizationId: unpaid.org.id })).codes;
    await expect(
      redeemActivationCode(unpaid.owner, { code: c1, cashboxId: unpaid.cashbox.id }),
    ).resolves.toMatchObject({
      unblocked: true,
    });
    expect(
      await db().cashbox.findFirstOrThrow({
        where: { organizationId: unpaid.org.id, id: unpaid.cashbox.id },
        select: { operationalState: true, operationalReason: true, unpaidBlockedAt: true },
      }),
    ).toEqual({ operationalState: "ACTIVE", operationalReason: null, unpaidBlockedAt: null });

    const owners = await tenantWithCashbox(-30, {
      operationalState: "BLOCKED",
      operationalReason: "инвентаризация",
    });
    const [c2] = (await seedActivationCodes(db(), { organizationId: owners.org.id })).codes;
    await expect(
      redeemActivationCode(owners.owner, { code: c2, cashboxId: owners.cashbox.id }),
    ).resolves.toMatchObject({
      unblocked: false,
    });
    expect(
      (
        await db().cashbox.findFirstOrThrow({
          where: { organizationId: owners.org.id, id: owners.cashbox.id },
        })
      ).operationalState,
    ).toBe("BLOCKED");
  });

  it("needs cashbox.renew: an accountant cannot renew", async () => {
    const t = await tenantWithCashbox(5);
    const [code] = (await seedActivationCodes(db(), { organizationId: t.org.id })).codes;
    await expect(
      redeemActivationCode(ctxFor(t.org, t.users.ACCOUNTANT, "ACCOUNTANT"), {
        code,
        cashboxId: t.cashbox.id,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("code errors", () => {
  it("BAD_CHECK: one mistyped character, before any database work", async () => {
    const t = await tenantWithCashbox(5);
    const before = await paidUntilOf(t.org.id, t.cashbox.id);
    const [code] = (await seedActivationCodes(db(), { organizationId: t.org.id })).codes;
    const typo = code.slice(0, 3) + (code[3] === "A" ? "B" : "A") + code.slice(4);
    expect(checkCode(typo)).toMatchObject({ ok: false, problem: "BAD_CHECK" });
    await expectCodeError(
      redeemActivationCode(t.owner, { code: typo, cashboxId: t.cashbox.id }),
      "BAD_CHECK",
    );
    const swapped = code[0] === code[1] ? null : code[1] + code[0] + code.slice(2);
    if (swapped)
      await expectCodeError(
        redeemActivationCode(t.owner, { code: swapped, cashboxId: t.cashbox.id }),
        "BAD_CHECK",
      );
    await expectCodeError(
      redeemActivationCode(t.owner, { code: "ABCD-EFGH", cashboxId: t.cashbox.id }),
      "FORMAT",
    );
    expect(await paidUntilOf(t.org.id, t.cashbox.id)).toBe(before);
    expect(
      (await db().activationCode.findFirstOrThrow({ where: { organizationId: t.org.id, code } })).status,
    ).toBe("AVAILABLE");
  });

  it("UNKNOWN, ALREADY_REDEEMED, REVOKED, OTHER_OWNER, CASHBOX_NOT_FOUND, with Russian messages", async () => {
    const t = await tenantWithCashbox(5);
    const other = await tenantWithCashbox(5);
    const before = await paidUntilOf(t.org.id, t.cashbox.id);
    const otherBefore = await paidUntilOf(other.org.id, other.cashbox.id);
    await expectCodeError(
      redeemActivationCode(t.owner, { code: unmintedCode(), cashboxId: t.cashbox.id }),
      "UNKNOWN",
    );

    const [used, revoked] = (await seedActivationCodes(db(), { organizationId: t.org.id, quantity: 2 }))
      .codes;
    await redeemActivationCode(t.owner, { code: used, cashboxId: t.cashbox.id });
    await expectCodeError(
      redeemActivationCode(t.owner, { code: used, cashboxId: t.cashbox.id }),
      "ALREADY_REDEEMED",
    );

    const platform = await seedOrganization(db(), { kind: "PLATFORM" });
    const admin = await seedUser(db());
    await seedMembership(db(), { organizationId: platform.id, userId: admin.id, role: "PLATFORM_ADMIN" });
    await adminRevokeCode(ctxFor(platform, admin, "PLATFORM_ADMIN"), {
      code: revoked,
      reason: "выдан по ошибке",
    });
    await expectCodeError(
      redeemActivationCode(t.owner, { code: revoked, cashboxId: t.cashbox.id }),
      "REVOKED",
    );

    const [foreign] = (await seedActivationCodes(db(), { organizationId: other.org.id })).codes;
    await expectCodeError(
      redeemActivationCode(t.owner, { code: foreign, cashboxId: t.cashbox.id }),
      "OTHER_OWNER",
    );
    // Another tenant's cashbox with one's own code: the cashbox does not exist for this caller.
    const [mine] = (await seedActivationCodes(db(), { organizationId: t.org.id })).codes;
    await expectCodeError(
      redeemActivationCode(t.owner, { code: mine, cashboxId: other.cashbox.id }),
      "CASHBOX_NOT_FOUND",
    );
    expect(await paidUntilOf(other.org.id, other.cashbox.id)).toBe(otherBefore);

    const err = await redeemActivationCode(t.owner, { code: foreign, cashboxId: t.cashbox.id }).catch(
      (e) => e,
    );
    expect(err).toMatchObject({ code: "FORBIDDEN", messageKey: "codes.errors.OTHER_OWNER", field: "code" });
    const { default: messages } = await import("@/lib/i18n/messages/codes");
    expect(messages.ru.errors.OTHER_OWNER).toMatch(/другой организации/);
    // The failed attempts changed nothing but the one good redemption.
    expect(await paidUntilOf(t.org.id, t.cashbox.id)).not.toBe(before);
    expect(
      await db().activationCode.findFirst({ where: { organizationId: t.org.id, code: mine } }),
    ).toMatchObject({
      status: "AVAILABLE",
    });
  });

  it("DEREGISTERED cashboxes cannot be renewed", async () => {
    const t = await tenantWithCashbox(null, { registrationStatus: "DEREGISTERED" });
    const [code] = (await seedActivationCodes(db(), { organizationId: t.org.id })).codes;
    await expectCodeError(
      redeemActivationCode(t.owner, { code, cashboxId: t.cashbox.id }),
      "CASHBOX_DEREGISTERED",
    );
  });

  it("RATE_LIMITED per user after the allowed failures, even with a good code", async () => {
    const t = await tenantWithCashbox(5);
    const [good] = (await seedActivationCodes(db(), { organizationId: t.org.id })).codes;
    for (let i = 0; i < REDEEM_LIMITS.perUser; i++) {
      await expectCodeError(
        redeemActivationCode(t.owner, { code: unmintedCode(), cashboxId: t.cashbox.id }),
        "UNKNOWN",
      );
    }
    const err = await redeemActivationCode(t.owner, { code: good, cashboxId: t.cashbox.id }).catch((e) => e);
    expect(err).toBeInstanceOf(CodeError);
    expect(err).toMatchObject({ reason: "RATE_LIMITED", code: "RATE_LIMITED", params: { minutes: 15 } });
    expect(
      (await db().activationCode.findFirstOrThrow({ where: { organizationId: t.org.id, code: good } }))
        .status,
    ).toBe("AVAILABLE");
    // Another user of the organization is not.
    const admin = { ...ctxFor(t.org, t.users.ADMIN, "ADMIN"), ip: randomIp() };
    await expect(redeemActivationCode(admin, { code: good, cashboxId: t.cashbox.id })).resolves.toMatchObject(
      { months: 12 },
    );
  });

  it("RATE_LIMITED per client address across users; successes do not count", async () => {
    const ip = randomIp();
    const t = await tenantWithCashbox(5);
    const codes = (await seedActivationCodes(db(), { organizationId: t.org.id, quantity: 3 })).codes;
    // Successful redemptions give their hit back.
    for (const code of codes.slice(0, 2)) {
      await redeemActivationCode({ ...t.owner, ip }, { code, cashboxId: t.cashbox.id });
    }
    let failures = 0;
    while (failures < REDEEM_LIMITS.perIp) {
      const user = await seedUser(db());
      await seedMembership(db(), { organizationId: t.org.id, userId: user.id, role: "ADMIN" });
      const ctx = { ...ctxFor(t.org, user, "ADMIN"), ip };
      for (let i = 0; i < 5 && failures < REDEEM_LIMITS.perIp; i++, failures++) {
        await expectCodeError(
          redeemActivationCode(ctx, { code: unmintedCode(), cashboxId: t.cashbox.id }),
          "UNKNOWN",
        );
      }
    }
    const fresh = await seedUser(db());
    await seedMembership(db(), { organizationId: t.org.id, userId: fresh.id, role: "ADMIN" });
    await expectCodeError(
      redeemActivationCode(
        { ...ctxFor(t.org, fresh, "ADMIN"), ip },
        { code: codes[2], cashboxId: t.cashbox.id },
      ),
      "RATE_LIMITED",
    );
  });
});

describe("my codes and the renewal dialog's options", () => {
  it("lists own codes with their source and offers usable ones; the partner's contacts come from the client's own link", async () => {
    const t = await tenantWithCashbox(5);
    const partner = await seedOrganization(db(), { kind: "PARTNER", country: "RU" });
    await db().organization.updateMany({ where: { id: partner.id }, data: { phone: "+7 900 000-00-01" } });
    await db().partnerLink.create({ data: { organizationId: t.org.id, partnerOrganizationId: partner.id } });
    const { codes } = await seedActivationCodes(db(), {
      organizationId: t.org.id,
      productCode: "OFD-6",
      quantity: 2,
    });
    await redeemActivationCode(t.owner, { code: codes[0], cashboxId: t.cashbox.id });

    const list = await findCodes(ctxFor(t.org, t.users.ACCOUNTANT, "ACCOUNTANT"), { page: 1 });
    expect(list.total).toBe(2);
    expect(list.available).toBe(1);
    const used = list.rows.find((r) => r.code === codes[0])!;
    expect(used).toMatchObject({ status: "REDEEMED", cashboxName: t.cashbox.name, usable: false });

    const options = await getRenewOptions(t.owner);
    expect(options.codes.map((c) => c.code)).toEqual([codes[1]]);
    expect(options.partner).toEqual({ name: partner.name, phone: "+7 900 000-00-01", email: partner.email });
    expect(options.canBuy).toBe(true);
  });
});

describe("minting", () => {
  it("PLATFORM_ADMIN mints N unique, valid codes for one owner; nobody else may", async () => {
    const platform = await seedOrganization(db(), { kind: "PLATFORM" });
    const admin = await seedUser(db());
    await seedMembership(db(), { organizationId: platform.id, userId: admin.id, role: "PLATFORM_ADMIN" });
    const owner = await seedOrganization(db(), { kind: "PARTNER", country: "KZ" });
    const product = await db().product.findUniqueOrThrow({ where: { code: "OFD-6" } });
    const { batchId } = await adminMintBatch(ctxFor(platform, admin, "PLATFORM_ADMIN"), {
      productId: product.id,
      ownerOrganizationId: owner.id,
      quantity: 200,
      note: "тест",
    });
    const codes = await db().activationCode.findMany({ where: { organizationId: owner.id, batchId } });
    expect(codes).toHaveLength(200);
    expect(new Set(codes.map((c) => c.code)).size).toBe(200);
    expect(codes.every((c) => checkCode(c.code).ok && c.months === 6 && c.status === "AVAILABLE")).toBe(true);
    expect(await db().activationCodeLookup.count({ where: { tenantId: owner.id } })).toBe(200);
    expect(await db().auditLog.count({ where: { organizationId: owner.id, action: "code.mint" } })).toBe(1);

    const t = await seedTenant(db());
    await expect(
      adminMintBatch(ctxFor(t.org, t.users.OWNER, "OWNER"), {
        productId: product.id,
        ownerOrganizationId: t.org.id,
        quantity: 1,
        note: "",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
