// The plan stage without a database: business rules and refusals from a journal, a command and
// lookups; and the write statement's shape (every row keyed by the organization, single-shard).
import { describe, expect, it } from "vitest";
import { computeReceipt } from "@/lib/fiscal/receipt";
import { GENESIS_HASH } from "@/lib/fiscal/sign";
import { DEFAULT_VAT_RATES } from "@/lib/fiscal/vat";
import { localDate } from "@/lib/locale/zone";
import type { DeviceCashbox } from "../context";
import type { TReceiptPayload } from "../schemas";
import { plan } from "./plan";
import type { Command, DocumentPlan, JournalRow, PlanInput, Result } from "./types";
import { writeStatement } from "./write";
import { unsafeOrganizationId } from "@/lib/tenant/context";

const ORG = unsafeOrganizationId("11111111-1111-4111-8111-111111111111");
const CB = "22222222-2222-4222-8222-222222222222";
const CASHIER = "33333333-3333-4333-8333-333333333333";
const NOW = new Date("2026-06-01T10:00:00Z");

const cashbox = {
  id: CB,
  organizationId: ORG,
  name: "Касса 1",
  model: "M",
  serialNumber: "S1",
  registrationNumber: "0000100000000001",
  inkOfd: null,
  fiscalDriveNumber: "9999078900000001",
  ofd: "OWN",
  registrationStatus: "REGISTERED",
  operationalState: "ACTIVE",
  operationalReason: null,
  paidUntil: null,
  autoCloseTime: null,
  receiptFooter: "",
  taxation: "",
  deviceKeyEnc: null,
  lastSeenAt: null,
  tradePointName: "Зал",
  address: "Москва",
  org: { id: ORG, name: "ООО Тест", taxId: "7700000000", country: "RU", timezone: "Europe/Moscow" },
} satisfies DeviceCashbox;

const journal = (o: Partial<JournalRow> = {}): JournalRow => ({
  lastNumber: 0,
  lastDeviceSeq: 0n,
  lastHash: GENESIS_HASH,
  lastDeviceAt: null,
  lastOperationId: null,
  cashInDrawer: 0n,
  lastShiftNumber: 0,
  currentShiftId: null,
  currentShiftOpenedAt: null,
  shiftDocCount: 0,
  totalSale: 0n,
  totalSaleReturn: 0n,
  totalPurchase: 0n,
  totalPurchaseReturn: 0n,
  announcedState: null,
  operationalState: "ACTIVE",
  operationalReason: null,
  operationalStateAt: null,
  onlineAt: null,
  registrationStatus: "REGISTERED",
  ...o,
});

const saleCmd = (amount = 10_000, o: Partial<Command> = {}): Command => {
  const payload = {
    type: "sale",
    items: [{ name: "Хлеб", unit: { code: "0" }, price: amount, quantity: "1", vatRate: "VAT10" }],
    payments: [{ type: "cash", amount }],
  } as unknown as TReceiptPayload;
  const createdAt = o.createdAt ?? NOW;
  const r = computeReceipt(payload, {
    country: "RU",
    localDate: localDate(createdAt, "Europe/Moscow"),
    vatRates: DEFAULT_VAT_RATES,
  });
  if (!r.ok) throw new Error("test receipt does not price");
  return {
    op: "receipt",
    clientDocId: "c1",
    requestHash: "h1",
    createdAt,
    deviceSeq: null,
    prevHash: null,
    offline: false,
    autonomousSign: null,
    cashier: { membershipId: CASHIER, name: "Кассир", operationLimit: null },
    receipt: { payload, computed: r.receipt, refusal: null },
    ...o,
  };
};

const input = (cmd: Command, j: JournalRow = journal(), lookups: PlanInput["lookups"] = {}): PlanInput => ({
  cb: cashbox,
  cmd,
  journal: j,
  lookups,
  key: Buffer.alloc(32, 7),
  now: NOW,
  vatRates: DEFAULT_VAT_RATES,
  ids: { document: "44444444-4444-4444-8444-444444444444", shift: "55555555-5555-4555-8555-555555555555" },
});

const planned = (r: Result<DocumentPlan>): DocumentPlan => {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.refusal)}`);
  return r.value;
};
const refusalCode = (r: Result<DocumentPlan>) =>
  r.ok ? null : r.refusal.kind === "error" ? r.refusal.error.code : r.refusal.kind;

describe("plan", () => {
  it("a first sale opens shift 1, numbers the document and moves the journal cursor", () => {
    const p = planned(plan(input(saleCmd())));
    expect(p.shift).toMatchObject({ number: 1, isNew: true });
    expect(p.after).toMatchObject({
      lastNumber: 1,
      lastDeviceSeq: 1n,
      cashInDrawer: 10_000n,
      totalSale: 10_000n,
      shiftDocCount: 1,
    });
    expect(p.after.lastHash).toBe(p.sealed.hash);
    expect(p.document).toMatchObject({ number: 1, deviceSeq: 1, type: "sale", shiftNumber: 1 });
    expect(p.body).toEqual({ document: p.document });
  });

  it("is deterministic: the same input gives the same sign and answer", () => {
    expect(planned(plan(input(saleCmd()))).body).toEqual(planned(plan(input(saleCmd()))).body);
  });

  it("refuses a withdrawal above the drawer, a receipt above the cashier's limit, a gap in the chain", () => {
    const withdrawal: Command = {
      ...saleCmd(),
      op: "cash_operation",
      receipt: undefined,
      cashOperation: { type: "withdrawal", amount: 500 },
    };
    expect(refusalCode(plan(input(withdrawal, journal({ cashInDrawer: 499n }))))).toBe("INSUFFICIENT_CASH");
    expect(refusalCode(plan(input(withdrawal, journal({ cashInDrawer: 500n }))))).toBeNull();
    const limited = saleCmd(10_000, {
      cashier: { membershipId: CASHIER, name: "К", operationLimit: 9_999n },
    });
    expect(refusalCode(plan(input(limited)))).toBe("CASHIER_LIMIT_EXCEEDED");
    const gap = plan(input(saleCmd(100, { deviceSeq: 3 }), journal({ lastDeviceSeq: 1n })));
    expect(gap.ok || gap.refusal.kind !== "error" ? null : gap.refusal.error.details).toEqual({
      expectedSeq: 2,
    });
  });

  it("answers a resent number with its stored document and a different one with INTEGRITY", () => {
    const stored = { clientDocId: "c1", requestHash: "h1", responseStatus: 201, response: { document: {} } };
    const j = journal({ lastDeviceSeq: 5n });
    expect(plan(input(saleCmd(100, { deviceSeq: 4 }), j, { sameSeq: stored }))).toEqual({
      ok: false,
      refusal: { kind: "replay", stored },
    });
    expect(
      refusalCode(plan(input(saleCmd(100, { deviceSeq: 4, clientDocId: "other" }), j, { sameSeq: stored }))),
    ).toBe("integrity");
    expect(refusalCode(plan(input(saleCmd(100, { deviceSeq: 6, prevHash: "x" }), j)))).toBe("integrity");
  });

  it("takes an offline document on a BLOCKED cashbox only when made before the block (14.3)", () => {
    const blockedAt = new Date("2026-06-01T09:00:00Z");
    const j = journal({
      operationalState: "BLOCKED",
      operationalStateAt: blockedAt,
      operationalReason: "долг",
    });
    const offline = (at: string) =>
      saleCmd(100, { offline: true, createdAt: new Date(at), deviceSeq: 1, autonomousSign: "x" });
    const after = plan(input(offline("2026-06-01T09:00:01Z"), j));
    expect(after).toEqual({ ok: false, refusal: { kind: "state", state: "BLOCKED", reason: "долг" } });
    // before the block: past the state gate (then the made-up sign is what fails)
    expect(refusalCode(plan(input(offline("2026-06-01T08:59:59Z"), j)))).toBe("integrity");
    expect(refusalCode(plan(input(saleCmd(), j)))).toBe("state");
  });

  it("refuses an offline document made more than 72 h after the last online contact (20.5)", () => {
    const j = journal({ onlineAt: new Date("2026-05-29T10:00:00Z") });
    const offline = (at: string) =>
      saleCmd(100, { offline: true, createdAt: new Date(at), deviceSeq: 1, autonomousSign: "x" });
    expect(refusalCode(plan(input(offline("2026-06-01T10:00:01Z"), j)))).toBe("OFFLINE_LIMIT_EXCEEDED");
    // at 72 h exactly: past the limit gate (then the made-up sign is what fails)
    expect(refusalCode(plan(input(offline("2026-06-01T10:00:00Z"), j)))).toBe("integrity");
    // online documents and a cashbox whose contact is unknown are not limited
    expect(plan(input(saleCmd(100, { createdAt: new Date("2026-06-01T10:00:01Z") }), j)).ok).toBe(true);
    expect(refusalCode(plan(input(offline("2026-06-01T10:00:01Z"), journal())))).toBe("integrity");
  });

  it("refuses a second shift with the opener's name and an online X-report without a shift", () => {
    const open = journal({
      currentShiftId: "66666666-6666-4666-8666-666666666666",
      currentShiftOpenedAt: NOW,
      lastShiftNumber: 1,
    });
    const shiftOpen: Command = { ...saleCmd(), op: "shift_open", receipt: undefined };
    const r = plan(input(shiftOpen, open, { openShiftBy: "Айдана" }));
    expect(!r.ok && r.refusal.kind === "error" && r.refusal.error.message).toContain("Айдана");
    expect(refusalCode(plan(input({ ...shiftOpen, op: "x_report" })))).toBe("SHIFT_NOT_OPEN");
  });
});

describe("write statement", () => {
  it("keys every statement by the organization and gates every row on the journal cursor", () => {
    const { text, values } = writeStatement(planned(plan(input(saleCmd()))));
    expect(values[0]).toBe(ORG);
    for (const where of text.match(/WHERE[^)]*/g) ?? []) expect(where).toMatch(/"organizationId" = \$1/);
    expect(text).toMatch(/"lastNumber" = \$\d+/);
    for (const cte of ["doc", "lines", "new_shift"])
      expect(text).toMatch(new RegExp(`${cte} AS \\(INSERT[\\s\\S]*?FROM j`));
    expect(text).toMatch(/an_t AS \(SELECT .* FROM j\)/);
  });
});
