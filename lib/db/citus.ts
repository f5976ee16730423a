// Citus distribution of the schema (issue 18, docs/scale-out.md). Runs after the migrations, and
// only where the `citus` extension is installed (a plain PostgreSQL never sees any of this).
// Idempotent: a table already distributed is left alone, so every start and every new migration
// simply distributes what is new.
//
//  * tenant tables: every table with an "organizationId" column is hash-distributed by it and
//    co-located with "Organization" (distributed by "id"), so a tenant's rows of all tables live on
//    the same worker and a query filtered by one organizationId — joins included — runs on one shard;
//  * reference tables: platform data every tenant reads (replicated to every worker);
//  * lookup tables: what a caller knows before it knows the tenant (a token, a user id, a code),
//    distributed by that key; each gives the tenant for the single-shard query that follows;
//  * local tables: stay on the coordinator (see LOCAL_TABLES for why).
import pg from "pg";

/** Platform data: small, read by every tenant's queries, written rarely. */
export const REFERENCE_TABLES = ["User", "Product", "PasswordToken", "ProductPrice", "VatRate"] as const;

/** Lookup / service tables distributed by their own key (the column every statement names). */
export const KEYED_TABLES: Record<string, string> = {
  CashboxToken: "tokenHash",
  MembershipLookup: "userId",
  CashboxLookup: "key",
  CashboxSerial: "serialNumber",
  ActivationCodeLookup: "code",
};

/**
 * Coordinator-local tables: OutboxMail is written in the transaction of the change that caused it
 * and read by one sender (low volume, no tenant key: a mail may go to a user of several tenants);
 * the migration journal is ours. pg-boss keeps its queue in its own schema ("pgboss"), which is not
 * touched: the queue needs SKIP LOCKED over the whole queue, and the job volume is small.
 * RateLimit: one small row per key, hit by sign-ins, code redemptions and public checks (not by
 * receipts); a local upsert on the coordinator is one statement without a network hop, and its
 * "now + window" arithmetic in ON CONFLICT … DO UPDATE is not allowed on a distributed table.
 * RevokedSession: written on sign-out only, read by primary key on a signed-in request, swept by
 * expiry on every sign-out (a sweep by time would touch every shard if it were distributed by sid);
 * a few rows per user and day, so one coordinator table holds it without a network hop.
 */
export const LOCAL_TABLES = ["OutboxMail", "RateLimit", "RevokedSession", "_kassa_migrations"] as const;

export const TENANT_COLUMN = "organizationId";

export async function hasCitus(client: pg.ClientBase): Promise<boolean> {
  const r = await client.query("SELECT 1 FROM pg_extension WHERE extname = 'citus'");
  return (r.rowCount ?? 0) > 0;
}

interface TableInfo {
  name: string;
  tenant: boolean;
}

async function publicTables(client: pg.ClientBase): Promise<TableInfo[]> {
  const r = await client.query<{ name: string; tenant: boolean }>(
    `SELECT c.relname AS name,
            EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = $1 AND NOT a.attisdropped) AS tenant
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      ORDER BY c.relname`,
    [TENANT_COLUMN],
  );
  return r.rows;
}

async function distributedState(client: pg.ClientBase): Promise<Map<string, string>> {
  const r = await client.query<{ name: string; type: string }>(
    `SELECT logicalrelid::regclass::text AS name, partmethod AS type FROM pg_dist_partition`,
  );
  return new Map(r.rows.map((x) => [x.name.replace(/^"|"$/g, ""), x.type]));
}

export interface DistributionResult {
  reference: string[];
  distributed: string[];
  keyed: string[];
  local: string[];
  unclassified: string[];
}

/** Distributes what is not distributed yet; a no-op without the citus extension. */
export async function distributeSchema(client: pg.ClientBase): Promise<DistributionResult | null> {
  if (!(await hasCitus(client))) return null;
  // Prisma reads enum columns back as "col"::text in RETURNING; Citus allows only IMMUTABLE functions
  // there (citusdata/citus#4161) and enum_out is STABLE only because a label may be renamed, which
  // this schema never does (new labels are added, never renamed). Coordinator-only planner check.
  await client.query("ALTER FUNCTION pg_catalog.enum_out(anyenum) IMMUTABLE");
  const tables = await publicTables(client);
  const known = await distributedState(client);
  const fresh = tables.map((t) => t.name).filter((n) => !known.has(n) && classOf(tables, n) !== "local");
  if (fresh.length === 0) return classify(tables, known);
  // Citus refuses an FK between a distributed table and a not-yet-distributed one: take the FKs that
  // touch a table being distributed off, distribute everything, put them back — in one transaction
  await client.query("BEGIN");
  try {
    await client.query(`SET LOCAL citus.multi_shard_modify_mode TO 'sequential'`);
    const fks = await client.query<{ tbl: string; name: string; def: string }>(
      `SELECT cl.relname AS tbl, k.conname AS name, pg_get_constraintdef(k.oid) AS def FROM pg_constraint k
         JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_class pa ON pa.oid = k.confrelid
         JOIN pg_namespace n ON n.oid = cl.relnamespace
        WHERE k.contype = 'f' AND n.nspname = 'public' AND (cl.relname = ANY($1) OR pa.relname = ANY($1))
          -- a partitioned table's key is one constraint; its clones on the partitions follow it
          AND k.conparentid = 0`,
      [fresh],
    );
    for (const fk of fks.rows) await client.query(`ALTER TABLE "${fk.tbl}" DROP CONSTRAINT "${fk.name}"`);
    await distributeTables(client, tables, known);
    for (const fk of fks.rows)
      await client.query(`ALTER TABLE "${fk.tbl}" ADD CONSTRAINT "${fk.name}" ${fk.def}`);
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  }
  return classify(tables, await distributedState(client));
}

async function distributeTables(client: pg.ClientBase, tables: TableInfo[], known: Map<string, string>) {
  const names = new Set(tables.map((t) => t.name));
  const q = (n: string) => `'"${n.replace(/"/g, "")}"'`;
  const shardCount = Number(process.env.KASSA_CITUS_SHARD_COUNT ?? 32);
  await client.query(`SET LOCAL citus.shard_count = ${Math.max(1, Math.floor(shardCount))}`);
  // the trigger on NomenclatureItem (changeSeq) runs on the shards; it only touches its own row
  await client.query(`SET LOCAL citus.enable_unsafe_triggers = on`);
  for (const n of REFERENCE_TABLES.filter((t) => names.has(t)))
    if (!known.has(n)) await client.query(`SELECT create_reference_table(${q(n)})`);
  if (names.has("Organization") && !known.has("Organization"))
    await client.query(`SELECT create_distributed_table(${q("Organization")}, 'id')`);
  const tenant = tables.filter((t) => t.tenant && !(t.name in KEYED_TABLES)).map((t) => t.name);
  for (const n of tenant)
    if (!known.has(n))
      await client.query(
        `SELECT create_distributed_table(${q(n)}, '${TENANT_COLUMN}', colocate_with => ${q("Organization")})`,
      );
  for (const [n, col] of Object.entries(KEYED_TABLES))
    if (names.has(n) && !known.has(n))
      await client.query(`SELECT create_distributed_table(${q(n)}, '${col}')`);
}

function classOf(tables: TableInfo[], name: string): "reference" | "tenant" | "keyed" | "local" {
  if ((REFERENCE_TABLES as readonly string[]).includes(name)) return "reference";
  if (name in KEYED_TABLES) return "keyed";
  if (name === "Organization" || tables.find((t) => t.name === name)?.tenant) return "tenant";
  return "local";
}

function classify(tables: TableInfo[], known: Map<string, string>): DistributionResult {
  const out: DistributionResult = { reference: [], distributed: [], keyed: [], local: [], unclassified: [] };
  for (const t of tables) {
    const kind = known.get(t.name);
    if (kind === "n") out.reference.push(t.name);
    else if (kind && t.name in KEYED_TABLES) out.keyed.push(t.name);
    else if (kind) out.distributed.push(t.name);
    else if ((LOCAL_TABLES as readonly string[]).includes(t.name)) out.local.push(t.name);
    else out.unclassified.push(t.name);
  }
  if (out.unclassified.length)
    console.warn(
      `[citus] tables left on the coordinator, not classified in lib/db/citus.ts: ${out.unclassified.join(", ")}`,
    );
  return out;
}

// ---- databases on a cluster: a new database needs the extension and the workers' registration ----

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

function urlFor(base: string, host: string, port: number, db: string): string {
  const u = new URL(base);
  u.hostname = host;
  u.port = String(port);
  u.pathname = `/${db}`;
  u.search = "";
  return u.toString();
}

/** The workers registered in the coordinator database of `adminUrl`; null when it is no Citus coordinator. */
export async function citusWorkers(adminUrl: string): Promise<{ host: string; port: number }[] | null> {
  return withClient(adminUrl, async (c) => {
    if (!(await hasCitus(c))) return null;
    const r = await c.query<{ host: string; port: number }>(
      `SELECT nodename AS host, nodeport AS port FROM pg_dist_node WHERE groupid <> 0 AND noderole = 'primary' ORDER BY nodeid`,
    );
    return r.rows;
  });
}

/**
 * Makes database `name` (already created on the coordinator) a Citus database: creates it on every
 * worker, the extension everywhere, registers the coordinator and the workers.
 */
export async function prepareCitusDatabase(
  adminUrl: string,
  name: string,
  workers: { host: string; port: number }[],
) {
  const safe = name.replace(/"/g, "");
  for (const w of workers) {
    await withClient(urlFor(adminUrl, w.host, w.port, "postgres"), async (c) => {
      const exists = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (exists.rowCount === 0) await c.query(`CREATE DATABASE "${safe}"`);
    });
    await withClient(urlFor(adminUrl, w.host, w.port, name), (c) =>
      c.query("CREATE EXTENSION IF NOT EXISTS citus"),
    );
  }
  const coord = new URL(adminUrl);
  await withClient(urlFor(adminUrl, coord.hostname, Number(coord.port || 5432), name), async (c) => {
    await c.query("CREATE EXTENSION IF NOT EXISTS citus");
    const nodes = await c.query("SELECT 1 FROM pg_dist_node");
    if (nodes.rowCount === 0) {
      await c.query("SELECT citus_set_coordinator_host($1, $2)", [
        coord.hostname,
        Number(coord.port || 5432),
      ]);
      for (const w of workers) await c.query("SELECT citus_add_node($1, $2)", [w.host, w.port]);
    }
  });
}

export async function dropCitusDatabase(
  adminUrl: string,
  name: string,
  workers: { host: string; port: number }[],
) {
  for (const w of workers)
    await withClient(urlFor(adminUrl, w.host, w.port, "postgres"), (c) =>
      c.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, "")}" WITH (FORCE)`),
    );
}
