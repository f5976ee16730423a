// Playwright's web server: a fresh database (on DATABASE_URL's server, else an embedded
// PostgreSQL in .data/pg-e2e), migrated and seeded with the demo, then `next start` of the
// production build. The database URL is written to .data/e2e-db-<port>.json for the test fixtures.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedServer } from "../lib/db/embedded";
import { dropDatabase, ensureDatabase, migrate } from "../lib/db/migrate";

const root = path.resolve(__dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3200);

// The seed (this process) wraps cashbox keys with the same secret as the server (the child below)
// and the specs' own seed scripts: without it the demo's keys would not open on the server.
process.env.NEXTAUTH_SECRET = "e2e-secret-not-for-production";
// A shorter demo history than `npm start`'s year keeps CI fast: 21 days give the card its shifts
// and a 7-day period its previous one (the analytics and receipts specs seed organizations of their own).
process.env.KASSA_DEMO_DAYS ??= "21";

async function main() {
  let embedded: EmbeddedServer | null = null;
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = "/postgres";
    adminUrl = u.toString();
  } else {
    embedded = await startEmbeddedPostgres(
      path.join(root, ".data/pg-e2e"),
      Number(process.env.KASSA_E2E_PG_PORT ?? 54332),
      { pickFreePort: !process.env.KASSA_E2E_PG_PORT },
    );
    adminUrl = embedded.adminUrl;
  }
  // KASSA_E2E_DB_PREFIX lets parallel workers keep their databases apart (kassa_<worker>_…)
  const name = `${process.env.KASSA_E2E_DB_PREFIX ?? "kassa_e2e"}_${Date.now()}`;
  const url = await ensureDatabase(adminUrl, name);
  await migrate(url, path.join(root, "prisma/migrations"));
  process.env.DATABASE_URL = url;
  const { getDb, disconnectDb } = await import("../lib/db/client");
  const { seedDemo } = await import("../prisma/seed/demo");
  await seedDemo(getDb());
  await disconnectDb();
  mkdirSync(path.join(root, ".data"), { recursive: true });
  writeFileSync(path.join(root, `.data/e2e-db-${port}.json`), JSON.stringify({ url, port }));

  const child = spawn(
    process.execPath,
    // loopback only: demo mode shows /dev/outbox (one-time links) to loopback requests only
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: url,
        KASSA_DEMO: "1",
        KASSA_BIND: "127.0.0.1",
        // the tax authority simulator answers quickly in e2e (lib/registration/gateway.ts)
        KASSA_GATEWAY_DELAY_MS: process.env.KASSA_GATEWAY_DELAY_MS ?? "500",
        NEXTAUTH_SECRET: "e2e-secret-not-for-production",
        NEXTAUTH_URL: `http://localhost:${port}`,
        APP_URL: `http://localhost:${port}`,
      },
    },
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    child.kill("SIGTERM");
    await dropDatabase(adminUrl, name).catch(() => {});
    if (embedded) await embedded.stop().catch(() => {});
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
