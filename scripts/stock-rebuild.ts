// npm run stock:rebuild [-- --org <organization id>] — recomputes the stock balances from the
// stored stock movements (one transaction per organization) on DATABASE_URL.
import { rebuildAllStock, rebuildStock } from "../lib/stock/rebuild";
import { runRebuildCli } from "./rebuild-cli";

runRebuildCli("stock", rebuildStock, rebuildAllStock);
