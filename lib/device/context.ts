// Who is calling the device API: the cashbox of a token (with its organization and trade point),
// and, when an X-Cashier-Session header is sent, the signed-in cashier. One query per request.
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { tenantPoolQuery } from "@/lib/db/pool";
import { findCashboxByToken } from "@/lib/cashboxes/token-lookup";
import { decryptDeviceKey, encryptDeviceKey, generateDeviceKey } from "@/lib/cashboxes/device-key";
import type { OperationalState, RegistrationStatus } from "@/lib/cashboxes/status";
import { unsafeOrganizationId, type OrganizationId } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";
import type { Snapshot } from "./pipeline/lookups";
import type { JournalRow } from "./pipeline/types";
import { sql, tenantExecute, tenantQuery } from "@/lib/db/sql";

export interface DeviceCashbox {
  id: string;
  organizationId: OrganizationId;
  name: string;
  model: string;
  serialNumber: string;
  registrationNumber: string | null;
  inkOfd: string | null;
  fiscalDriveNumber: string | null;
  ofd: "OWN" | "TRANSTELECOM" | "KAZAKHTELECOM";
  registrationStatus: RegistrationStatus;
  operationalState: OperationalState;
  operationalReason: string | null;
  paidUntil: Date | null;
  autoCloseTime: string | null;
  receiptFooter: string;
  taxation: string;
  deviceKeyEnc: string | null;
  lastSeenAt: Date | null;
  tradePointName: string;
  address: string;
  org: { id: string; name: string; taxId: string; country: "RU" | "KZ"; timezone: string };
}

export interface Cashier {
  /** Membership id */
  membershipId: string;
  name: string;
  /** minor units; null = no limit */
  operationLimit: bigint | null;
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

interface Row {
  id: string;
  organizationId: string;
  name: string;
  model: string;
  serialNumber: string;
  registrationNumber: string | null;
  inkOfd: string | null;
  fiscalDriveNumber: string | null;
  ofd: DeviceCashbox["ofd"];
  registrationStatus: RegistrationStatus;
  operationalState: OperationalState;
  operationalReason: string | null;
  paidUntil: string | null;
  autoCloseTime: string | null;
  receiptFooter: string;
  taxation: string;
  deviceKeyEnc: string | null;
  lastSeenAt: Date | null;
  tradePointName: string;
  address: string;
  orgName: string;
  taxId: string;
  country: "RU" | "KZ";
  timezone: string;
  sessionMembershipId: string | null;
  sessionExpiresAt: Date | null;
  operationLimit: bigint | null;
  cashierName: string | null;
  storedRequestHash: string | null;
  storedStatus: number | null;
  storedResponse: Record<string, unknown> | null;
  hasJournal: boolean;
  operationalStateAt: Date | null;
  onlineAt: Date | null;
}

/** The journal part of the row (the pipeline's first read, in the same query as authentication). */
function journalOf(r: Row & Partial<JournalRow>): JournalRow {
  return {
    lastNumber: r.lastNumber!,
    lastDeviceSeq: r.lastDeviceSeq!,
    lastHash: r.lastHash!,
    lastDeviceAt: r.lastDeviceAt ?? null,
    lastOperationId: r.lastOperationId ?? null,
    cashInDrawer: r.cashInDrawer!,
    lastShiftNumber: r.lastShiftNumber!,
    currentShiftId: r.currentShiftId ?? null,
    currentShiftOpenedAt: r.currentShiftOpenedAt ?? null,
    shiftDocCount: r.shiftDocCount!,
    totalSale: r.totalSale!,
    totalSaleReturn: r.totalSaleReturn!,
    totalPurchase: r.totalPurchase!,
    totalPurchaseReturn: r.totalPurchaseReturn!,
    announcedState: r.announcedState ?? null,
    operationalState: r.operationalState,
    operationalReason: r.operationalReason,
    operationalStateAt: r.operationalStateAt,
    onlineAt: r.onlineAt,
    registrationStatus: r.registrationStatus,
  };
}

function toCashbox(r: Row): DeviceCashbox {
  return {
    id: r.id,
    // the tenant of the token (its lookup) or of a server caller: this very row is its query's
    organizationId: unsafeOrganizationId(r.organizationId),
    name: r.name,
    model: r.model,
    serialNumber: r.serialNumber,
    registrationNumber: r.registrationNumber,
    inkOfd: r.inkOfd,
    fiscalDriveNumber: r.fiscalDriveNumber,
    ofd: r.ofd,
    registrationStatus: r.registrationStatus,
    operationalState: r.operationalState,
    operationalReason: r.operationalReason,
    paidUntil: r.paidUntil ? new Date(`${r.paidUntil}T00:00:00Z`) : null,
    autoCloseTime: r.autoCloseTime,
    receiptFooter: r.receiptFooter,
    taxation: r.taxation,
    deviceKeyEnc: r.deviceKeyEnc,
    lastSeenAt: r.lastSeenAt,
    tradePointName: r.tradePointName,
    address: r.address,
    org: { id: r.organizationId, name: r.orgName, taxId: r.taxId, country: r.country, timezone: r.timezone },
  };
}

async function query(
  where: { tokenHash: string } | { organizationId: OrganizationId; cashboxId: string },
  sessionHash: string | null,
  clientDocId: string | null = null,
): Promise<Row | null> {
  // a token names its tenant through the lookup table (single-shard on Citus, cached per process);
  // the tenant query below re-checks the hash, so a reissued token's old entry only misses
  const key = "tokenHash" in where ? await findCashboxByToken(where.tokenHash) : where;
  if (!key) return null;
  const rows = await tenantPoolQuery<Row>(
    key.organizationId,
    `SELECT c.id::text, c."organizationId"::text, c.name, c.model, c."serialNumber", c."registrationNumber", c."inkOfd",
            c."fiscalDriveNumber", c.ofd::text AS ofd, c."registrationStatus"::text AS "registrationStatus",
            c."operationalState"::text AS "operationalState", c."operationalReason", c."paidUntil"::text AS "paidUntil", c."autoCloseTime",
            c."receiptFooter", c.taxation, c."deviceKeyEnc", c."lastSeenAt",
            tp.name AS "tradePointName", tp.address,
            o.name AS "orgName", o."taxId", o.country::text AS country, o.timezone,
            s."membershipId"::text AS "sessionMembershipId", s."expiresAt" AS "sessionExpiresAt",
            m."operationLimit", u.name AS "cashierName",
            st."requestHash" AS "storedRequestHash", st."responseStatus" AS "storedStatus", st.response AS "storedResponse",
            c."operationalStateAt", c."onlineAt", j."cashboxId" IS NOT NULL AS "hasJournal",
            j."lastNumber", j."lastDeviceSeq", j."lastHash", j."lastDeviceAt", j."lastOperationId"::text AS "lastOperationId",
            j."cashInDrawer", j."lastShiftNumber", j."currentShiftId"::text AS "currentShiftId", j."currentShiftOpenedAt",
            j."shiftDocCount", j."totalSale", j."totalSaleReturn", j."totalPurchase", j."totalPurchaseReturn",
            j."announcedState"::text AS "announcedState"
       FROM "Cashbox" c
       LEFT JOIN "CashboxJournal" j ON j."organizationId" = c."organizationId" AND j."cashboxId" = c.id
       JOIN "Organization" o ON o.id = c."organizationId"
       JOIN "TradePoint" tp ON tp."organizationId" = c."organizationId" AND tp.id = c."tradePointId"
       LEFT JOIN "CashierSession" s ON s."tokenHash" = COALESCE($3, '') AND s."organizationId" = c."organizationId" AND s."cashboxId" = c.id
       LEFT JOIN "Membership" m ON m."organizationId" = s."organizationId" AND m.id = s."membershipId"
       LEFT JOIN "User" u ON u.id = m."userId"
       LEFT JOIN LATERAL (
         SELECT d."requestHash", d."responseStatus", d.response FROM "FiscalDocument" d
          WHERE $4::text IS NOT NULL AND d."organizationId" = $1::uuid AND d."cashboxId" = c.id AND d."clientDocId" = $4
       ) st ON true
      WHERE c."organizationId" = $1::uuid AND c.id = $2::uuid
        ${"tokenHash" in where ? `AND c."tokenHash" = $5` : ""}`,
    [
      key.organizationId,
      key.cashboxId,
      sessionHash,
      clientDocId,
      ...("tokenHash" in where ? [where.tokenHash] : []),
    ],
  );
  return rows[0] ?? null;
}

export type SessionState = "none" | "valid" | "invalid";

/** A document as first answered: what an idempotent replay sends back. */
export interface StoredDocument {
  clientDocId: string;
  requestHash: string;
  responseStatus: number;
  response: Record<string, unknown>;
}

/** The cashbox of a bearer token; the cashier of a session token, if one was sent and is alive. */
export async function authenticateDevice(
  token: string,
  sessionToken: string | null,
  now: Date,
  /** when given, the document already stored under this clientDocId comes along (the replay check, one query less) */
  clientDocId: string | null = null,
): Promise<{
  cashbox: DeviceCashbox;
  cashier: Cashier | null;
  session: SessionState;
  stored?: StoredDocument | null;
  /** with a clientDocId and a journal: the pipeline's first read (journal, state, stored answer) */
  snapshot?: Snapshot;
} | null> {
  if (!token || token.length > 512) return null;
  const row = await query(
    { tokenHash: sha256Hex(token) },
    sessionToken ? sha256Hex(sessionToken) : null,
    clientDocId,
  );
  if (!row) return null;
  let session: SessionState = "none";
  let cashier: Cashier | null = null;
  if (sessionToken) {
    if (row.sessionMembershipId && row.sessionExpiresAt && row.sessionExpiresAt.getTime() > now.getTime()) {
      session = "valid";
      cashier = {
        membershipId: row.sessionMembershipId,
        name: row.cashierName ?? "",
        operationLimit: row.operationLimit,
      };
    } else session = "invalid";
  }
  const stored =
    clientDocId === null
      ? undefined
      : row.storedRequestHash !== null
        ? {
            clientDocId,
            requestHash: row.storedRequestHash,
            responseStatus: row.storedStatus!,
            response: row.storedResponse!,
          }
        : null;
  const snapshot =
    stored !== undefined && row.hasJournal
      ? { journal: journalOf(row as Row & Partial<JournalRow>), stored }
      : undefined;
  return { cashbox: toCashbox(row), cashier, session, stored, snapshot };
}

/** A cashbox by id within its organization, for server-side callers (the demo seed, the scheduled job, tests). */
export async function loadDeviceCashbox(
  cashboxId: string,
  organizationId: OrganizationId,
): Promise<DeviceCashbox | null> {
  if (!isUuid(cashboxId) || !isUuid(organizationId)) return null;
  const row = await query({ organizationId, cashboxId }, null);
  return row ? toCashbox(row) : null;
}

/** A cashier of the cashbox's organization (one with a PIN), for batch entries and the seed. */
export async function loadCashier(
  organizationId: OrganizationId,
  membershipId: string,
): Promise<Cashier | null> {
  if (!isUuid(membershipId)) return null;
  const rows = await tenantQuery<{ id: string; name: string; operationLimit: bigint | null }[]>(
    db,
    organizationId,
    sql`
    SELECT m.id::text, u.name, m."operationLimit"
      FROM "Membership" m JOIN "User" u ON u.id = m."userId"
     WHERE m."organizationId" = ${organizationId}::uuid AND m.id = ${membershipId}::uuid AND m."pinHash" IS NOT NULL`,
  );
  const r = rows[0];
  return r ? { membershipId: r.id, name: r.name, operationLimit: r.operationLimit } : null;
}

const keyCache = new Map<string, { enc: string; key: Buffer }>();

/**
 * The cashbox's HMAC key. A cashbox made before keys existed gets one on first use (the owner
 * sees it when re-issuing the token); until then only the server can sign its documents.
 */
export async function cashboxKey(
  cb: Pick<DeviceCashbox, "id" | "organizationId" | "deviceKeyEnc">,
): Promise<Buffer> {
  let enc = cb.deviceKeyEnc;
  if (!enc) {
    const fresh = encryptDeviceKey(generateDeviceKey(), cb.id);
    await tenantExecute(
      db,
      cb.organizationId,
      sql`UPDATE "Cashbox" SET "deviceKeyEnc" = ${fresh}
      WHERE "organizationId" = ${cb.organizationId}::uuid AND id = ${cb.id}::uuid AND "deviceKeyEnc" IS NULL`,
    );
    const rows = await tenantQuery<{ deviceKeyEnc: string }[]>(
      db,
      cb.organizationId,
      sql`
      SELECT "deviceKeyEnc" FROM "Cashbox" WHERE "organizationId" = ${cb.organizationId}::uuid AND id = ${cb.id}::uuid`,
    );
    enc = rows[0].deviceKeyEnc;
  }
  const cached = keyCache.get(cb.id);
  if (cached && cached.enc === enc) return cached.key;
  const key = decryptDeviceKey(enc, cb.id);
  keyCache.set(cb.id, { enc, key });
  return key;
}

const seenWrites = new Map<string, number>();
const SEEN_EVERY_MS = 15_000;

/**
 * Last contact, written at most every 15 s per cashbox so the hot path stays one query. Every call
 * but an offline batch is also an online contact with nothing left to upload (`onlineAt`, the
 * start of the 72-hour offline limit: a device uploads its queue before anything else); a batch
 * sets `onlineAt` itself once the device's queue is empty (lib/device/batch.ts).
 */
export async function touchLastSeen(
  cb: Pick<DeviceCashbox, "id" | "organizationId" | "lastSeenAt">,
  now: Date,
  opts: { online?: boolean } = {},
): Promise<void> {
  const last = Math.max(cb.lastSeenAt?.getTime() ?? 0, seenWrites.get(cb.id) ?? 0);
  if (now.getTime() - last < SEEN_EVERY_MS) return;
  seenWrites.set(cb.id, now.getTime());
  await tenantPoolQuery(
    cb.organizationId,
    `UPDATE "Cashbox" SET "lastSeenAt" = $3${opts.online === false ? "" : `, "onlineAt" = GREATEST("onlineAt", $3)`}
      WHERE "organizationId" = $1 AND id = $2 AND ("lastSeenAt" IS NULL OR "lastSeenAt" < $3)`,
    [cb.organizationId, cb.id, now],
  );
}
