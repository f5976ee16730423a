// The command line shared by `npm run rollups:rebuild` and `npm run stock:rebuild`:
// `[-- --org <organization id>]` rebuilds one organization, no argument every one, on DATABASE_URL.
import { closePool } from "../lib/db/pool";
import { isUuid } from "../lib/validation/uuid";
import { unsafeOrganizationId, type OrganizationId } from "../lib/tenant/context";

export function runRebuildCli(
  what: string,
  one: (organizationId: OrganizationId) => Promise<void>,
  all: (onOrg: (id: string) => void) => Promise<string[]>,
) {
  async function main() {
    if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
    const args = process.argv.slice(2);
    const i = args.indexOf("--org");
    const started = Date.now();
    if (i >= 0) {
      const id = args[i + 1];
      if (!id || !isUuid(id)) throw new Error("--org takes an organization id (UUID)");
      await one(unsafeOrganizationId(id)); // the operator names the tenant
      console.log(`rebuilt the ${what} of ${id} in ${Date.now() - started} ms`);
    } else {
      const ids = await all((id) => console.log(`rebuilt ${id}`));
      console.log(`rebuilt ${ids.length} organization(s) in ${Date.now() - started} ms`);
    }
  }
  main()
    .catch((e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    })
    .finally(() => closePool());
}
