import { describe, expect, it } from "vitest";
import { computeReceipt } from "@/lib/fiscal/receipt";
import { localDate } from "@/lib/locale/zone";
import {
  closingCash,
  dayReceipts,
  datesFrom,
  generateDay,
  salesCountFor,
  tradingReceipts,
  type DaySpec,
} from "./generator";
import { DEMO_ITEMS } from "./items";

const spec = (o: Partial<DaySpec> = {}): DaySpec => ({
  cashboxId: "7c1d2f0e-1111-4a4a-8b8b-000000000001",
  country: "RU",
  timeZone: "Europe/Moscow",
  date: "2026-03-06",
  items: DEMO_ITEMS.RU,
  seed: 42,
  ...o,
});

describe("generateDay", () => {
  it("is deterministic for a seed and differs for another", () => {
    expect(JSON.stringify(generateDay(spec()))).toBe(JSON.stringify(generateDay(spec())));
    expect(JSON.stringify(generateDay(spec({ seed: 43 })))).not.toBe(JSON.stringify(generateDay(spec())));
  });

  it("makes a valid day: shift open first, Z last, time ascending, 5–40 sales, drawer never negative", () => {
    for (const country of ["RU", "KZ"] as const) {
      for (const date of datesFrom("2025-12-20", 30)) {
        const s = spec({
          country,
          timeZone: country === "RU" ? "Europe/Moscow" : "Asia/Almaty",
          items: DEMO_ITEMS[country],
          date,
          operationLimit: 5_000_000,
        });
        const ops = generateDay(s);
        expect(ops[0].op).toBe("shift_open");
        expect(ops.at(-1)!.op).toBe("z_report");
        const sales = ops.filter((o) => o.op === "receipt" && o.body.type === "sale").length;
        expect(sales).toBeGreaterThanOrEqual(5);
        expect(sales).toBeLessThanOrEqual(40);
        let drawer = 0;
        const ids = new Set<string>();
        for (const [i, o] of ops.entries()) {
          if (i > 0) expect(o.at.getTime()).toBeGreaterThan(ops[i - 1].at.getTime());
          expect(localDate(o.at, s.timeZone)).toBe(date);
          expect(ids.has(o.body.clientDocId)).toBe(false);
          ids.add(o.body.clientDocId);
          if (o.returnOf) expect(ids.has(o.returnOf)).toBe(true);
          if (o.op === "receipt") {
            const r = computeReceipt(o.body as never, { country, localDate: date });
            expect(r.ok, r.ok ? "" : JSON.stringify({ r, body: o.body })).toBe(true);
            if (r.ok) {
              expect(Number(r.receipt.total)).toBe(o.total);
              expect(Number(r.receipt.total)).toBeLessThanOrEqual(5_000_000);
            }
          }
          drawer = closingCash([o], drawer);
          expect(drawer).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });

  it("has weight items with 3-decimal quantities, all payment kinds, returns and purchases over a month", () => {
    const all = [...datesFrom("2026-02-01", 28)].flatMap((date) => generateDay(spec({ date })));
    const receipts = all.filter((o) => o.op === "receipt");
    const items = receipts.flatMap((o) => o.body.items as { quantity: string }[]);
    expect(items.some((i) => /^\d+\.\d{3}$/.test(i.quantity))).toBe(true);
    const kinds = new Set(
      receipts.map((o) =>
        (o.body.payments as { type: string }[])
          .map((p) => p.type)
          .sort()
          .join("+"),
      ),
    );
    expect([...kinds].sort()).toEqual(expect.arrayContaining(["card", "cash", "card+cash"]));
    expect(receipts.some((o) => o.body.type === "sale_return")).toBe(true);
    expect(receipts.some((o) => o.body.type === "purchase")).toBe(true);
    expect(all.some((o) => o.op === "cash_operation" && o.body.type === "deposit")).toBe(true);
    expect(all.some((o) => o.op === "cash_operation" && o.body.type === "withdrawal")).toBe(true);
    expect(all.some((o) => o.op === "x_report")).toBe(true);
  });

  it("shapes traffic: Friday/Saturday busier than Monday–Tuesday; lunch and evening busier than morning", () => {
    const byWeekday = new Array(7).fill(0);
    const byHour = new Array(24).fill(0);
    for (const date of datesFrom("2026-01-05", 364)) {
      for (const id of ["a", "b", "c"]) {
        const s = spec({ cashboxId: id, date });
        byWeekday[new Date(`${date}T12:00:00Z`).getUTCDay()] += salesCountFor(s);
        for (const r of dayReceipts(s)) byHour[Number(r.at.toISOString().slice(11, 13)) + 3]++;
      }
    }
    expect(byWeekday[5] + byWeekday[6]).toBeGreaterThan((byWeekday[1] + byWeekday[2]) * 1.3);
    expect(byHour[13]).toBeGreaterThan(byHour[9] * 1.5);
    expect(byHour[18]).toBeGreaterThan(byHour[9] * 1.5);
  });

  it("dayReceipts gives the same receipts as generateDay", () => {
    const ops = generateDay(spec()).filter((o) => o.op === "receipt");
    const rs = dayReceipts(spec());
    expect(rs.map((r) => r.clientDocId)).toEqual(ops.map((o) => o.body.clientDocId));
  });
});

describe("tradingReceipts", () => {
  it("yields the same receipts as dayReceipts, day by day, cheaply", () => {
    const cashboxes = ["a", "b"].map((id) => ({
      cashboxId: id,
      country: "KZ" as const,
      timeZone: "Asia/Almaty",
      items: DEMO_ITEMS.KZ,
    }));
    const all = [...tradingReceipts({ cashboxes, from: "2026-01-01", days: 60, seed: 1 })];
    const direct = [...datesFrom("2026-01-01", 60)].flatMap((date) =>
      cashboxes.flatMap((c) => dayReceipts({ ...c, date, seed: 1 }).map((r) => r.clientDocId)),
    );
    expect(all.map((r) => r.clientDocId)).toEqual(direct);
    expect(new Set(all.map((r) => r.clientDocId)).size).toBe(all.length);
  });
});
