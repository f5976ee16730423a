import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects: `unit` (pure code, no database: `npm run test:unit`) and `integration` (a fresh
// migrated PostgreSQL database per run, started by the global setup: `npm run test:integration`).
// `vitest run` (and `npm test`) runs both.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
        },
      },
    ],
  },
});
