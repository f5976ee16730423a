import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { SESSION_MAX_AGE_S, newSessionId } from "@/lib/auth/sessions";

/** Cookies are `Secure` (and the session cookie `__Secure-` prefixed) when served over HTTPS. */
export function secureCookies(): boolean {
  return (process.env.NEXTAUTH_URL ?? process.env.APP_URL ?? "").startsWith("https://");
}

/** The cookie name next-auth reads (its own rule: the `__Secure-` prefix over HTTPS). */
export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * Starts a web session the same way Auth.js's credentials callback does (a JWT in the session
 * cookie, lib/auth/options.ts), for the sign-in form's server action, which works without JS.
 */
export async function startWebSession(user: {
  id: string;
  email: string;
  name: string;
  passwordVersion: number;
}) {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  const token = await encode({
    token: {
      sub: user.id,
      name: user.name,
      email: user.email,
      pv: user.passwordVersion,
      sid: newSessionId(),
    },
    secret,
    maxAge: SESSION_MAX_AGE_S,
  });
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies(),
    maxAge: SESSION_MAX_AGE_S,
  });
}
