// Writers of the lookup tables (docs/scale-out.md, lib/db/citus.ts): what a caller knows before it
// knows the tenant → the tenant. Each is written in the transaction of the tenant row it points to.
// A lookup row is only a hint: readers re-check the value in the tenant table, so a stale row can
// only make a look-up miss, never cross tenants.
import type { Db, Tx } from "./client";

type Client = Db | Tx;

/** Device token → cashbox (lib/device/cashbox-token.ts reads it). */
export async function putCashboxToken(
  db: Client,
  tokenHash: string,
  organizationId: string,
  cashboxId: string,
) {
  await db.cashboxToken.create({ data: { tokenHash, tenantId: organizationId, cashboxId } });
}

export async function dropCashboxToken(db: Client, tokenHash: string) {
  await db.cashboxToken.deleteMany({ where: { tokenHash } });
}

/** Public receipt check: "fn:<ФН number>" / "rnm:<РНМ>" → cashbox. */
export const fiscalDriveKey = (number: string) => `fn:${number}`;
export const registrationNumberKey = (number: string) => `rnm:${number}`;

export async function putCashboxKey(db: Client, key: string, organizationId: string, cashboxId: string) {
  await db.cashboxLookup.createMany({
    data: [{ key, tenantId: organizationId, cashboxId }],
    skipDuplicates: true,
  });
}

/** User → the organizations where the user is a member (sign-in, the organization switcher). */
export async function putMembershipLookup(db: Client, userId: string, organizationId: string) {
  await db.membershipLookup.createMany({
    data: [{ userId, tenantId: organizationId }],
    skipDuplicates: true,
  });
}

export async function dropMembershipLookup(db: Client, userId: string, organizationId: string) {
  await db.membershipLookup.deleteMany({ where: { userId, tenantId: organizationId } });
}
