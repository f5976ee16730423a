import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** `import("@/app/…")` is a layering breach too (no-restricted-imports sees only static imports). */
const NO_DYNAMIC_APP_IMPORT = [
  {
    selector: "ImportExpression[source.value=/^@\\/(app|components)\\//]",
    message: "layers point down: no dynamic import of app/ or components/ from here",
  },
];

/**
 * One gate for raw SQL (issue 19): a tenant statement goes through lib/db/sql.ts (tenantQuery…) or
 * lib/db/pool.ts (tenantPoolQuery…), which refuse one that does not bind the organization id; the
 * admin… helpers there are the named exceptions. tests/unit/raw-sql-gate.test.ts checks the same
 * in `npm test`.
 */
const NO_RAW_SQL = [
  {
    selector: "MemberExpression[property.name=/^\\$(queryRaw|executeRaw|queryRawUnsafe|executeRawUnsafe)$/]",
    message: "raw SQL goes through lib/db/sql.ts: tenantQuery/tenantExecute (or a named admin… helper)",
  },
  {
    selector: "CallExpression[callee.property.name='query']",
    message: "raw SQL on a pg pool/client goes through lib/db/pool.ts: tenantPoolQuery (or adminPoolQuery)",
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      ".data/**",
      "lib/db/generated/**",
      "node_modules/**",
      "bench/results/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/i18n/messages/**", "postcss.config.mjs"],
    rules: { "import/no-anonymous-default-export": "off" },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ["tests/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-syntax": ["error", ...NO_RAW_SQL] },
  },
  {
    // House style: components never reach the database; only lib/http and lib/auth touch next-auth.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db/*", "@/lib/db/**"],
              message: "components must not import the database layer",
            },
            {
              group: ["@/app/*", "@/app/**"],
              message:
                "layers point down: components never import from app/ (take actions as props or context)",
            },
          ],
        },
      ],
      "no-restricted-syntax": ["error", ...NO_DYNAMIC_APP_IMPORT, ...NO_RAW_SQL],
    },
  },
  {
    // Layers point down (docs/architecture.md): lib/ is below components/ and app/.
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "@/app/**", "@/components/*", "@/components/**"],
              message: "layers point down: lib/ never imports from app/ or components/",
            },
          ],
        },
      ],
      "no-restricted-syntax": ["error", ...NO_DYNAMIC_APP_IMPORT, ...NO_RAW_SQL],
    },
  },
  {
    // The raw-SQL allow-list: lib/db is the gate itself (its helpers, migrations, Citus setup).
    // scripts/, bench/, tests/ and prisma/ (seeds) are not linted for it: operator commands,
    // measurements and test fixtures that set up or inspect any tenant's rows on purpose.
    files: ["lib/db/**/*.{ts,tsx}"],
    rules: { "no-restricted-syntax": ["error", ...NO_DYNAMIC_APP_IMPORT] },
  },
  {
    // No import cycles in the application's own code (lib, components, app).
    files: ["lib/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "app/**/*.{ts,tsx}"],
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db/*", "@/lib/db/**", "@prisma/*"],
              message: "app/ calls lib use cases; it never imports Prisma",
            },
          ],
        },
      ],
    },
  },
];

export default config;
