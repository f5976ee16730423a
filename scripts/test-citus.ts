// npm run test:citus [-- files…]: the whole integration project of vitest against a Citus cluster —
// CITUS_URL (a coordinator's "postgres" database, workers registered there) or a throwaway local
// cluster in .data/citus-test (Citus is installed first when missing, see scripts/citus-cluster.ts).
// The app's connections run with citus.multi_task_query_log_level = 'error' (KASSA_CITUS_FANOUT_GUARD),
// so a query that fans out across shards fails its test; the cross-tenant jobs and platform-admin
// views that may fan out are named in lib/db/fan-out.ts.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { startCluster, type Cluster } from "./citus-cluster";

const root = path.resolve(__dirname, "..");

async function main() {
  let cluster: Cluster | null = null;
  let adminUrl = process.env.CITUS_URL;
  if (!adminUrl) {
    const dir = path.join(root, ".data/citus-test");
    rmSync(dir, { recursive: true, force: true });
    cluster = await startCluster({ dir, durable: false });
    adminUrl = cluster.adminUrl;
  }
  let status = 1;
  try {
    const args = process.argv.slice(2);
    const r = spawnSync(
      process.execPath,
      [path.join(root, "node_modules/vitest/vitest.mjs"), "run", "--project", "integration", ...args],
      {
        cwd: root,
        stdio: "inherit",
        env: {
          ...process.env,
          DATABASE_URL: adminUrl,
          KASSA_CITUS_FANOUT_GUARD: "1",
          KASSA_CITUS_SHARD_COUNT: process.env.KASSA_CITUS_SHARD_COUNT ?? "4",
          KASSA_TEST_DB_PREFIX: process.env.KASSA_TEST_DB_PREFIX ?? "kassa_citus_test",
        },
      },
    );
    status = r.status ?? 1;
  } finally {
    if (cluster) await cluster.stop();
  }
  process.exit(status);
}

void main();
