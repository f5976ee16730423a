// A local Citus cluster (a coordinator and two workers) from the machine's PostgreSQL 15 binaries,
// for `npm run citus` and `npm run test:citus`. The Citus extension itself is built into that
// PostgreSQL by ../shared/vendor/citus/install.sh (run here when citus.so is missing).
import { execFileSync, spawnSync } from "node:child_process";
import {
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  appendFileSync,
} from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

export const PG_BIN = process.env.CITUS_PG_BIN ?? "/usr/lib/postgresql/15/bin";
const CITUS_SO = path.join(path.dirname(PG_BIN), "lib/citus.so");
const root = path.resolve(__dirname, "..");

function log(msg: string) {
  console.log(`[citus] ${msg}`);
}

/** Builds and installs Citus into the machine's PostgreSQL 15 when it is not there yet (5–10 min once). */
export function ensureCitusInstalled() {
  if (existsSync(CITUS_SO)) return;
  const script = process.env.CITUS_INSTALL_SCRIPT ?? path.resolve(root, "../shared/vendor/citus/install.sh");
  if (!existsSync(script)) throw new Error(`Citus is not installed (${CITUS_SO}) and ${script} is missing`);
  log(`installing Citus with ${script} (5–10 minutes the first time)…`);
  const r = spawnSync("bash", [script], { stdio: "inherit" });
  if (r.status !== 0 || !existsSync(CITUS_SO)) throw new Error(`Citus install failed (exit ${r.status})`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function portBusy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", () => resolve(true));
    s.listen(port, "127.0.0.1", () => s.close(() => resolve(false)));
  });
}

// PostgreSQL refuses to run as root: as root, the cluster runs as the "postgres" system user
const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
function pgUser(): { uid: number; gid: number; home: string } | null {
  if (!asRoot) return null;
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("postgres:"));
  if (!line) throw new Error("running as root needs a 'postgres' system user to run PostgreSQL");
  const [, , uid, gid, , home] = line.split(":");
  return { uid: Number(uid), gid: Number(gid), home };
}

function run(bin: string, args: string[]) {
  const user = pgUser();
  execFileSync(path.join(PG_BIN, bin), args, {
    stdio: ["ignore", "pipe", "pipe"],
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
    // the servers' own libpq (coordinator → workers) must not look into root's ~/.postgresql
    env: { ...process.env, LC_ALL: "C.UTF-8", ...(user ? { HOME: user.home } : {}) },
  });
}

export interface NodeSpec {
  name: string;
  port: number;
}

export interface Cluster {
  dir: string;
  coordinator: NodeSpec;
  workers: NodeSpec[];
  /** the coordinator's "postgres" database */
  adminUrl: string;
  stop(): Promise<void>;
}

const url = (port: number, db = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${db}`;

async function sql(port: number, text: string, values: unknown[] = [], db = "postgres") {
  const c = new pg.Client({ connectionString: url(port, db) });
  await c.connect();
  try {
    return await c.query(text, values);
  } finally {
    await c.end();
  }
}

/**
 * Starts (initialising on first use) a coordinator and `workers` workers in `dir`. Ports are kept in
 * dir/ports.json, since the coordinator's metadata names the workers by port; a fresh cluster gets
 * free ports. `durable: false` (tests) turns fsync off.
 */
export async function startCluster(opts: {
  dir: string;
  workers?: number;
  durable?: boolean;
}): Promise<Cluster> {
  ensureCitusInstalled();
  const dir = path.resolve(opts.dir);
  mkdirSync(dir, { recursive: true });
  const user = pgUser();
  if (user) chownSync(dir, user.uid, user.gid);
  const portsFile = path.join(dir, "ports.json");
  const names = ["coordinator", ...Array.from({ length: opts.workers ?? 2 }, (_, i) => `worker${i + 1}`)];
  let ports: Record<string, number> = existsSync(portsFile)
    ? JSON.parse(readFileSync(portsFile, "utf8"))
    : {};
  const fresh = !names.every((n) => existsSync(path.join(dir, n, "PG_VERSION")) && ports[n]);
  if (fresh) {
    ports = {};
    for (const n of names) {
      rmSync(path.join(dir, n), { recursive: true, force: true });
      let p = await freePort();
      while (Object.values(ports).includes(p)) p = await freePort();
      ports[n] = p;
    }
    writeFileSync(portsFile, JSON.stringify(ports, null, 2));
  }
  for (const n of names) if (await portBusy(ports[n])) throw new Error(`port ${ports[n]} of ${n} is busy`);

  const started: string[] = [];
  const stop = async () => {
    for (const n of [...started].reverse()) {
      try {
        run("pg_ctl", ["-D", path.join(dir, n), "-m", "fast", "-w", "stop"]);
      } catch {
        /* already stopped */
      }
    }
    started.length = 0;
  };
  try {
    for (const n of names) {
      const data = path.join(dir, n);
      if (fresh) {
        log(`initdb ${n} (port ${ports[n]})`);
        run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8"]);
        appendFileSync(
          path.join(data, "postgresql.conf"),
          [
            "",
            "# Citus node (scripts/citus-cluster.ts)",
            "shared_preload_libraries = 'citus'",
            "listen_addresses = '127.0.0.1'",
            `unix_socket_directories = '${data}'`,
            "max_connections = 300",
            "citus.max_client_connections = 250",
            opts.durable === false ? "fsync = off\nfull_page_writes = off" : "",
            "",
          ].join("\n"),
        );
      }
      run("pg_ctl", ["-D", data, "-o", `-p ${ports[n]}`, "-l", path.join(dir, `${n}.log`), "-w", "start"]);
      started.push(n);
    }
    const coordinator = { name: "coordinator", port: ports.coordinator };
    const workers = names.slice(1).map((n) => ({ name: n, port: ports[n] }));
    for (const n of names) await sql(ports[n], "CREATE EXTENSION IF NOT EXISTS citus");
    const nodes = await sql(coordinator.port, "SELECT nodeport FROM pg_dist_node");
    if (nodes.rowCount === 0) {
      await sql(coordinator.port, "SELECT citus_set_coordinator_host('127.0.0.1', $1)", [coordinator.port]);
      for (const w of workers)
        await sql(coordinator.port, "SELECT citus_add_node('127.0.0.1', $1)", [w.port]);
      log(`coordinator :${coordinator.port}, workers ${workers.map((w) => `:${w.port}`).join(", ")}`);
    }
    return { dir, coordinator, workers, adminUrl: url(coordinator.port), stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
