// Benchmark harness (issue 3): each suite gets its own database (on DATABASE_URL's server, else
// an embedded PostgreSQL in .data/pg-bench), seeds its own data, measures, and returns one flat
// JSON object; run.ts prints it as the last line and saves it under bench/results/.
// Suites run against a production build (KASSA_DIST_DIR, default .next; built when missing).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedServer } from "../lib/db/embedded";
import pg from "pg";
import { hasCitus } from "../lib/db/citus";
import { dropDatabase, ensureDatabase, migrate } from "../lib/db/migrate";

export const root = path.resolve(__dirname, "..");

export function log(msg: string) {
  console.log(`[bench] ${msg}`);
}

export interface BenchDatabase {
  url: string;
  name: string;
  /** where it runs: the embedded server, or DATABASE_URL's server — plain PostgreSQL or a Citus coordinator */
  server: "embedded" | "postgresql" | "citus";
  drop: () => Promise<void>;
}

/** A fresh, migrated database for one suite run. DATABASE_URL is set to it for lib/db. */
export async function createBenchDatabase(suite: string): Promise<BenchDatabase> {
  let embedded: EmbeddedServer | null = null;
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = "/postgres";
    adminUrl = u.toString();
  } else {
    const port = Number(process.env.KASSA_BENCH_PG_PORT ?? 54339);
    log(`DATABASE_URL is not set: embedded PostgreSQL in .data/pg-bench on port ${port}`);
    embedded = await startEmbeddedPostgres(path.join(root, ".data/pg-bench"), port, {
      pickFreePort: !process.env.KASSA_BENCH_PG_PORT,
    });
    adminUrl = embedded.adminUrl;
  }
  const name = `${process.env.KASSA_BENCH_DB_PREFIX ?? "kassa_bench"}_${suite}_${Date.now()}`;
  const url = await ensureDatabase(adminUrl, name);
  await migrate(url, path.join(root, "prisma/migrations"));
  process.env.DATABASE_URL = url;
  const probe = new pg.Client({ connectionString: url });
  await probe.connect();
  const citus = await hasCitus(probe).finally(() => probe.end());
  return {
    url,
    name,
    server: embedded ? "embedded" : citus ? "citus" : "postgresql",
    drop: async () => {
      const { disconnectDb } = await import("../lib/db/client");
      await disconnectDb();
      if (process.env.BENCH_KEEP_DB) log(`kept database ${name} (BENCH_KEEP_DB)`);
      else await dropDatabase(adminUrl, name).catch((e) => log(`could not drop ${name}: ${e.message}`));
      if (embedded) await embedded.stop();
    },
  };
}

export interface AppServer {
  baseUrl: string;
  distDir: string;
  stop: () => Promise<void>;
}

/** `next start` of the production build in KASSA_DIST_DIR (default .next) against `databaseUrl`. */
export async function startAppServer(databaseUrl: string): Promise<AppServer> {
  const distDir = process.env.KASSA_DIST_DIR ?? ".next";
  const port = Number(process.env.BENCH_PORT ?? 3900);
  const next = path.join(root, "node_modules/next/dist/bin/next");
  if (!existsSync(path.join(root, distDir, "BUILD_ID"))) {
    log(`no production build in ${distDir}: building (once)`);
    const r = spawnSync(process.execPath, [next, "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, KASSA_DIST_DIR: distDir },
    });
    if (r.status !== 0) throw new Error("next build failed");
  }
  const baseUrl = `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, [next, "start", "-p", String(port)], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      KASSA_DIST_DIR: distDir,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-not-for-production",
      NEXTAUTH_URL: baseUrl,
      APP_URL: baseUrl,
    },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/login`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error("next start did not answer within 60 s");
    await new Promise((r) => setTimeout(r, 300));
  }
  log(`app server on ${baseUrl} (build ${distDir})`);
  return {
    baseUrl,
    distDir,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
}

/** Signs in through Auth.js's credentials flow; returns the Cookie header of the session. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token")))
    throw new Error(`sign-in as ${email} failed (${res.status})`);
  return cookie();
}

/** Milliseconds of `fn`, measured with the monotonic clock. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

/** Nearest-rank percentile. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export const round = (n: number) => Math.round(n * 10) / 10;
