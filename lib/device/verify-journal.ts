// verifyJournal(cashboxId): re-checks a cashbox's whole fiscal journal from the database —
// numbering without gaps, the device chain (deviceSeq 1, 2, … each carrying the previous hash),
// every document's hash and fiscal sign recomputed from its stored canonical content, the shift
// numbering, receipt lines against totals, and the journal cursor (last number/seq/hash, cash in
// the drawer, non-nullable totals) against the documents. For tests, the fuzz run and support.
import { db } from "@/lib/db/client";
import { canonicalJson } from "@/lib/fiscal/canonical";
import type { DocumentKind } from "@/lib/fiscal/content";
import { fiscalSignOf, GENESIS_HASH, hashOf } from "@/lib/fiscal/sign";
import { cashEffect } from "@/lib/fiscal/z-report";
import { cashboxKey, loadDeviceCashbox } from "./context";
import { sql, tenantQuery } from "@/lib/db/sql";
import type { OrganizationId } from "@/lib/tenant/context";

export interface JournalReport {
  ok: boolean;
  documents: number;
  problems: string[];
}

const PAGE = 2000;

interface Walk {
  problem: (p: string) => void;
  key: Buffer;
  count: number;
  lastNumber: number;
  lastSeq: number;
  deviceHead: string;
  cash: bigint;
  totals: Record<string, bigint>;
  shiftCounters: Map<string, number>;
}

type Doc = {
  id: string;
  number: number;
  numberInShift: number | null;
  shiftId: string | null;
  deviceSeq: bigint | null;
  type: string;
  hash: string;
  prevHash: string;
  fiscalSign: string;
  total: bigint;
  cash: bigint;
  content: unknown;
};

/** One document against the chain so far: number, hash, sign, signed content, device chain, shift counter. */
function checkDocument(w: Walk, d: Doc) {
  const { problem } = w;
  w.count++;
  const kind = d.type.toLowerCase() as DocumentKind;
  if (d.number !== w.lastNumber + 1) problem(`document number ${d.number} follows ${w.lastNumber}`);
  w.lastNumber = d.number;
  const canonical = canonicalJson(d.content);
  if (hashOf(canonical) !== d.hash) problem(`document ${d.number}: hash does not match its content`);
  if (fiscalSignOf(w.key, canonical) !== d.fiscalSign)
    problem(`document ${d.number}: fiscal sign does not match its content`);
  const content = d.content as { prevHash?: string; seq?: number | null; type?: string };
  if (content.prevHash !== d.prevHash)
    problem(`document ${d.number}: prevHash differs from the signed content`);
  if (content.type !== kind) problem(`document ${d.number}: type differs from the signed content`);
  if (d.prevHash !== w.deviceHead)
    problem(`document ${d.number}: prevHash does not link to the previous device document`);
  if (d.deviceSeq !== null) {
    const seq = Number(d.deviceSeq);
    if (seq !== w.lastSeq + 1) problem(`document ${d.number}: deviceSeq ${seq} follows ${w.lastSeq}`);
    if (content.seq !== seq) problem(`document ${d.number}: deviceSeq differs from the signed content`);
    w.lastSeq = seq;
    w.deviceHead = d.hash;
  } else if (content.seq !== null) problem(`document ${d.number}: server document carries a seq`);
  if (d.shiftId) {
    const n = (w.shiftCounters.get(d.shiftId) ?? 0) + 1;
    if (d.numberInShift !== n)
      problem(`document ${d.number}: number in shift ${d.numberInShift}, expected ${n}`);
    w.shiftCounters.set(d.shiftId, n);
  }
  w.cash += cashEffect(kind, d.cash, d.total);
  if (kind in w.totals) w.totals[kind] += d.total;
}

async function walkDocuments(cb: { id: string; organizationId: OrganizationId }, w: Walk) {
  for (;;) {
    const docs = await db.fiscalDocument.findMany({
      where: { organizationId: cb.organizationId, cashboxId: cb.id, number: { gt: w.lastNumber } },
      orderBy: { number: "asc" },
      take: PAGE,
      select: {
        id: true,
        number: true,
        numberInShift: true,
        shiftId: true,
        deviceSeq: true,
        type: true,
        hash: true,
        prevHash: true,
        fiscalSign: true,
        total: true,
        cash: true,
        content: true,
      },
    });
    for (const d of docs) checkDocument(w, d);
    if (docs.length < PAGE) break;
  }
}

async function checkLines(cb: { id: string; organizationId: OrganizationId }, w: Walk) {
  const lineSums = await tenantQuery<{ number: number; total: bigint; lines: bigint | null }[]>(
    db,
    cb.organizationId,
    sql`
    SELECT d.number, d.total, SUM(l.total)::bigint AS lines
      FROM "FiscalDocument" d
      LEFT JOIN "ReceiptLine" l ON l."organizationId" = d."organizationId" AND l."documentId" = d.id
     WHERE d."organizationId" = ${cb.organizationId}::uuid AND d."cashboxId" = ${cb.id}::uuid
       AND d.type IN ('SALE', 'SALE_RETURN', 'PURCHASE', 'PURCHASE_RETURN')
     GROUP BY d.id, d.number, d.total
    HAVING SUM(l.total) IS DISTINCT FROM d.total`,
  );
  for (const r of lineSums.slice(0, 10))
    w.problem(`receipt ${r.number}: lines add up to ${r.lines ?? 0}, total ${r.total}`);
}

/** The journal cursor and the open shift against what the documents give. */
async function checkJournal(cb: { id: string; organizationId: OrganizationId }, w: Walk) {
  const { problem } = w;
  const j = await db.cashboxJournal.findFirst({
    where: { organizationId: cb.organizationId, cashboxId: cb.id },
  });
  if (j) {
    if (j.lastNumber !== w.lastNumber)
      problem(`journal lastNumber ${j.lastNumber}, documents end at ${w.lastNumber}`);
    if (Number(j.lastDeviceSeq) !== w.lastSeq)
      problem(`journal lastDeviceSeq ${j.lastDeviceSeq}, documents end at ${w.lastSeq}`);
    if (j.lastHash !== w.deviceHead) problem("journal lastHash is not the last device document's hash");
    if (j.cashInDrawer !== w.cash)
      problem(`journal cash in drawer ${j.cashInDrawer}, documents give ${w.cash}`);
    if (j.cashInDrawer < 0n) problem("cash in drawer below zero");
    const jt = {
      sale: j.totalSale,
      sale_return: j.totalSaleReturn,
      purchase: j.totalPurchase,
      purchase_return: j.totalPurchaseReturn,
    };
    for (const [k, v] of Object.entries(jt))
      if (v !== w.totals[k]) problem(`journal non-nullable ${k} ${v}, documents give ${w.totals[k]}`);
  } else if (w.count > 0) problem("documents without a journal row");
  const open = await db.shift.findMany({
    where: { organizationId: cb.organizationId, cashboxId: cb.id, closedAt: null },
    select: { id: true },
  });
  if (open.length > 1) problem(`${open.length} open shifts`);
  if ((open[0]?.id ?? null) !== (j?.currentShiftId ?? null))
    problem("the open shift is not the journal's current shift");
}

export async function verifyJournal(
  cashboxId: string,
  organizationId: OrganizationId,
): Promise<JournalReport> {
  const cb = await loadDeviceCashbox(cashboxId, organizationId);
  if (!cb) return { ok: false, documents: 0, problems: ["cashbox not found"] };
  const problems: string[] = [];
  const w: Walk = {
    problem: (p) => {
      if (problems.length < 50) problems.push(p);
    },
    key: await cashboxKey(cb),
    count: 0,
    lastNumber: 0,
    lastSeq: 0,
    deviceHead: GENESIS_HASH,
    cash: 0n,
    totals: { sale: 0n, sale_return: 0n, purchase: 0n, purchase_return: 0n },
    shiftCounters: new Map(),
  };
  await walkDocuments(cb, w);
  await checkLines(cb, w);
  await checkJournal(cb, w);
  return { ok: problems.length === 0, documents: w.count, problems };
}
