import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { startCluster } from "./scripts/citus-cluster";
async function main() {
  rmSync("/tmp/citus-bench", { recursive: true, force: true });
  const cluster = await startCluster({ dir: "/tmp/citus-bench", durable: false });
  try {
    const r = spawnSync("npm", ["run", "bench", "--", "analytics", ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: cluster.adminUrl, KASSA_BENCH_DB_PREFIX: "kassa_b_citus" },
    });
    console.log("bench exit", r.status);
  } finally {
    await cluster.stop();
  }
}
void main();
