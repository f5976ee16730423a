// npm run rollups:rebuild [-- --org <organization id>] — recomputes the analytics rollups from the
// stored fiscal documents (one transaction per cashbox) on DATABASE_URL.
import { rebuildAllRollups, rebuildRollups } from "../lib/analytics/rebuild";
import { runRebuildCli } from "./rebuild-cli";

runRebuildCli("rollups", rebuildRollups, rebuildAllRollups);
