import { describe, expect, it } from "vitest";
import { authenticate, SIGN_IN_LIMITS } from "@/lib/auth/sign-in";
import { changePassword, requestPasswordReset, resetPassword } from "@/lib/auth/password-tokens";
import { loadSessionUser, resolveTenant } from "@/lib/auth/memberships";
import { seedMembership, seedOrganization, seedUser, uniqueSuffix } from "@/prisma/seed/factories";
import { db } from "./helpers";

describe("sign-in", () => {
  it("accepts the right password and refuses a wrong one with the same message for unknown users", async () => {
    const user = await seedUser(db(), { password: "correct-horse" });
    await expect(authenticate(user.email, "correct-horse", "10.0.0.1")).resolves.toMatchObject({
      id: user.id,
    });
    await expect(authenticate(user.email, "wrong", "10.0.0.1")).rejects.toMatchObject({
      messageKey: "auth.errors.invalid",
    });
    await expect(authenticate(`nobody-${uniqueSuffix()}@example.com`, "x", "10.0.0.1")).rejects.toMatchObject(
      {
        messageKey: "auth.errors.invalid",
      },
    );
  });

  it("rate limits failed attempts per e-mail, even with the right password afterwards", async () => {
    const user = await seedUser(db(), { password: "correct-horse" });
    const ip = `10.1.${Math.floor(Math.random() * 250)}.1`;
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail; i++) {
      await expect(authenticate(user.email, "wrong", ip)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    await expect(authenticate(user.email, "correct-horse", ip)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      messageKey: "auth.errors.rateLimited",
      params: { minutes: 15 },
    });
  });

  it("counts concurrent attempts exactly (no lost updates)", async () => {
    const user = await seedUser(db(), { password: "correct-horse" });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        authenticate(user.email, "wrong", `10.2.0.${Math.floor(Math.random() * 250)}`),
      ),
    );
    const limited = results.filter(
      (r) => r.status === "rejected" && (r.reason as { code: string }).code === "RATE_LIMITED",
    );
    expect(limited.length).toBe(20 - SIGN_IN_LIMITS.perEmail);
  });

  it("rate limits failed attempts per client address across e-mails", async () => {
    const ip = `10.3.${Math.floor(Math.random() * 250)}.9`;
    for (let i = 0; i < SIGN_IN_LIMITS.perIp; i++) {
      await authenticate(`ghost-${i}-${uniqueSuffix()}@example.com`, "x", ip).catch(() => {});
    }
    const user = await seedUser(db(), { password: "correct-horse" });
    await expect(authenticate(user.email, "correct-horse", ip)).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(authenticate(user.email, "correct-horse", "10.4.0.1")).resolves.toMatchObject({
      id: user.id,
    });
  });
});

describe("password reset and change", () => {
  it("sends a one-time link through the outbox that works once", async () => {
    const user = await seedUser(db(), { password: "old-password" });
    await requestPasswordReset(user.email);
    const mail = await db().outboxMail.findFirstOrThrow({ where: { to: user.email } });
    const token = /reset-password\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];
    await resetPassword(token, "new-password-1");
    await expect(authenticate(user.email, "new-password-1", "10.5.0.1")).resolves.toMatchObject({
      id: user.id,
    });
    await expect(resetPassword(token, "another-one-2")).rejects.toMatchObject({
      messageKey: "auth.errors.tokenInvalid",
    });
  });

  it("answers an unknown address without sending anything", async () => {
    const email = `nobody-${uniqueSuffix()}@example.com`;
    await requestPasswordReset(email);
    expect(await db().outboxMail.count({ where: { to: email } })).toBe(0);
  });

  it("a password change requires the current password and ends older sessions", async () => {
    const user = await seedUser(db(), { password: "old-password" });
    const before = await authenticate(user.email, "old-password", "10.6.0.1");
    await expect(changePassword(user.id, "bad", "new-password-1")).rejects.toMatchObject({
      field: "current",
    });
    await changePassword(user.id, "old-password", "new-password-1");
    expect(await loadSessionUser(user.id, before.passwordVersion)).toBeNull();
    const after = await authenticate(user.email, "new-password-1", "10.6.0.1");
    expect(await loadSessionUser(user.id, after.passwordVersion)).not.toBeNull();
  });
});

describe("tenant resolution", () => {
  it("honours an organization claim only for a member, else falls back to the first membership", async () => {
    const a = await seedOrganization(db());
    const b = await seedOrganization(db(), { country: "KZ" });
    const foreign = await seedOrganization(db());
    const user = await seedUser(db());
    await seedMembership(db(), { organizationId: a.id, userId: user.id, role: "OWNER" });
    await seedMembership(db(), { organizationId: b.id, userId: user.id, role: "ACCOUNTANT" });
    const session = (await loadSessionUser(user.id, 0))!;
    const toB = await resolveTenant(session, b.id, null);
    expect(toB.ctx).toMatchObject({ organizationId: b.id, role: "ACCOUNTANT", country: "KZ" });
    const toForeign = await resolveTenant(session, foreign.id, null);
    expect(toForeign.ctx?.organizationId).toBe(a.id);
  });

  it("the Prisma guard refuses an undefined tenant filter instead of widening the query", async () => {
    const claim: { organizationId?: string } = {};
    await expect(
      db().tradePoint.findMany({ where: { organizationId: claim.organizationId } }),
    ).rejects.toThrow(/where.organizationId is undefined/);
  });
});
