// npm run bench:citus -- <suite> [args]: a bench suite on a throwaway local Citus cluster (a
// coordinator and two workers from the machine's PostgreSQL 15, in .data/citus-bench; Citus is built
// first when missing, see scripts/citus-cluster.ts), stopped and removed afterwards. The suite's JSON
// then says `"database": "citus"`. Against a cluster of your own: DATABASE_URL=<coordinator> npm run bench.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { startCluster } from "./citus-cluster";

async function main() {
  const dir = path.resolve(__dirname, "../.data/citus-bench");
  rmSync(dir, { recursive: true, force: true });
  const cluster = await startCluster({ dir, durable: false });
  let status = 1;
  try {
    const r = spawnSync("npm", ["run", "bench", "--", ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: cluster.adminUrl },
    });
    status = r.status ?? 1;
  } finally {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(status);
}

void main();
