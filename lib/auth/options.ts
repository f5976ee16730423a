import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isAppError } from "@/lib/errors/app-error";
import { resolveClientIp } from "@/lib/http/client-ip";
import { newSessionId, revokeSession, SESSION_MAX_AGE_S } from "./sessions";
import { authenticate } from "./sign-in";

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  return resolveClientIp((name) => {
    const v = headers?.[name];
    return Array.isArray(v) ? v.join(",") : (v ?? null);
  });
}

/**
 * Auth.js (next-auth v4) configuration: credentials only, stateless signed JWT sessions (any app
 * server can verify them). The current organization is not in the token: it is a claim in the
 * `kassa-org` cookie that lib/http/require-tenant.ts re-checks against memberships on every request.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/login" },
  secret: process.env.NEXTAUTH_SECRET,
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        try {
          const user = await authenticate(
            credentials?.email ?? "",
            credentials?.password ?? "",
            clientIp(req?.headers),
          );
          return { id: user.id, email: user.email, name: user.name, pv: user.passwordVersion };
        } catch (e) {
          // The client receives this string as `error` and shows the translated message.
          if (isAppError(e)) throw new Error(JSON.stringify({ key: e.messageKey, params: e.params ?? {} }));
          throw e;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.pv = (user as { pv?: number }).pv ?? 0;
        // A stable id of this sign-in, carried across token refreshes: sign-out revokes it.
        token.sid = newSessionId();
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.sub;
      (session as { pv?: number }).pv = (token.pv as number | undefined) ?? 0;
      (session as { sid?: string }).sid = token.sid as string | undefined;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      await revokeSession(token?.sid, token?.sub, token?.exp);
    },
  },
};
