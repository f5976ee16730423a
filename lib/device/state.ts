// Registration and operational-state gates of the device API (docs/product.md §4, docs/device-api.md §6).
// A refused call names the state; SERVER_BLOCKED and INTEGRITY have a first text («Касса
// переведена в …») and a repeat text («Касса в …»): CashboxJournal.announcedState remembers
// which the terminal has already seen.
import { db } from "@/lib/db/client";
import type { OperationalState, RegistrationStatus } from "@/lib/cashboxes/status";
import { GENESIS_HASH } from "@/lib/fiscal/sign";
import { DeviceError, REPEAT_MESSAGES, type DeviceErrorCode } from "./errors";
import { sql, tenantExecute } from "@/lib/db/sql";
import type { OrganizationId } from "@/lib/tenant/context";

export const STATE_ERRORS: Record<Exclude<OperationalState, "ACTIVE">, DeviceErrorCode> = {
  BLOCKED: "CASHBOX_BLOCKED",
  SERVER_BLOCKED: "CASHBOX_SERVER_BLOCKED",
  OFFLINE_TOO_LONG: "CASHBOX_OFFLINE_TOO_LONG",
  INTEGRITY: "CASHBOX_INTEGRITY",
};

/** Offline uploads are how BLOCKED (unpaid) and OFFLINE_TOO_LONG clear, so they pass those states. */
const OFFLINE_PASSES: readonly OperationalState[] = ["ACTIVE", "BLOCKED", "OFFLINE_TOO_LONG"];

export function assertRegistered(status: RegistrationStatus) {
  if (status !== "REGISTERED") throw new DeviceError("CASHBOX_NOT_FISCALIZED");
}

export function stateRefusal(
  state: OperationalState,
  offline: boolean,
): Exclude<OperationalState, "ACTIVE"> | null {
  if (state === "ACTIVE") return null;
  if (offline && OFFLINE_PASSES.includes(state)) return null;
  return state;
}

/** Creates the journal row of a cashbox if it has none yet (first document or first refusal). */
export async function ensureJournal(organizationId: OrganizationId, cashboxId: string) {
  await tenantExecute(
    db,
    organizationId,
    sql`INSERT INTO "CashboxJournal" ("cashboxId", "organizationId", "lastHash")
    VALUES (${cashboxId}::uuid, ${organizationId}::uuid, ${GENESIS_HASH}) ON CONFLICT DO NOTHING`,
  );
}

/** The refusal for a non-ACTIVE state, with the first or the repeat text. */
export async function stateError(
  cb: { id: string; organizationId: OrganizationId; operationalReason: string | null },
  state: Exclude<OperationalState, "ACTIVE">,
): Promise<DeviceError> {
  const code = STATE_ERRORS[state];
  const details =
    state === "SERVER_BLOCKED" || state === "BLOCKED" || state === "INTEGRITY"
      ? { reason: cb.operationalReason ?? "" }
      : undefined;
  const repeat = REPEAT_MESSAGES[code];
  if (!repeat) return new DeviceError(code, { details });
  await ensureJournal(cb.organizationId, cb.id);
  const changed = await tenantExecute(
    db,
    cb.organizationId,
    sql`UPDATE "CashboxJournal" SET "announcedState" = ${state}::"OperationalState"
    WHERE "cashboxId" = ${cb.id}::uuid AND "organizationId" = ${cb.organizationId}::uuid
      AND "announcedState" IS DISTINCT FROM ${state}::"OperationalState"`,
  );
  return new DeviceError(code, { details, message: changed > 0 ? undefined : repeat });
}

export async function assertOperational(
  cb: {
    id: string;
    organizationId: OrganizationId;
    operationalState: OperationalState;
    operationalReason: string | null;
  },
  offline: boolean,
) {
  const refused = stateRefusal(cb.operationalState, offline);
  if (refused) throw await stateError(cb, refused);
}
