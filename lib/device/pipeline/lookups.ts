// The reads of the pipeline, each one small function so that a lookup table (Citus, issue 18) can
// replace it. Every statement is keyed by "organizationId" and touches only this tenant's rows.
import { tenantPoolQuery, type PgClient } from "@/lib/db/pool";
import type { OrganizationId } from "@/lib/tenant/context";
import type { ReturnBasisRef } from "@/lib/fiscal/content";
import { GENESIS_HASH } from "@/lib/fiscal/sign";
import type { ShiftDocFigures } from "@/lib/fiscal/z-report";
import { isUuid } from "@/lib/validation/uuid";
import { loadCashier, type Cashier, type DeviceCashbox, type StoredDocument } from "../context";
import type { CancelTarget, JournalRow, ReturnBasis } from "./types";

type Cb = Pick<DeviceCashbox, "id" | "organizationId">;

const JOURNAL_COLUMNS = `j."lastNumber", j."lastDeviceSeq", j."lastHash", j."lastDeviceAt", j."lastOperationId"::text AS "lastOperationId",
  j."cashInDrawer", j."lastShiftNumber", j."currentShiftId"::text AS "currentShiftId", j."currentShiftOpenedAt",
  j."shiftDocCount", j."totalSale", j."totalSaleReturn", j."totalPurchase", j."totalPurchaseReturn",
  j."announcedState"::text AS "announcedState", c."operationalState"::text AS "operationalState",
  c."operationalReason", c."operationalStateAt", c."onlineAt", c."registrationStatus"::text AS "registrationStatus"`;

/** The journal row locked FOR UPDATE, as the first statement of a transaction (simple protocol: UUIDs inlined). */
export function lockJournalSql(cb: Cb): string {
  if (!isUuid(cb.organizationId) || !isUuid(cb.id)) throw new Error("lockJournalSql takes UUIDs only");
  return `SELECT ${JOURNAL_COLUMNS}
    FROM "CashboxJournal" j JOIN "Cashbox" c ON c."organizationId" = j."organizationId" AND c.id = j."cashboxId"
   WHERE j."organizationId" = '${cb.organizationId}' AND j."cashboxId" = '${cb.id}' FOR UPDATE OF j`;
}

/**
 * Creates the journal row of a cashbox's first document. Two first requests race here: no conflict
 * target, so a twin's row under either unique key (the primary key "cashboxId" or the
 * ("organizationId", "cashboxId") key the device path reads by) is a no-op, never a 500.
 */
export async function ensureJournalRow(cb: Cb, c?: PgClient): Promise<void> {
  await tenantPoolQuery(
    cb.organizationId,
    `INSERT INTO "CashboxJournal" ("cashboxId", "organizationId", "lastHash") VALUES ($2, $1, $3)
     ON CONFLICT DO NOTHING`,
    [cb.organizationId, cb.id, GENESIS_HASH],
    c,
  );
}

export interface Snapshot {
  journal: JournalRow;
  stored: StoredDocument | null;
}

/** One query, no lock: the journal, the cashbox state and the document stored under clientDocId. */
export async function readSnapshot(cb: Cb, clientDocId: string): Promise<Snapshot> {
  for (;;) {
    const [row] = await tenantPoolQuery<
      JournalRow & {
        storedHash: string | null;
        storedStatus: number | null;
        storedResponse: Record<string, unknown> | null;
        hasJournal: boolean;
      }
    >(
      cb.organizationId,
      `SELECT ${JOURNAL_COLUMNS}, j."cashboxId" IS NOT NULL AS "hasJournal",
              st."requestHash" AS "storedHash", st."responseStatus" AS "storedStatus", st.response AS "storedResponse"
         FROM "Cashbox" c
         LEFT JOIN "CashboxJournal" j ON j."organizationId" = c."organizationId" AND j."cashboxId" = c.id
         LEFT JOIN LATERAL (SELECT d."requestHash", d."responseStatus", d.response
                              FROM "FiscalDocumentKey" k
                              JOIN "FiscalDocument" d ON d."organizationId" = k."organizationId" AND d.id = k."documentId" AND d."createdAt" = k."createdAt"
                             WHERE k."organizationId" = $1 AND k."cashboxId" = c.id AND k."clientDocId" = $3) st ON true
        WHERE c."organizationId" = $1 AND c.id = $2`,
      [cb.organizationId, cb.id, clientDocId],
    );
    if (!row) throw new Error(`cashbox ${cb.id} not found`);
    if (!row.hasJournal) {
      await ensureJournalRow(cb);
      continue;
    }
    const stored =
      row.storedHash === null
        ? null
        : {
            clientDocId,
            requestHash: row.storedHash,
            responseStatus: row.storedStatus!,
            response: row.storedResponse!,
          };
    return { journal: row, stored };
  }
}

export async function findStored(cb: Cb, clientDocId: string, c?: PgClient): Promise<StoredDocument | null> {
  const rows = await tenantPoolQuery<StoredDocument>(
    cb.organizationId,
    `SELECT d."clientDocId", d."requestHash", d."responseStatus", d.response
       FROM "FiscalDocumentKey" k
       JOIN "FiscalDocument" d ON d."organizationId" = k."organizationId" AND d.id = k."documentId" AND d."createdAt" = k."createdAt"
      WHERE k."organizationId" = $1 AND k."cashboxId" = $2 AND k."clientDocId" = $3`,
    [cb.organizationId, cb.id, clientDocId],
    c,
  );
  return rows[0] ?? null;
}

export async function findBySeq(cb: Cb, deviceSeq: number, c?: PgClient): Promise<StoredDocument | null> {
  const rows = await tenantPoolQuery<StoredDocument>(
    cb.organizationId,
    `SELECT d."clientDocId", d."requestHash", d."responseStatus", d.response
       FROM "FiscalDocumentKey" k
       JOIN "FiscalDocument" d ON d."organizationId" = k."organizationId" AND d.id = k."documentId" AND d."createdAt" = k."createdAt"
      WHERE k."organizationId" = $1 AND k."cashboxId" = $2 AND k."deviceSeq" = $3`,
    [cb.organizationId, cb.id, String(deviceSeq)],
    c,
  );
  return rows[0] ?? null;
}

export async function openShiftBy(cb: Cb, shiftId: string, c?: PgClient): Promise<string> {
  const [open] = await tenantPoolQuery<{ openedByName: string }>(
    cb.organizationId,
    `SELECT "openedByName" FROM "Shift" WHERE "organizationId" = $1 AND id = $2`,
    [cb.organizationId, shiftId],
    c,
  );
  return open?.openedByName || "—";
}

export async function findCancelTarget(
  cb: Cb,
  documentId: string,
  c?: PgClient,
): Promise<CancelTarget | null> {
  const [target] = await tenantPoolQuery<CancelTarget>(
    cb.organizationId,
    `SELECT id::text, number, type::text, total, cash, card, content FROM "FiscalDocument" WHERE "organizationId" = $1 AND id = $2`,
    [cb.organizationId, documentId],
    c,
  );
  return target ?? null;
}

/** The sale/purchase a return refers to, locked so that two cashboxes cannot together return more than was sold. */
export async function findReturnBasis(cb: Cb, ref: ReturnBasisRef, c: PgClient): Promise<ReturnBasis | null> {
  let rows: Omit<ReturnBasis, "returned">[];
  if ("receiptId" in ref) {
    rows = await tenantPoolQuery(
      cb.organizationId,
      `SELECT id::text, type::text, total FROM "FiscalDocument" WHERE "organizationId" = $1 AND id = $2 FOR UPDATE`,
      [cb.organizationId, ref.receiptId],
      c,
    );
  } else {
    const at = new Date(ref.createdAt).getTime();
    rows = await tenantPoolQuery(
      cb.organizationId,
      `SELECT d.id::text, d.type::text, d.total FROM "FiscalDocument" d
         JOIN "Cashbox" c ON c."organizationId" = d."organizationId" AND c.id = d."cashboxId"
        WHERE d."organizationId" = $1 AND c."registrationNumber" = $2 AND d."fiscalSign" = $3 AND d.total = $4
          AND d."createdAt" BETWEEN $5 AND $6
        ORDER BY d.number DESC LIMIT 1 FOR UPDATE OF d`,
      [
        cb.organizationId,
        ref.registrationNumber,
        ref.fiscalSign.padStart(10, "0"),
        String(ref.total),
        new Date(at - 60_000),
        new Date(at + 60_000),
      ],
      c,
    );
  }
  const basis = rows[0];
  if (!basis) return null;
  const [sum] = await tenantPoolQuery<{ sum: bigint | null }>(
    cb.organizationId,
    `SELECT SUM(r.total)::bigint AS sum FROM "FiscalDocument" r
      WHERE r."organizationId" = $1 AND r."returnBasisId" = $2
        AND NOT EXISTS (SELECT 1 FROM "FiscalDocument" x WHERE x."organizationId" = $1 AND x."cancelsId" = r.id)`,
    [cb.organizationId, basis.id],
    c,
  );
  return { ...basis, returned: sum?.sum ?? 0n };
}

export async function findShiftDocs(
  cb: Cb,
  shiftId: string,
  c?: PgClient,
): Promise<{ docs: ShiftDocFigures[]; openingCash: bigint }> {
  const docs = await tenantPoolQuery<ShiftDocFigures & { type: string }>(
    cb.organizationId,
    `SELECT lower(type::text) AS type, total, cash, card, change, discount, vat FROM "FiscalDocument"
      WHERE "organizationId" = $1 AND "shiftId" = $2 ORDER BY number`,
    [cb.organizationId, shiftId],
    c,
  );
  const [shift] = await tenantPoolQuery<{ openingCash: bigint }>(
    cb.organizationId,
    `SELECT "openingCash" FROM "Shift" WHERE "organizationId" = $1 AND id = $2`,
    [cb.organizationId, shiftId],
    c,
  );
  return { docs, openingCash: shift?.openingCash ?? 0n };
}

/** A current cashier of the organization allowed on its cashboxes (one who can sign in with a PIN now). */
export function currentCashier(
  organizationId: OrganizationId,
  membershipId: string,
): Promise<Cashier | null> {
  return loadCashier(organizationId, membershipId);
}
