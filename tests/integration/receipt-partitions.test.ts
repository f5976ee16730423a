// Month partitions of the receipts (issue 21, docs/analytics.md «Partitions»), against real
// PostgreSQL (and Citus under npm run test:citus): documents written by the device engine land in
// the month of their device time, their per-cashbox keys hold across months, a retry stores
// nothing twice, and the app's own queries for one month read only that month's partitions — the
// plans of the statements the receipt search and the reports really send are read with EXPLAIN —
// and the cash movements report reads the partial index of cash operations.
//
// The months used (2031) are this file's alone: other files of the run send documents dated in
// 2025–2026, which sit in those months' partitions or in DEFAULT.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptDocument } from "@/lib/device/accept-document";
import { loadCashier, loadDeviceCashbox, type Cashier, type DeviceCashbox } from "@/lib/device/context";
import {
  ensureReceiptPartitions,
  keepReceiptPartitionsAhead,
  receiptPartitionMonths,
} from "@/lib/fiscal/partitions";
import { EMPTY_SEARCH } from "@/lib/receipts/params";
import { searchReceipts } from "@/lib/receipts/search";
import { parseReportParams, type ReportKind } from "@/lib/reports/params";
import { runReport } from "@/lib/reports/run-report";
import { type TenantContext, unsafeOrganizationId } from "@/lib/tenant/context";
import { seedCashbox, seedMembership, seedTenant, seedUser } from "@/prisma/seed/factories";
import { ctxFor, db } from "./helpers";

let admin: pg.Client;
let owner: TenantContext;
let cb: DeviceCashbox;
let cashier: Cashier;

const line = (name: string, price: number, quantity = "1") => ({
  name,
  unit: { code: "0" },
  price,
  quantity,
  vatRate: "VAT22",
});

async function accept(
  op: "receipt" | "z_report" | "cash_operation",
  iso: string,
  body: Record<string, unknown>,
  clientDocId: string,
) {
  const createdAt = new Date(iso);
  return acceptDocument(
    cb,
    { op, body: { clientDocId, createdAt: createdAt.toISOString(), ...body }, cashier },
    { now: new Date(createdAt.getTime() + 1000) },
  );
}

/** A receipt in a shift of its own (closed by a Z-report ten minutes later: a shift lasts ≤ 24 h). */
async function send(op: "receipt", iso: string, body: Record<string, unknown>, clientDocId = randomUUID()) {
  const out = await accept(op, iso, body, clientDocId);
  await accept("z_report", new Date(new Date(iso).getTime() + 600_000).toISOString(), {}, randomUUID());
  return out;
}

const sale = (name: string, price: number) => ({
  type: "sale",
  items: [line(name, price)],
  payments: [{ type: "card", amount: price }],
});

/** Where a row of the document and of its lines is stored. */
async function homeOf(documentId: string) {
  const doc = await admin.query<{ part: string }>(
    `SELECT tableoid::regclass::text AS part FROM "FiscalDocument" WHERE id = $1`,
    [documentId],
  );
  const lines = await admin.query<{ part: string }>(
    `SELECT DISTINCT tableoid::regclass::text AS part FROM "ReceiptLine" WHERE "documentId" = $1`,
    [documentId],
  );
  return { doc: doc.rows.map((r) => partitionOf(r.part)), lines: lines.rows.map((r) => partitionOf(r.part)) };
}

/** Every statement the app sends through node-postgres while `fn` runs. */
async function capture(fn: () => Promise<unknown>): Promise<{ text: string; values: unknown[] }[]> {
  const seen: { text: string; values: unknown[] }[] = [];
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const [a, b] = args;
    if (typeof a === "string") seen.push({ text: a, values: Array.isArray(b) ? b : [] });
    else if (a && typeof a === "object" && "text" in a)
      seen.push({
        text: String((a as { text: string }).text),
        values: ((a as { values?: unknown[] }).values ?? []) as unknown[],
      });
    return original.apply(this, args);
  };
  try {
    await fn();
  } finally {
    proto.query = original;
  }
  return seen;
}

/**
 * The partition a relation name stands for: on Citus a plan and tableoid name shards
 * ("FiscalDocument_2031_03_102228"), the remote plans inside the distributed one.
 */
const partitionOf = (name: string) =>
  name.replace(/"/g, "").match(/^(FiscalDocument|ReceiptLine)_(default|\d{4}_\d{2})/)?.[0] ??
  name.replace(/"/g, "");

/** Every "Relation Name" anywhere in an EXPLAIN (FORMAT JSON) tree (Citus nests the workers' plans). */
function relations(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const x of node) relations(x, out);
  else if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) {
      if (k === "Relation Name" && typeof v === "string") out.add(partitionOf(v));
      else relations(v, out);
    }
  return out;
}

/** Every plan node of an EXPLAIN (FORMAT JSON) tree that has a "Node Type" (the workers' plans too). */
function planNodes(node: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) for (const x of node) planNodes(x, out);
  else if (node && typeof node === "object") {
    if ("Node Type" in node) out.push(node as Record<string, unknown>);
    for (const v of Object.values(node)) planNodes(v, out);
  }
  return out;
}

/** The FiscalDocument / ReceiptLine partitions the plans of these statements read. */
async function partitionsRead(statements: { text: string; values: unknown[] }[]) {
  const read = new Set<string>();
  let planned = 0;
  for (const s of statements) {
    if (!/^\s*(WITH|SELECT)\b/i.test(s.text) || !/"(FiscalDocument|ReceiptLine)"/.test(s.text)) continue;
    const values = s.values.map((v) => (v instanceof Date ? v.toISOString() : v));
    const r = await admin.query<{ "QUERY PLAN": unknown }>(`EXPLAIN (FORMAT JSON) ${s.text}`, values);
    planned++;
    for (const name of relations(r.rows[0]["QUERY PLAN"]))
      if (/^(FiscalDocument|ReceiptLine)(_|$)/.test(name) && name !== "FiscalDocumentKey") read.add(name);
  }
  return { read, planned };
}

beforeAll(async () => {
  admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const t = await seedTenant(db(), { country: "RU" });
  owner = ctxFor(t.org, t.users.OWNER, "OWNER");
  const { cashbox } = await seedCashbox(db(), {
    organizationId: t.org.id,
    tradePointId: t.tradePoint.id,
    registrationStatus: "REGISTERED",
    registrationNumber: `00007${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}`,
    paidUntil: new Date("2032-12-31T00:00:00Z"),
  });
  cb = (await loadDeviceCashbox(cashbox.id, unsafeOrganizationId(cashbox.organizationId)))!;
  const u = await seedUser(db(), { name: "Анна Кассир" });
  const m = await seedMembership(db(), {
    organizationId: t.org.id,
    userId: u.id,
    role: "CASHIER",
    pin: "1234",
  });
  cashier = (await loadCashier(unsafeOrganizationId(t.org.id), m.id))!;
  // 2031-02 … 2031-05; 2031-09 is left without a partition on purpose
  expect(await ensureReceiptPartitions(new Date("2031-02-01"), new Date("2031-05-31"))).toBe(4);
});

afterAll(async () => admin?.end());

describe("receipts partitioned by month", () => {
  it("creates months idempotently and keeps three months ahead", async () => {
    expect(await ensureReceiptPartitions(new Date("2031-02-01"), new Date("2031-05-31"))).toBe(0);
    const months = await receiptPartitionMonths();
    expect(months).toEqual(expect.arrayContaining(["2031-02-01", "2031-03-01", "2031-04-01", "2031-05-01"]));
    expect(months).not.toContain("2031-09-01");
    const now = new Date();
    await keepReceiptPartitionsAhead(now);
    const ahead = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 3, 1))
      .toISOString()
      .slice(0, 10);
    expect(await receiptPartitionMonths()).toContain(ahead);
  });

  it("stores a document and its lines in the month of their device time; keys hold across months", async () => {
    // 1 March 01:00 in Moscow is still February in UTC: the partition follows the instant (UTC months)
    const feb = await send("receipt", "2031-02-28T22:00:00Z", sale("Кофе", 10_000));
    const mar = await send("receipt", "2031-03-15T09:00:00Z", sale("Чай", 20_000));
    const apr = await send("receipt", "2031-04-02T09:00:00Z", sale("Сок", 30_000));
    expect(await homeOf(feb.document.id)).toEqual({
      doc: ["FiscalDocument_2031_02"],
      lines: ["ReceiptLine_2031_02"],
    });
    expect(await homeOf(mar.document.id)).toEqual({
      doc: ["FiscalDocument_2031_03"],
      lines: ["ReceiptLine_2031_03"],
    });
    expect(await homeOf(apr.document.id)).toEqual({
      doc: ["FiscalDocument_2031_04"],
      lines: ["ReceiptLine_2031_04"],
    });
    const keys = await admin.query<{ number: number; part: string }>(
      `SELECT k.number, d.tableoid::regclass::text AS part FROM "FiscalDocumentKey" k
         JOIN "FiscalDocument" d ON d."organizationId" = k."organizationId" AND d.id = k."documentId" AND d."createdAt" = k."createdAt"
        WHERE k."cashboxId" = $1 AND k."documentId" = ANY($2::uuid[]) ORDER BY k.number`,
      [cb.id, [feb.document.id, mar.document.id, apr.document.id]],
    );
    expect(keys.rows.map((r) => r.number)).toEqual([
      feb.document.number,
      mar.document.number,
      apr.document.number,
    ]);
    expect(keys.rows.map((r) => partitionOf(r.part))).toEqual([
      "FiscalDocument_2031_02",
      "FiscalDocument_2031_03",
      "FiscalDocument_2031_04",
    ]);
  });

  it("answers a retry from the key table, in another month, without a second row", async () => {
    const key = randomUUID();
    const first = await send("receipt", "2031-05-10T09:00:00Z", sale("Вода", 5_000), key);
    // the same request again a month later (a terminal that kept it queued): the stored answer
    const again = await acceptDocument(
      cb,
      {
        op: "receipt",
        body: {
          clientDocId: key,
          createdAt: new Date("2031-05-10T09:00:00Z").toISOString(),
          ...sale("Вода", 5_000),
        },
        cashier,
      },
      { now: new Date("2031-06-10T09:00:00Z") },
    );
    expect(again.replayed).toBe(true);
    expect(again.document.id).toBe(first.document.id);
    const n = await admin.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM "FiscalDocument" WHERE "cashboxId" = $1 AND "clientDocId" = $2)::int
            + (SELECT count(*) FROM "FiscalDocumentKey" WHERE "cashboxId" = $1 AND "clientDocId" = $2)::int AS n`,
      [cb.id, key],
    );
    expect(n.rows[0].n).toBe(2);
  });

  it("takes a document of a month without a partition into DEFAULT, finds it, and leaves that month to DEFAULT", async () => {
    const lost = await send("receipt", "2031-09-05T09:00:00Z", sale("Хлеб", 7_000));
    expect(await homeOf(lost.document.id)).toEqual({
      doc: ["FiscalDocument_default"],
      lines: ["ReceiptLine_default"],
    });
    const found = await searchReceipts(owner, { ...EMPTY_SEARCH, from: "2031-09-01", to: "2031-09-30" });
    expect(found.rows.map((r) => r.id)).toEqual([lost.document.id]);
    // creating September now would have to move rows out of DEFAULT: skipped, the rows stay found
    expect(await ensureReceiptPartitions(new Date("2031-09-01"), new Date("2031-09-30"))).toBe(0);
  });

  it("a one-month search and the month's reports read only that month's partitions", async () => {
    const march = { ...EMPTY_SEARCH, from: "2031-03-01", to: "2031-03-31" };
    const searches = await capture(async () => {
      const all = await searchReceipts(owner, march);
      // 1 March 01:00 Moscow (28 February 22:00 UTC) is local March: two partitions' rows
      expect(all.rows.map((r) => r.total)).toEqual([20_000n, 10_000n]);
      const byItem = await searchReceipts(owner, { ...march, item: "чай" });
      expect(byItem.rows).toHaveLength(1);
      const byAmount = await searchReceipts(owner, { ...march, min: 15_000n, max: 25_000n });
      expect(byAmount.rows).toHaveLength(1);
    });
    const reports = await capture(async () => {
      for (const report of ["goods", "cash", "cashiers", "z", "x"] as ReportKind[])
        await runReport(owner, {
          ...parseReportParams({ from: "2031-03-01", to: "2031-03-31" }, "2031-03-31"),
          report,
        });
    });
    const s = await partitionsRead(searches);
    expect(s.planned).toBeGreaterThanOrEqual(3);
    // local March (Moscow) starts on 28 February 21:00 UTC: February's partition and March's, nothing else
    expect([...s.read].sort()).toEqual(
      expect.arrayContaining(["FiscalDocument_2031_03", "ReceiptLine_2031_03"]),
    );
    for (const name of s.read) expect(name).toMatch(/_(2031_02|2031_03)$/);
    const r = await partitionsRead(reports);
    // the goods and cashier reports read the rollups; the cash movements and X statements still read
    // the documents, so there are plans to check and partitions in them
    expect(r.planned).toBeGreaterThan(0);
    expect(r.read.size).toBeGreaterThan(0);
    for (const name of r.read) expect(name).toMatch(/_(2031_02|2031_03)$/);
  });

  it("the cash movements report finds its documents by the partial index of cash operations", async () => {
    await accept("cash_operation", "2031-04-20T09:00:00Z", { type: "deposit", amount: 10_000 }, randomUUID());
    await accept(
      "cash_operation",
      "2031-04-20T09:05:00Z",
      { type: "withdrawal", amount: 4_000 },
      randomUUID(),
    );
    await accept("z_report", "2031-04-20T09:10:00Z", {}, randomUUID());
    const statements = await capture(async () => {
      const r = await runReport(owner, {
        ...parseReportParams({ from: "2031-04-01", to: "2031-04-30" }, "2031-04-30"),
        report: "cash",
      });
      expect(r.rows.map((x) => [x.deposit, x.withdrawal])).toEqual([
        [10_000n, 0n],
        [0n, 4_000n],
      ]);
    });
    const cashReport = statements.filter(
      (x) => /"FiscalDocument"/.test(x.text) && /^\s*(WITH|SELECT)\b/i.test(x.text),
    );
    expect(cashReport).toHaveLength(1);
    // the partitioned index of migration 20261208100000: one child per month partition (on Citus
    // the workers' plans name a shard of a child: "<child>_<shard id>")
    const children = (
      await admin.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
          WHERE i.inhparent = '"FiscalDocument_organizationId_createdAt_cash_idx"'::regclass`,
      )
    ).rows.map((r) => r.name);
    expect(children.length).toBeGreaterThan(1);
    const isChild = (name: string) =>
      children.some((c) => name === c || new RegExp(`^${c}_\\d+$`).test(name));
    // A table this small is read whole by a sequential scan whatever its indexes, so the plan is read
    // with sequential scans off: it shows the index the planner finds usable (the query's type
    // condition implies the index's WHERE) and cheapest — on a loaded table it is the plan chosen
    // (docs/receipts-and-reports.md «Отчёты»).
    const values = cashReport[0].values.map((v) => (v instanceof Date ? v.toISOString() : v));
    await admin.query("BEGIN");
    let plan: unknown;
    try {
      if ((await admin.query(`SELECT 1 FROM pg_extension WHERE extname = 'citus'`)).rowCount)
        await admin.query(`SET LOCAL citus.propagate_set_commands = 'local'`);
      await admin.query("SET LOCAL enable_seqscan = off");
      plan = (await admin.query(`EXPLAIN (FORMAT JSON) ${cashReport[0].text}`, values)).rows[0]["QUERY PLAN"];
    } finally {
      await admin.query("ROLLBACK");
    }
    const documentScans = planNodes(plan).filter((n) =>
      /^FiscalDocument_(default|\d{4}_\d{2})/.test(String(n["Relation Name"] ?? n["Index Name"] ?? "")),
    );
    expect(documentScans.length).toBeGreaterThan(0);
    const indexes = new Set(documentScans.map((n) => n["Index Name"]).filter((x): x is string => !!x));
    expect(documentScans.filter((n) => n["Node Type"] === "Seq Scan")).toEqual([]);
    expect(indexes.size).toBeGreaterThan(0);
    for (const name of indexes) expect(isChild(name), name).toBe(true);
  });
});
