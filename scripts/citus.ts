// npm run citus: the cabinet on a local Citus cluster — what `npm start` is to the embedded database.
// Installs Citus when missing (../shared/vendor/citus/install.sh), starts a coordinator and two
// workers in .data/citus/, then runs scripts/start.ts against the coordinator (migrations, which
// distribute the tables; the demo seed; next start and the device gateway). Ctrl-C stops the
// cabinet and the cluster. The demo's cashbox credentials go to .data/citus/demo-credentials.json
// (`npm run terminal -- --credentials .data/citus/demo-credentials.json …`).
import { spawn } from "node:child_process";
import path from "node:path";
import { ensureDatabase } from "../lib/db/migrate";
import { startCluster } from "./citus-cluster";

const root = path.resolve(__dirname, "..");
const dir = path.join(root, ".data/citus");

// Every document on a cluster is a few statements routed through the coordinator to a worker, so
// the demo's year of trading (~15 minutes on one 2-core machine) is cut to 60 days unless
// KASSA_DEMO_DAYS says otherwise.
const CLUSTER_DEMO_DAYS = "60";

async function main() {
  if (!process.env.KASSA_DEMO_DAYS) {
    process.env.KASSA_DEMO_DAYS = CLUSTER_DEMO_DAYS;
    console.log(
      `[citus] the demo trades ${CLUSTER_DEMO_DAYS} days on a cluster (KASSA_DEMO_DAYS=365 for a year, ~15 min)`,
    );
  }
  const cluster = await startCluster({ dir });
  let stopping = false;
  let child: ReturnType<typeof spawn> | null = null;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child!.once("exit", r));
    }
    await cluster.stop();
    console.log("[citus] cluster stopped");
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  try {
    const databaseUrl = await ensureDatabase(cluster.adminUrl, "kassa");
    console.log(`[citus] DATABASE_URL=${databaseUrl} (coordinator)`);
    child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
      cwd: root,
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        // a database this command started: the demo mode of `npm start` applies (banner, /dev/outbox)
        KASSA_LOCAL_CLUSTER: "1",
        KASSA_CREDENTIALS_FILE: path.join(dir, "demo-credentials.json"),
      },
    });
    child.on("exit", (code) => void stop(code ?? 0));
  } catch (e) {
    console.error(e);
    await stop(1);
  }
}

void main();
