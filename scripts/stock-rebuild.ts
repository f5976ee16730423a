// npm run stock:rebuild [-- --org <organization id>] — recomputes the stock balances from the
// stored stock movements (one transaction per organization) on DATABASE_URL.
import { closePool } from "../lib/db/pool";
import { rebuildAllStock, rebuildStock } from "../lib/stock/rebuild";
import { isUuid } from "../lib/validation/uuid";

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
  const args = process.argv.slice(2);
  const i = args.indexOf("--org");
  const started = Date.now();
  if (i >= 0) {
    const id = args[i + 1];
    if (!id || !isUuid(id)) throw new Error("--org takes an organization id (UUID)");
    await rebuildStock(id);
    console.log(`rebuilt the stock of ${id} in ${Date.now() - started} ms`);
  } else {
    const ids = await rebuildAllStock((id) => console.log(`rebuilt ${id}`));
    console.log(`rebuilt ${ids.length} organization(s) in ${Date.now() - started} ms`);
  }
}

main()
  .catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  })
  .finally(() => closePool());
