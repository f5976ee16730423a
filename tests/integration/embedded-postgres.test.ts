// `npm start` without DATABASE_URL runs on the embedded PostgreSQL: prove that path works on
// every test run (CI may run the other tests against the machine's PostgreSQL), on a port of its
// own (asked from the OS, not guessed) and with a readiness wait, so a busy machine does not turn it
// red by chance. Its start errors say what failed and what to do, never `undefined` (issue 16.6).
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { EmbeddedPostgresError, freePort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { ensureDatabase, migrate } from "@/lib/db/migrate";

const dirs: string[] = [];
function tempDir() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kassa-pg-"));
  chmodSync(dir, 0o755); // the server runs as the unprivileged postgres user
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Occupies a free port until the returned close() */
async function occupyPort(): Promise<{ port: number; close: () => Promise<void> }> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  return {
    port: (srv.address() as net.AddressInfo).port,
    close: () => new Promise((r) => srv.close(() => r())),
  };
}

async function startError(p: Promise<unknown>): Promise<EmbeddedPostgresError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(EmbeddedPostgresError);
  expect((e as Error).message).not.toMatch(/undefined/);
  return e as EmbeddedPostgresError;
}

describe("embedded PostgreSQL", () => {
  it("initialises, migrates, keeps data across a restart, and refuses an edited migration", async () => {
    const dir = tempDir();
    const port = await freePort();
    let server = await startEmbeddedPostgres(path.join(dir, "pg"), port);
    try {
      expect(server.port).toBe(port);
      const url = await ensureDatabase(server.adminUrl, "kassa");
      const first = await migrate(url);
      expect(first.applied.length).toBeGreaterThan(0);
      const c1 = new pg.Client({ connectionString: url });
      await c1.connect();
      await c1.query(`INSERT INTO "RateLimit"("key","count","resetAt") VALUES ('persist', 1, now())`);
      await c1.end();
      await server.stop();

      // its port is taken meanwhile: with pickFreePort the server moves to a free one
      const squatter = net.createServer();
      await new Promise<void>((r) => squatter.listen(port, "127.0.0.1", r));
      try {
        server = await startEmbeddedPostgres(path.join(dir, "pg"), port, { pickFreePort: true });
      } finally {
        await new Promise((r) => squatter.close(r));
      }
      expect(server.port).not.toBe(port);
      const second = await migrate(url.replace(`:${port}/`, `:${server.port}/`));
      expect(second.applied).toEqual([]);
      expect(second.skipped).toBe(first.applied.length);
      const c2 = new pg.Client({ connectionString: url.replace(`:${port}/`, `:${server.port}/`) });
      await c2.connect();
      expect((await c2.query(`SELECT count FROM "RateLimit" WHERE key = 'persist'`)).rows[0].count).toBe(1);
      await c2.query(`UPDATE "_kassa_migrations" SET checksum = 'tampered' WHERE name = $1`, [
        first.applied[0],
      ]);
      await c2.end();
      await expect(migrate(url.replace(`:${port}/`, `:${server.port}/`))).rejects.toThrow(
        /changed after it was applied/,
      );
    } finally {
      await server.stop();
    }
  }, 180_000);

  it("a busy port: says which and how to choose another, or moves to a free one when allowed", async () => {
    const busy = await occupyPort();
    try {
      const e = await startError(startEmbeddedPostgres(path.join(tempDir(), "pg"), busy.port));
      expect(e.reason).toBe("port-busy");
      expect(e.message).toContain(`port ${busy.port}`);
      expect(e.message).toContain("KASSA_PG_PORT");
    } finally {
      await busy.close();
    }
  });

  it("a missing binary: says which file and what to do", async () => {
    const e = await startError(
      startEmbeddedPostgres(path.join(tempDir(), "pg"), await freePort(), {
        binaries: async () => ({ postgres: "/nonexistent/bin/postgres", initdb: "/nonexistent/bin/initdb" }),
      }),
    );
    expect(e.reason).toBe("binary-missing");
    expect(e.message).toContain("/nonexistent/bin/postgres");
    expect(e.message).toContain("npm install");
  });

  it("a data folder that is not a cluster, or a damaged one: names the folder and the log", async () => {
    const stray = path.join(tempDir(), "pg");
    mkdirSync(stray);
    writeFileSync(path.join(stray, "notes.txt"), "not a database");
    const e1 = await startError(startEmbeddedPostgres(stray, await freePort()));
    expect(e1.reason).toBe("data-folder");
    expect(e1.message).toContain(stray);

    const damaged = path.join(tempDir(), "pg");
    mkdirSync(damaged, { mode: 0o700 });
    writeFileSync(path.join(damaged, "PG_VERSION"), "7\n");
    const e2 = await startError(startEmbeddedPostgres(damaged, await freePort()));
    expect(e2.reason).toBe("start-failed");
    expect(e2.message).toContain(damaged);
    expect(e2.message).toContain(`${damaged}.log`);
    expect(e2.message).toMatch(/FATAL|could not|invalid|incompatible/i);
  }, 60_000);
});
