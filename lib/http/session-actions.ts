"use server";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locales";
import { db } from "@/lib/db/client";
import { ORG_COOKIE, getTenant } from "./require-tenant";

const year = 60 * 60 * 24 * 365;

/** Remembers the UI language in a cookie and, when signed in, on the user (for mails). */
export async function setLocaleAction(locale: string) {
  const l = toLocale(locale);
  (await cookies()).set(LOCALE_COOKIE, l, { path: "/", maxAge: year, sameSite: "lax" });
  const t = await getTenant();
  if (t) await db.user.update({ where: { id: t.user.id }, data: { locale: l } });
}

/** Switches the current organization; the id is a claim that must match a membership. */
export async function switchOrganizationAction(organizationId: string) {
  const t = await getTenant();
  if (!t) return { ok: false };
  const member = t.memberships.some((m) => m.organization.id === organizationId);
  if (!member) return { ok: false };
  (await cookies()).set(ORG_COOKIE, organizationId, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    maxAge: year,
  });
  return { ok: true };
}
