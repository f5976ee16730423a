// The write stage: one statement per document. Its first CTE moves the journal cursor only if the
// journal is still where the plan read it ("lastNumber") and the cashbox is still in the state the
// plan saw; every other CTE (shift, document, lines, shift close, rollups, the stored answer) reads
// from it (the stock movements and balances too: lib/stock/fiscal-sql.ts), so either all of it is
// written or nothing (a conflict: the engine reads and plans again).
// (A registration report may register the cashbox in the same transaction: no registration guard.)
// Every row is keyed by the cashbox's "organizationId" (single-shard on Citus). Run as a named
// prepared statement: each connection plans each of its few shapes once.
import { onCitus, tenantPoolQuery, type PgClient } from "@/lib/db/pool";
import { rollupCtes } from "@/lib/analytics/rollup-sql";
import { stockCtes, stockStatements, type StockFiscalDoc } from "@/lib/stock/fiscal-sql";
import type { DocumentKind } from "@/lib/fiscal/content";
import type { DocumentPlan } from "./types";
import { limitedStatement } from "./tx";

const toType = (kind: DocumentKind) => kind.toUpperCase() as Uppercase<DocumentKind>;

class Params {
  readonly values: unknown[] = [];
  readonly p = (x: unknown) => {
    this.values.push(typeof x === "bigint" ? x.toString() : x);
    return `$${this.values.length}`;
  };
}

function journalCte(plan: DocumentPlan, P: Params, org: string, cb: string): string {
  const { journal: j } = plan.input;
  const a = plan.after;
  const p = P.p;
  return `j AS (UPDATE "CashboxJournal" SET "lastNumber" = ${p(a.lastNumber)}, "lastDeviceSeq" = ${p(a.lastDeviceSeq)}, "lastHash" = ${p(a.lastHash)},
       "lastDeviceAt" = ${p(a.lastDeviceAt)}, "lastOperationId" = ${p(a.lastOperationId)}, "cashInDrawer" = ${p(a.cashInDrawer)},
       "totalSale" = ${p(a.totalSale)}, "totalSaleReturn" = ${p(a.totalSaleReturn)}, "totalPurchase" = ${p(a.totalPurchase)},
       "totalPurchaseReturn" = ${p(a.totalPurchaseReturn)}, "lastShiftNumber" = ${p(a.lastShiftNumber)}, "currentShiftId" = ${p(a.currentShiftId)},
       "currentShiftOpenedAt" = ${p(a.currentShiftOpenedAt)}, "shiftDocCount" = ${p(a.shiftDocCount)},
       "announcedState" = ${p(a.announcedState)}::"OperationalState", "updatedAt" = now()
     WHERE "organizationId" = ${org} AND "cashboxId" = ${cb} AND "lastNumber" = ${p(j.lastNumber)}
       AND EXISTS (SELECT 1 FROM "Cashbox" c WHERE c."organizationId" = ${org} AND c.id = ${cb}
                    AND c."operationalState" = ${p(j.operationalState)}::"OperationalState"
                    AND (${p(plan.input.cmd.op === "registration_report" ? null : j.registrationStatus)}::text IS NULL
                         OR c."registrationStatus"::text = ${p(j.registrationStatus)}::text))
     RETURNING 1 AS ok)`;
}

function shiftCtes(plan: DocumentPlan, P: Params, org: string, cb: string): string[] {
  const { shift, closing } = plan;
  const { cmd } = plan.input;
  const p = P.p;
  if (!shift) return [];
  const closingValues = () =>
    `${p(cmd.createdAt)}::timestamptz, ${p(cmd.cashier?.membershipId ?? null)}::uuid, ${p(cmd.cashier?.name ?? null)}::text, ${p(cmd.serverMade?.autoClosed ?? false)}::boolean, ${p(plan.after.cashInDrawer)}::bigint, ${p(plan.numberInShift ?? 0)}::int, ${p(JSON.stringify(plan.report))}::jsonb`;
  if (shift.isNew) {
    // a shift opened and closed by the same document (an offline Z after the job closed the shift) is
    // inserted closed: an UPDATE in another CTE of this statement would not see the new row
    const closeCols = `, "closedAt", "closedById", "closedByName", "autoClosed", "closingCash", "documentCount", "zReport"`;
    return [
      `new_shift AS (INSERT INTO "Shift" (id, "organizationId", "cashboxId", number, "openedById", "openedByName", "openedAt", "openingCash"${closing ? closeCols : ""})
      SELECT ${p(shift.id)}::uuid, ${org}::uuid, ${cb}::uuid, ${p(shift.number)}::int, ${p(cmd.cashier?.membershipId ?? null)}::uuid, ${p(cmd.cashier?.name ?? "")}::text,
        ${p(shift.openedAt)}::timestamptz, ${p(shift.openingCash)}::bigint${closing ? `, ${closingValues()}` : ""} FROM j)`,
    ];
  }
  if (!closing) return [];
  return [
    `closed AS (UPDATE "Shift" SET ("closedAt", "closedById", "closedByName", "autoClosed", "closingCash", "documentCount", "zReport")
      = (${closingValues()}) WHERE "organizationId" = ${org} AND id = ${p(shift.id)} AND EXISTS (SELECT 1 FROM j))`,
  ];
}

function documentCte(plan: DocumentPlan, P: Params, org: string, cb: string, docId: string): string {
  const { cmd, now } = plan.input;
  const b = plan.business;
  const r = b.receipt;
  const p = P.p;
  const vat = (r?.vat ?? []).map((x) => ({ rate: x.rate, amount: Number(x.amount) }));
  return `doc AS (INSERT INTO "FiscalDocument" (id, "organizationId", "cashboxId", "shiftId", number, "numberInShift", "deviceSeq", type,
      "clientDocId", "requestHash", "responseStatus", response, "createdAt", "acceptedAt", offline, "fiscalSign", hash, "prevHash",
      total, cash, card, change, discount, vat, "returnBasisId", "cancelsId", "cashierId", "cashierName", content)
    SELECT ${docId}::uuid, ${org}::uuid, ${cb}::uuid, ${p(plan.inShift ? plan.shift!.id : null)}::uuid, ${p(plan.after.lastNumber)}::int, ${p(plan.numberInShift)}::int,
      ${p(plan.seq)}::bigint, ${p(toType(b.kind))}::"FiscalDocumentType", ${p(cmd.clientDocId)}::text, ${p(cmd.requestHash)}::text, 201,
      ${p(JSON.stringify(plan.body))}::jsonb, ${p(cmd.createdAt)}::timestamptz, ${p(now)}::timestamptz, ${p(cmd.offline)}::boolean,
      ${p(plan.sealed.fiscalSign)}::text, ${p(plan.sealed.hash)}::text, ${p(plan.prevHash)}::text,
      ${p(plan.total)}::bigint, ${p(r?.cash ?? 0n)}::bigint, ${p(r?.card ?? 0n)}::bigint, ${p(r?.change ?? 0n)}::bigint, ${p(r?.discount ?? 0n)}::bigint,
      ${p(JSON.stringify(vat))}::jsonb, ${p(b.returnBasisId)}::uuid, ${p(b.cancels?.id ?? null)}::uuid, ${p(cmd.cashier?.membershipId ?? null)}::uuid,
      ${p(cmd.cashier?.name ?? "")}::text, ${p(JSON.stringify(plan.content))}::jsonb FROM j)`;
}

/** The document's per-cashbox keys (FiscalDocumentKey): a twin clientDocId / number / deviceSeq fails the statement. */
function keyCte(plan: DocumentPlan, P: Params, org: string, cb: string, docId: string): string {
  const p = P.p;
  return `doc_key AS (INSERT INTO "FiscalDocumentKey" ("organizationId", "cashboxId", "clientDocId", "documentId", "createdAt", number, "deviceSeq")
    SELECT ${org}::uuid, ${cb}::uuid, ${p(plan.input.cmd.clientDocId)}::text, ${docId}::uuid, ${p(plan.input.cmd.createdAt)}::timestamptz,
      ${p(plan.after.lastNumber)}::int, ${p(plan.seq)}::bigint FROM j)`;
}

function linesCte(plan: DocumentPlan, P: Params, org: string, docId: string): string[] {
  const at = plan.input.cmd.createdAt;
  const L = plan.business.receipt?.lines ?? [];
  const p = P.p;
  if (L.length === 0) return [];
  return [
    `lines AS (INSERT INTO "ReceiptLine" ("organizationId", "documentId", "lineNo", name, "nomenclatureId", "unitCode", price, quantity, discount, total, "vatRate", "vatAmount", "createdAt")
      SELECT ${org}::uuid, ${docId}::uuid, u.*, ${p(at)}::timestamptz FROM j, unnest(${p(L.map((l) => l.lineNo))}::int[], ${p(L.map((l) => l.name))}::text[], ${p(L.map((l) => l.nomenclatureId))}::uuid[],
        ${p(L.map((l) => l.unitCode))}::text[], ${p(L.map((l) => l.price.toString()))}::bigint[], ${p(L.map((l) => l.quantityText))}::numeric[],
        ${p(L.map((l) => l.discount.toString()))}::bigint[], ${p(L.map((l) => l.total.toString()))}::bigint[], ${p(L.map((l) => l.vatRate))}::text[],
        ${p(L.map((l) => l.vatAmount.toString()))}::bigint[]) AS u)`,
  ];
}

/** The statement of a plan: text and values (pure; exported for the tests). */
/** What the document moves in stock (lib/stock/fiscal-sql.ts). */
function stockDoc(plan: DocumentPlan): StockFiscalDoc {
  const { cb, cmd, ids } = plan.input;
  const b = plan.business;
  return {
    documentId: ids.document,
    cashboxId: cb.id,
    type: toType(b.kind),
    reversal: b.cancels !== null,
    createdAt: cmd.createdAt,
    lines: b.receipt?.lines ?? [],
  };
}

/**
 * The write statement of the plan. `stock: false` leaves the stock CTEs out: on Citus they follow as
 * statements of their own (stockStatements), see write().
 */
export function writeStatement(
  plan: DocumentPlan,
  opts: { stock: boolean } = { stock: true },
): { text: string; values: unknown[] } {
  const { cb, cmd, ids } = plan.input;
  const b = plan.business;
  const r = b.receipt;
  const P = new Params();
  const org = P.p(cb.organizationId);
  const cbId = P.p(cb.id);
  const docId = P.p(ids.document);
  const ctes = [
    journalCte(plan, P, org, cbId),
    ...shiftCtes(plan, P, org, cbId),
    documentCte(plan, P, org, cbId, docId),
    keyCte(plan, P, org, cbId, docId),
    ...linesCte(plan, P, org, docId),
    ...rollupCtes(
      P.p,
      org,
      {
        organizationId: cb.organizationId,
        cashboxId: cb.id,
        timezone: cb.org.timezone,
        type: toType(b.kind),
        reversal: b.cancels !== null,
        cashierName: cmd.cashier?.name ?? "",
        createdAt: cmd.createdAt,
        total: plan.total,
        cash: r?.cash ?? 0n,
        card: r?.card ?? 0n,
        change: r?.change ?? 0n,
        discount: r?.discount ?? 0n,
        vat: (r?.vat ?? []).reduce((s, x) => s + x.amount, 0n),
        lines: r?.lines ?? [],
      },
      "j",
    ),
    ...(opts.stock ? stockCtes(P.p, org, stockDoc(plan), "j") : []),
  ];
  return { text: `WITH ${ctes.join(",\n")}\nSELECT count(*)::int AS n FROM j`, values: P.values };
}

/**
 * Writes the plan; false when the journal moved since it was read (nothing was written).
 * On Citus the stock movements and balances follow the statement as two statements of their own in
 * the same transaction (only when the journal moved): Citus runs each CTE of the write statement as
 * a step of its own, and with the stock CTEs among them its coordinator read their rows back
 * mis-typed ("invalid internal value for enum") and then crashed (signal 11). On a plain PostgreSQL
 * they stay CTEs of the one statement.
 */
export async function write(plan: DocumentPlan, client?: PgClient): Promise<boolean> {
  const citus = await onCitus();
  const { text, values } = writeStatement(plan, { stock: !citus });
  const run = async (c?: PgClient) => {
    const [row] = await tenantPoolQuery<{ n: number }>(plan.input.cb.organizationId, text, values, c);
    if (row.n === 1 && citus)
      for (const s of stockStatements(plan.input.cb.organizationId, stockDoc(plan)))
        await tenantPoolQuery(plan.input.cb.organizationId, s.text, s.values, c);
    return row.n === 1;
  };
  return client ? run(client) : limitedStatement(run);
}
