// npm start: embedded PostgreSQL (unless DATABASE_URL is set) → migrations → demo seed when
// empty → production build when missing → next start. Ctrl-C stops everything cleanly.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EmbeddedPostgresError, startEmbeddedPostgres, type EmbeddedServer } from "../lib/db/embedded";
import { ensureDatabase, migrate } from "../lib/db/migrate";

const root = path.resolve(__dirname, "..");
const dataDir = path.join(root, ".data");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

function log(msg: string) {
  console.log(`[kassa] ${msg}`);
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  let embedded: EmbeddedServer | null = null;
  if (!process.env.DATABASE_URL) {
    const pgPort = Number(process.env.KASSA_PG_PORT ?? 54329);
    log(`DATABASE_URL is not set: starting the embedded PostgreSQL in .data/pg on port ${pgPort}`);
    // a port the user chose is kept (a busy one is an error saying so); the default moves aside
    embedded = await startEmbeddedPostgres(path.join(dataDir, "pg"), pgPort, {
      pickFreePort: !process.env.KASSA_PG_PORT,
    }).catch((e: unknown) => {
      if (e instanceof EmbeddedPostgresError) {
        console.error(`[kassa] ✗ ${e.message}`);
        process.exit(1);
      }
      throw e;
    });
    process.env.DATABASE_URL = await ensureDatabase(embedded.adminUrl, "kassa");
  } else {
    log("using DATABASE_URL");
  }

  let child: ReturnType<typeof spawn> | null = null;
  // the device API as its own process beside the cabinet (docs/device-api-notes.md «Pipeline»);
  // KASSA_DEVICE_GATEWAY=0 keeps only the cabinet (which serves /api/device/v1 as well)
  let gateway: ReturnType<typeof spawn> | null = null;
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    log("stopping…");
    for (const c of [child, gateway]) {
      if (c && c.exitCode === null) {
        c.kill("SIGTERM");
        await new Promise((r) => c.once("exit", r));
      }
    }
    if (embedded) await embedded.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    // The secret signs sessions and wraps the cashbox keys the seed stores: set it first.
    const secretFile = path.join(dataDir, "auth-secret");
    if (!process.env.NEXTAUTH_SECRET) {
      if (!existsSync(secretFile))
        writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
      process.env.NEXTAUTH_SECRET = readFileSync(secretFile, "utf8").trim();
    }
    const result = await migrate(process.env.DATABASE_URL!, path.join(root, "prisma/migrations"));
    log(`migrations: ${result.applied.length} applied, ${result.skipped} already in place`);

    const { getDb, disconnectDb } = await import("../lib/db/client");
    // `npm run citus` keeps its demo's credentials beside its cluster (.data/citus/), apart from the embedded one's
    const credentialsFile = path.resolve(
      process.env.KASSA_CREDENTIALS_FILE ?? path.join(dataDir, "demo-credentials.json"),
    );
    const { seedDemo, isDatabaseEmpty, DEMO_LOGINS, DEMO_PASSWORD } = await import("../prisma/seed/demo");
    if (await isDatabaseEmpty(getDb())) {
      log("empty database: seeding the demo data…");
      const demo = await seedDemo(getDb());
      writeFileSync(
        credentialsFile,
        JSON.stringify({ password: DEMO_PASSWORD, logins: DEMO_LOGINS, device: demo.device }, null, 2),
        { mode: 0o600 },
      );
    }
    await disconnectDb();
    // Demo mode (banner, /dev/outbox) goes only with the demo seed on a database this command started
    // itself (the embedded one, or the local Citus cluster of `npm run citus`: KASSA_LOCAL_CLUSTER=1);
    // it binds to the loopback address unless HOST says otherwise, and the outbox never shows off loopback.
    const localDatabase = !!embedded || process.env.KASSA_LOCAL_CLUSTER === "1";
    const demoOn = localDatabase && existsSync(credentialsFile) && process.env.KASSA_DEMO !== "0";
    if (demoOn) process.env.KASSA_DEMO = "1";
    else delete process.env.KASSA_DEMO;
    const host = process.env.HOST ?? (demoOn ? "127.0.0.1" : undefined);
    if (host) process.env.KASSA_BIND = host;

    // The test payment provider pays orders without money: a production start refuses it outside
    // demo mode unless KASSA_ALLOW_TEST_PROVIDER=1 (lib/payments/test-provider.ts).
    const { testProviderAllowed } = await import("../lib/payments/test-provider");
    const provider = process.env.KASSA_PAYMENT_PROVIDER ?? "test";
    if (!dev && provider === "test" && !testProviderAllowed({ ...process.env, NODE_ENV: "production" }))
      throw new Error(
        "KASSA_PAYMENT_PROVIDER is the test provider outside demo mode: configure a real provider, or set KASSA_ALLOW_TEST_PROVIDER=1 for a staging server",
      );

    process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
    process.env.APP_URL ??= process.env.NEXTAUTH_URL;

    const nextBin = path.join(root, "node_modules/next/dist/bin/next");
    const distDir = process.env.KASSA_DIST_DIR ?? ".next";
    if (!dev && !existsSync(path.join(root, distDir, "BUILD_ID"))) {
      log("no production build yet: running next build (about a minute)…");
      const build = spawnSync(process.execPath, [nextBin, "build"], {
        cwd: root,
        stdio: "inherit",
        env: process.env,
      });
      if (build.status !== 0) throw new Error("next build failed");
    }

    child = spawn(
      process.execPath,
      [nextBin, dev ? "dev" : "start", "-p", String(port), ...(host ? ["-H", host] : [])],
      {
        cwd: root,
        stdio: ["ignore", "inherit", "inherit"],
        env: process.env,
      },
    );
    child.on("exit", (code) => void stop(code ?? 0));
    if (!dev && process.env.KASSA_DEVICE_GATEWAY !== "0") {
      const gatewayPort = process.env.DEVICE_GATEWAY_PORT ?? String(port + 1);
      gateway = spawn(
        process.execPath,
        [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/device-gateway.ts"],
        {
          cwd: root,
          stdio: ["ignore", "inherit", "inherit"],
          env: { ...process.env, NODE_ENV: "production", DEVICE_GATEWAY_PORT: gatewayPort },
        },
      );
      log(`device API gateway: http://localhost:${gatewayPort}/api/device/v1 (also served by the cabinet)`);
    }

    log(`cabinet: http://localhost:${port}`);
    log(`demo logins (password «${DEMO_PASSWORD}»):`);
    for (const l of DEMO_LOGINS) log(`  ${l.email.padEnd(24)} ${l.role.padEnd(16)} ${l.note}`);
    if (existsSync(credentialsFile)) {
      const { device } = JSON.parse(readFileSync(credentialsFile, "utf8"));
      if (device) {
        log(
          `demo cashbox «${device.name}» for the device API (all in ${path.relative(root, credentialsFile)}):`,
        );
        log(`  Authorization: Bearer ${device.token}`);
        log(`  cashier PIN: ${device.cashierPin}`);
      }
    }
    if (demoOn) {
      const { outboxPageEnabled } = await import("../lib/mail/dev-outbox");
      log("!".repeat(78));
      log("DEMO MODE: demo data and passwords, no mail is sent. Not for real use.");
      if (outboxPageEnabled({ ...process.env, NODE_ENV: dev ? "development" : "production" }))
        log(
          `mails (password reset / invitation links), from this computer only: http://localhost:${port}/dev/outbox`,
        );
      else log(`the outbox page is off: the server is bound to ${host}, not to the loopback address`);
      log("!".repeat(78));
    }
  } catch (e) {
    console.error(e);
    await stop(1);
  }
}

void main();
