// Issue 14 (security hardening): each block is one item of the probe's findings, run against the
// code paths the running cabinet uses. docs/security.md describes the resulting threat model.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { loadSessionUser } from "@/lib/auth/memberships";
import {
  changePassword,
  createPasswordLink,
  isPasswordTokenUsable,
  resetPassword,
} from "@/lib/auth/password-tokens";
import { hitRateLimit, sweepRateLimits } from "@/lib/auth/rate-limit";
import { revokeSession } from "@/lib/auth/sessions";
import { authenticate } from "@/lib/auth/sign-in";
import { signInCashier } from "@/lib/device/session";
import type { DeviceCashbox } from "@/lib/device/context";
import { PEER_HEADER, resolveClientIp } from "@/lib/http/client-ip";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { contentSecurityPolicy } from "@/lib/http/security-headers";
import { secureCookies, sessionCookieName } from "@/lib/http/web-session";
import { withTenant } from "@/lib/http/with-tenant";
import { outboxPageEnabled, outboxVisibleTo } from "@/lib/mail/dev-outbox";
import { placeOrder } from "@/lib/market/place-order";
import { startCardPayment } from "@/lib/market/start-card-payment";
import { getOrder } from "@/lib/market/get-order";
import { handlePaymentCallback } from "@/lib/payments/handle-callback";
import { paymentProvider } from "@/lib/payments/provider";
import {
  SIGNATURE_HEADER,
  newEvent,
  signedCallback,
  testProviderAllowed,
  testProviderSecret,
  verifySession,
} from "@/lib/payments/test-provider";
import { changeMemberRole } from "@/lib/settings/change-member-role";
import { updateCashierSettings } from "@/lib/settings/update-cashier-settings";
import { seedTenant, seedUser } from "@/prisma/seed/factories";
import { ctxFor, db } from "./helpers";

describe("1. /dev/outbox", () => {
  const demo = { KASSA_DEMO: "1", NODE_ENV: "production", KASSA_BIND: "127.0.0.1" };

  it("does not exist without the demo flag (the old KASSA_DEV_OUTBOX or an embedded database do not turn it on)", () => {
    expect(outboxPageEnabled({ NODE_ENV: "production", KASSA_BIND: "127.0.0.1" })).toBe(false);
    expect(outboxPageEnabled({ KASSA_DEV_OUTBOX: "1", NODE_ENV: "development" })).toBe(false);
    expect(outboxVisibleTo("127.0.0.1", { KASSA_DEV_OUTBOX: "1" })).toBe(false);
  });

  it("answers only loopback clients, and never in production bound to a non-loopback address", () => {
    expect(outboxVisibleTo("127.0.0.1", demo)).toBe(true);
    expect(outboxVisibleTo("::1", demo)).toBe(true);
    expect(outboxVisibleTo("192.0.2.10", demo)).toBe(false);
    expect(outboxVisibleTo(null, demo)).toBe(false);
    expect(outboxVisibleTo("127.0.0.1", { ...demo, KASSA_BIND: "0.0.0.0" })).toBe(false);
    expect(outboxVisibleTo("127.0.0.1", { ...demo, KASSA_BIND: undefined })).toBe(false);
    expect(outboxVisibleTo("127.0.0.1", { KASSA_DEMO: "1", NODE_ENV: "development" })).toBe(true);
  });

  it("an anonymous request from a non-loopback address with a forged X-Forwarded-For is not loopback", () => {
    const token = "t0k";
    const headers: Record<string, string> = {
      [PEER_HEADER]: `${token} 192.0.2.10`,
      "x-forwarded-for": "127.0.0.1",
      "x-real-ip": "127.0.0.1",
    };
    const ip = resolveClientIp((n) => headers[n] ?? null, [], token);
    expect(ip).toBe("192.0.2.10");
    expect(outboxVisibleTo(ip, demo)).toBe(false);
  });
});

describe("2. test payment provider", () => {
  async function cardOrder() {
    const t = await seedTenant(db(), { country: "RU" });
    const owner = ctxFor(t.org, t.users.OWNER, "OWNER");
    const product = await db().product.findUniqueOrThrow({ where: { code: "OFD-12" }, select: { id: true } });
    const { orderId } = await placeOrder(owner, [{ productId: product.id, quantity: 1 }], {
      paymentMethod: "CARD",
      deliveryAddress: "",
    });
    const { redirectUrl } = await startCardPayment(owner, orderId);
    const session = verifySession(new URL(redirectUrl, "http://x").searchParams.get("session"))!;
    return { t, owner, orderId, session };
  }
  function request(event: ReturnType<typeof newEvent>, timestamp?: number) {
    const { body, signature } = signedCallback(event, timestamp);
    return { body, headers: new Headers({ [SIGNATURE_HEADER]: signature }) };
  }

  it("signs with a per-installation secret, not one from the source", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kassa-secret-"));
    const saved = { ...process.env };
    try {
      delete process.env.KASSA_TEST_PROVIDER_SECRET;
      process.env.KASSA_DATA_DIR = dir;
      const secret = testProviderSecret();
      expect(secret).not.toBe("kassa-test-provider-secret");
      expect(secret.length).toBeGreaterThanOrEqual(32);
      expect(existsSync(path.join(dir, "test-provider-secret"))).toBe(true);
      expect(readFileSync(path.join(dir, "test-provider-secret"), "utf8").trim()).toBe(secret);
    } finally {
      process.env = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a production server refuses the test provider unless demo mode or explicitly allowed", () => {
    expect(testProviderAllowed({ NODE_ENV: "production" })).toBe(false);
    expect(testProviderAllowed({ NODE_ENV: "production", KASSA_DEMO: "1" })).toBe(true);
    expect(testProviderAllowed({ NODE_ENV: "production", KASSA_ALLOW_TEST_PROVIDER: "1" })).toBe(true);
    const saved = process.env.NODE_ENV;
    try {
      (process.env as Record<string, string>).NODE_ENV = "production";
      expect(() => paymentProvider("test")).toThrow(/NOT_FOUND/);
    } finally {
      (process.env as Record<string, string | undefined>).NODE_ENV = saved;
    }
  });

  it("refuses a callback older than 5 minutes or more than 1 minute in the future", async () => {
    const { owner, orderId, session } = await cardOrder();
    const now = new Date();
    const s = Math.floor(now.getTime() / 1000);
    const old = request(newEvent(session, { status: "SUCCEEDED" }), s - 301);
    await expect(handlePaymentCallback("test", old.body, old.headers, now)).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    const future = request(newEvent(session, { status: "SUCCEEDED" }), s + 61);
    await expect(handlePaymentCallback("test", future.body, future.headers, now)).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect((await getOrder(owner, orderId)).status).toBe("AWAITING_PAYMENT");
    const fresh = request(newEvent(session, { status: "SUCCEEDED" }), s - 299);
    expect((await handlePaymentCallback("test", fresh.body, fresh.headers, now)).duplicate).toBe(false);
    expect((await getOrder(owner, orderId)).status).toBe("PAID");
  });

  it("refuses a signed callback whose amount, currency or payment does not match", async () => {
    const { owner, orderId, session } = await cardOrder();
    for (const forged of [
      { ...session, amount: "1" },
      { ...session, currency: "KZT" },
      { ...session, providerPaymentId: "tp_other" },
    ]) {
      const r = request(newEvent(forged, { status: "SUCCEEDED" }));
      await expect(handlePaymentCallback("test", r.body, r.headers)).rejects.toMatchObject({
        code: expect.stringMatching(/VALIDATION_FAILED|NOT_FOUND/),
      });
    }
    expect((await getOrder(owner, orderId)).status).toBe("AWAITING_PAYMENT");
    // replays still apply once
    const r = request(newEvent(session, { status: "SUCCEEDED" }));
    const results = await Promise.all(
      Array.from({ length: 10 }, () => handlePaymentCallback("test", r.body, r.headers)),
    );
    expect(results.filter((x) => !x.duplicate)).toHaveLength(1);
  });
});

describe("6. security headers", () => {
  it("the CSP allows scripts only by nonce, no eval in production, no framing; /pos is stricter", () => {
    const page = contentSecurityPolicy({ nonce: "abc", dev: false, pos: false });
    expect(page).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(page).not.toContain("unsafe-eval");
    expect(page).toContain("frame-ancestors 'none'");
    expect(page).toContain("object-src 'none'");
    const pos = contentSecurityPolicy({ nonce: "abc", dev: false, pos: true });
    expect(pos).toContain("worker-src 'self'");
    expect(pos).toContain("child-src 'none'");
    expect(pos).not.toContain("blob:");
    expect(pos.length).toBeGreaterThan(page.length);
  });
});

describe("7. client address and rate-limit rows", () => {
  const token = "secret-token";
  const get = (h: Record<string, string>) => (n: string) => h[n] ?? null;

  it("ignores X-Forwarded-For unless the socket is a trusted proxy", () => {
    const h = { [PEER_HEADER]: `${token} ::ffff:203.0.113.7`, "x-forwarded-for": "198.51.100.1" };
    expect(resolveClientIp(get(h), [], token)).toBe("203.0.113.7");
    expect(resolveClientIp(get(h), ["10.0.0.0/8"], token)).toBe("203.0.113.7");
  });

  it("behind a trusted proxy takes the rightmost untrusted address, not the client's own claim", () => {
    const h = {
      [PEER_HEADER]: `${token} 10.1.2.3`,
      "x-forwarded-for": "127.0.0.1, 198.51.100.9, 10.0.0.5",
    };
    expect(resolveClientIp(get(h), ["10.0.0.0/8"], token)).toBe("198.51.100.9");
    expect(resolveClientIp(get(h), ["10.1.2.3", "10.0.0.5"], token)).toBe("198.51.100.9");
  });

  it("a client-sent peer header without this process's token counts for nothing", () => {
    expect(resolveClientIp(get({ [PEER_HEADER]: "guess 127.0.0.1" }), [], token)).toBeNull();
    expect(resolveClientIp(get({ "x-forwarded-for": "127.0.0.1" }), [], token)).toBeNull();
  });

  it("rotating X-Forwarded-For does not reset the per-address sign-in limit", async () => {
    const stamp = `${token} 203.0.113.${Math.floor(Math.random() * 200) + 1}`;
    let limited = 0;
    for (let i = 0; i < 35; i++) {
      const h = { [PEER_HEADER]: stamp, "x-forwarded-for": `198.51.100.${i}` };
      const ip = resolveClientIp(get(h), [], token);
      await authenticate(`nobody-${i}-${Date.now()}@example.com`, "wrong", ip).catch((e) => {
        if (e.code === "RATE_LIMITED") limited++;
      });
    }
    expect(limited).toBe(5); // 30 failures, then refused
  });

  it("expired RateLimit rows are deleted as new hits arrive", async () => {
    const past = new Date(Date.now() - 3600_000);
    await db().rateLimit.createMany({
      data: Array.from({ length: 150 }, (_, i) => ({
        key: `old:${i}:${Math.random()}`,
        count: 1,
        resetAt: past,
      })),
    });
    await hitRateLimit(`fresh:${Math.random()}`, 60);
    await hitRateLimit(`fresh:${Math.random()}`, 60);
    expect(await db().rateLimit.count({ where: { resetAt: { lte: new Date() } } })).toBe(0);
    expect(await sweepRateLimits()).toBe(0);
  });
});

describe("8. callbackUrl", () => {
  it.each([
    "/%5Cevil.example/x",
    "/\\evil.example/x",
    "/%09/evil.example",
    "/\t/evil.example",
    "//evil.example",
    "/.//evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "/\n/evil.example",
    " //evil.example",
    "\\\\evil.example",
    "",
  ])("%j → /", (value) => {
    // the page gets the query decoded once; both the raw and the decoded forms must be refused
    expect(safeCallbackPath(value)).toBe("/");
    expect(safeCallbackPath(decodeURIComponent(value))).toBe("/");
  });

  it("keeps same-site paths with their query", () => {
    expect(safeCallbackPath("/cashboxes?status=UNPAID#top")).toBe("/cashboxes?status=UNPAID#top");
    expect(safeCallbackPath("/reports")).toBe("/reports");
  });
});

describe("9. an account cannot be locked by others", () => {
  it("past the per-account limit, the right password from an address that has not failed signs in", async () => {
    const user = await seedUser(db(), { password: "password123" });
    for (let i = 0; i < 6; i++)
      await expect(authenticate(user.email, "wrong", `198.51.100.${i + 10}`)).rejects.toBeTruthy();
    // an address that failed stays refused, even with the right password
    await expect(authenticate(user.email, "password123", "198.51.100.10")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    // the owner, from an address that has not failed
    await expect(authenticate(user.email, "password123", "203.0.113.50")).resolves.toMatchObject({
      id: user.id,
    });
  });

  it("a clean address gets one try while the account is over the limit", async () => {
    const user = await seedUser(db(), { password: "password123" });
    for (let i = 0; i < 6; i++) await authenticate(user.email, "wrong", `198.51.101.${i}`).catch(() => {});
    await expect(authenticate(user.email, "wrong", "203.0.113.60")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(authenticate(user.email, "password123", "203.0.113.60")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });
});

function deviceCashbox(id: string, organizationId: string) {
  return { id, organizationId } as DeviceCashbox;
}

describe("10. cashier PIN attempts are counted before the check", () => {
  it("40 concurrent wrong PINs: at most 10 are checked", async () => {
    const t = await seedTenant(db());
    const cb = deviceCashbox(crypto.randomUUID(), t.org.id);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        signInCashier(cb, { pin: String(5000 + i) }).then(
          () => "ok",
          (e) => e.code as string,
        ),
      ),
    );
    expect(results.filter((r) => r === "CASHIER_PIN_INVALID").length).toBeLessThanOrEqual(10);
    expect(results.filter((r) => r === "TOO_MANY_ATTEMPTS").length).toBeGreaterThanOrEqual(30);
  });
});

describe("11. a cashier's terminal sessions end with the role or the PIN", () => {
  async function cashierWithSession() {
    const t = await seedTenant(db());
    const owner = ctxFor(t.org, t.users.OWNER, "OWNER");
    const m = await db().membership.findFirstOrThrow({
      where: { organizationId: t.org.id, role: "CASHIER" },
    });
    const { seedCashbox } = await import("@/prisma/seed/factories");
    const { cashbox } = await seedCashbox(db(), { organizationId: t.org.id, tradePointId: t.tradePoint.id });
    await signInCashier(deviceCashbox(cashbox.id, t.org.id), { pin: "1234" });
    const count = () =>
      db().cashierSession.count({ where: { organizationId: t.org.id, membershipId: m.id } });
    expect(await count()).toBe(1);
    return { owner, m, count };
  }

  it("demotion", async () => {
    const { owner, m, count } = await cashierWithSession();
    await changeMemberRole(owner, m.id, "ACCOUNTANT");
    expect(await count()).toBe(0);
  });

  it("PIN change", async () => {
    const { owner, m, count } = await cashierWithSession();
    await updateCashierSettings(owner, m.id, { pin: "987654", operationLimit: null });
    expect(await count()).toBe(0);
  });
});

describe("12. passwords and sessions", () => {
  it("a password reset spends every other unused link of the user", async () => {
    const user = await seedUser(db());
    const first = await db().$transaction((tx) => createPasswordLink(tx, user.id, "reset"));
    const second = await db().$transaction((tx) => createPasswordLink(tx, user.id, "reset"));
    const token = (url: string) => url.split("/").pop()!;
    await resetPassword(token(second), "new-password-1");
    expect(await isPasswordTokenUsable(token(first))).toBe(false);
  });

  it("a signed-out session is refused", async () => {
    const user = await seedUser(db());
    const sid = crypto.randomUUID();
    expect(await loadSessionUser(user.id, 0, sid)).not.toBeNull();
    await revokeSession(sid, user.id, Math.floor(Date.now() / 1000) + 3600);
    expect(await loadSessionUser(user.id, 0, sid)).toBeNull();
    expect(await loadSessionUser(user.id, 0, crypto.randomUUID())).not.toBeNull();
  });

  it("«Сменить пароль» limits wrong current passwords", async () => {
    const user = await seedUser(db(), { password: "password123" });
    const codes: string[] = [];
    for (let i = 0; i < 7; i++)
      await changePassword(user.id, `wrong-${i}`, "new-password-1").catch((e) => codes.push(e.code));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill("VALIDATION_FAILED"));
    expect(codes.slice(5)).toEqual(["RATE_LIMITED", "RATE_LIMITED"]);
    await expect(changePassword(user.id, "password123", "new-password-1")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });

  it("cookies are Secure over HTTPS", () => {
    const saved = { ...process.env };
    try {
      process.env.NEXTAUTH_URL = "https://kassa.example";
      expect(secureCookies()).toBe(true);
      expect(sessionCookieName()).toBe("__Secure-next-auth.session-token");
      process.env.NEXTAUTH_URL = "http://localhost:3000";
      expect(secureCookies()).toBe(false);
    } finally {
      process.env = saved;
    }
  });
});

describe("13. cabinet route handlers refuse cross-site writes", () => {
  it("Origin / Sec-Fetch-Site", () => {
    const h = (o: Record<string, string>) => (n: string) => o[n] ?? null;
    const env = { APP_URL: "https://kassa.example" };
    expect(
      isSameOriginRequest("POST", h({ host: "kassa.example", origin: "https://evil.example" }), env),
    ).toBe(false);
    expect(
      isSameOriginRequest("POST", h({ host: "kassa.example", "sec-fetch-site": "cross-site" }), env),
    ).toBe(false);
    expect(
      isSameOriginRequest("POST", h({ host: "kassa.example", "sec-fetch-site": "same-site" }), env),
    ).toBe(false);
    expect(isSameOriginRequest("POST", h({ host: "kassa.example", origin: "null" }), env)).toBe(false);
    expect(
      isSameOriginRequest("POST", h({ host: "kassa.example", origin: "https://kassa.example" }), env),
    ).toBe(true);
    expect(
      isSameOriginRequest("POST", h({ host: "internal:3000", origin: "https://kassa.example" }), env),
    ).toBe(true);
    expect(isSameOriginRequest("GET", h({ origin: "https://evil.example" }), env)).toBe(true);
  });

  it("withTenant answers 403 to a cross-site POST before anything else", async () => {
    let ran = false;
    const handler = withTenant(async () => {
      ran = true;
      return new Response("ok");
    });
    const res = await handler(
      new Request("http://localhost:3000/api/cabinet/codes/redeem", {
        method: "POST",
        headers: { origin: "https://evil.example", host: "localhost:3000", "sec-fetch-site": "cross-site" },
        body: "{}",
      }),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(403);
    expect(ran).toBe(false);
  });
});
