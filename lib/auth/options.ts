import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isAppError } from "@/lib/errors/app-error";
import { authenticate } from "./sign-in";

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  const fwd = headers?.["x-forwarded-for"];
  const value = Array.isArray(fwd) ? fwd[0] : fwd;
  return value?.split(",")[0]?.trim() || (headers?.["x-real-ip"] as string | undefined) || null;
}

/**
 * Auth.js (next-auth v4) configuration: credentials only, stateless signed JWT sessions (any app
 * server can verify them). The current organization is not in the token: it is a claim in the
 * `kassa-org` cookie that lib/http/require-tenant.ts re-checks against memberships on every request.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
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
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.sub;
      (session as { pv?: number }).pv = (token.pv as number | undefined) ?? 0;
      return session;
    },
  },
};
