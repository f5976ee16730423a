// GET /api/device/v1/receipts (issue 20.4): a cashbox's documents for a terminal that did not make
// them — filters, the cursor, the cashbox scope, validation, and what is left to return of a sale
// after partial returns from this and another cashbox (a cancelled return gives its part back).
// Every answer is checked against the served OpenAPI document by the harness.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCashbox } from "@/prisma/seed/factories";
import { DeviceApi, type Json } from "./device-harness";
import { deviceFixture, type DeviceFixture } from "./device-fixture";
import { db } from "./helpers";

const api = new DeviceApi();

beforeAll(async () => {
  await api.start();
}, 900_000);

afterAll(async () => {
  await api.stop();
});

interface Box {
  token: string;
  session: string;
  cashboxId: string;
}

async function signIn(token: string): Promise<string> {
  const r = await api.call("POST", "/session", { token, body: { pin: "1234" } });
  expect(r.status).toBe(201);
  return r.body.sessionToken;
}

async function box(f: DeviceFixture): Promise<Box> {
  return { token: f.token, session: await signIn(f.token), cashboxId: f.cashboxId };
}

/** Another cashbox of the same organization. */
async function sibling(f: DeviceFixture): Promise<Box> {
  const t = await db().cashbox.findUniqueOrThrow({
    where: { organizationId_id: { organizationId: f.orgId, id: f.cashboxId } },
  });
  const s = await seedCashbox(db(), {
    organizationId: f.orgId,
    tradePointId: t.tradePointId,
    registrationStatus: "REGISTERED",
    paidUntil: new Date(Date.now() + 365 * 86400_000),
  });
  return { token: s.token, session: await signIn(s.token), cashboxId: s.cashbox.id };
}

const line = (name: string, price: number, quantity: string, o: Record<string, unknown> = {}) => ({
  name,
  unit: { code: "0" },
  price,
  quantity,
  vatRate: "VAT10",
  ...o,
});

async function receipt(
  b: Box,
  type: string,
  items: Json[],
  o: Record<string, unknown> = {},
  pay: "cash" | "card" = "cash",
) {
  const total = items.reduce(
    (s, i) => s + Math.round((i.price * Number(i.quantity) * 1000) / 1000) - (i.discount ?? 0),
    0,
  );
  const r = await api.call("POST", "/receipts", {
    token: b.token,
    session: b.session,
    body: {
      clientDocId: randomUUID(),
      createdAt: new Date().toISOString(),
      type,
      items,
      payments: [{ type: pay, amount: total }],
      ...o,
    },
  });
  return r;
}

const list = (b: Box, query = "") =>
  api.call("GET", `/receipts${query ? `?${query}` : ""}`, { token: b.token, session: b.session });

describe("GET /receipts", () => {
  it("lists the cashbox's documents newest first, filtered by number, sign, kind, total and time", async () => {
    const f = await deviceFixture();
    const a = await box(f);
    const opened = await api.call("POST", "/shifts", {
      token: a.token,
      session: a.session,
      body: { clientDocId: randomUUID(), createdAt: new Date().toISOString() },
    });
    expect(opened.status).toBe(201);
    const sold: Json[] = [];
    for (const price of [1000, 2500, 1000]) {
      const r = await receipt(a, "sale", [line("Хлеб", price, "1")]);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      sold.push(r.body.document);
    }
    const bought = await receipt(a, "purchase", [line("Мука", 700, "2")]);
    expect(bought.status).toBe(201);

    const all = await list(a);
    expect(all.status).toBe(200);
    // every kind of document of the cashbox, the shift's opening too
    expect(all.body.receipts.map((r: Json) => r.type)).toEqual([
      "purchase",
      "sale",
      "sale",
      "sale",
      "shift_open",
    ]);
    const numbers = all.body.receipts.map((r: Json) => r.number);
    expect(numbers).toEqual([...numbers].sort((x, y) => y - x));
    expect(all.body.nextCursor).toBeNull();
    const first = all.body.receipts.find((r: Json) => r.id === sold[0].id);
    expect(first).toMatchObject({
      clientDocId: sold[0].clientDocId,
      number: sold[0].number,
      fiscalSign: sold[0].fiscalSign,
      total: 1000,
      cash: 1000,
      card: 0,
      cancelled: false,
      returnBasisId: null,
      returnedTotal: 0,
      remainingTotal: 1000,
      items: [
        {
          lineNo: 1,
          name: "Хлеб",
          price: 1000,
          quantity: "1.000",
          returnedQuantity: "0.000",
          remainingQuantity: "1.000",
        },
      ],
    });

    const byNumber = await list(a, `number=${sold[1].number}`);
    expect(byNumber.body.receipts.map((r: Json) => r.id)).toEqual([sold[1].id]);
    const bySign = await list(a, `fiscalSign=${Number(sold[2].fiscalSign)}`);
    expect(bySign.body.receipts.map((r: Json) => r.id)).toEqual([sold[2].id]);
    const byTotal = await list(a, "total=1000&type=sale");
    expect(byTotal.body.receipts.map((r: Json) => r.id)).toEqual([sold[2].id, sold[0].id]);
    const kinds = await list(a, "type=purchase,shift_open");
    expect(kinds.body.receipts.map((r: Json) => r.type)).toEqual(["purchase", "shift_open"]);
    expect(kinds.body.receipts[0].items[0]).toMatchObject({ quantity: "2.000", remainingQuantity: "2.000" });

    // the period is inclusive at both ends
    const at = (d: Json) => encodeURIComponent(d.createdAt);
    const period = await list(a, `from=${at(sold[1])}&to=${at(sold[2])}&type=sale`);
    expect(period.body.receipts.map((r: Json) => r.id)).toEqual([sold[2].id, sold[1].id]);
    const later = await list(a, `from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`);
    expect(later.body).toEqual({ receipts: [], nextCursor: null });
    const nothing = await list(a, "number=999999");
    expect(nothing.body.receipts).toEqual([]);
  });

  it("pages by a stable cursor: every document once, none skipped when new ones arrive", async () => {
    const f = await deviceFixture();
    const a = await box(f);
    for (let i = 0; i < 5; i++)
      expect((await receipt(a, "sale", [line("Вода", 100 + i, "1")])).status).toBe(201);
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const r = await list(a, `limit=2${cursor ? `&before=${cursor}` : ""}`);
      expect(r.status).toBe(200);
      expect(r.body.receipts.length).toBeLessThanOrEqual(2);
      seen.push(...r.body.receipts.map((x: Json) => x.number));
      cursor = r.body.nextCursor;
      pages++;
      // a sale made while paging does not shift the pages already being read
      if (pages === 1) expect((await receipt(a, "sale", [line("Вода", 999, "1")])).status).toBe(201);
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([5, 4, 3, 2, 1]);
    const top = await list(a, "limit=1");
    expect(top.body.receipts[0]).toMatchObject({ number: 6, total: 999 });
    expect(top.body.nextCursor).toBe("6");
  });

  it("counts every earlier return, from any cashbox, in what is left of a sale", async () => {
    const f = await deviceFixture();
    const a = await box(f);
    const b = await sibling(f);
    const soldR = await receipt(a, "sale", [
      line("Молоко", 9000, "3"),
      line("Сыр", 40000, "0.500", { unit: { code: "11" } }),
      line("Молоко", 9000, "1", { discount: 500 }),
    ]);
    expect(soldR.status, JSON.stringify(soldR.body)).toBe(201);
    const sold = soldR.body.document;
    const basis = { returnBasis: { receiptId: sold.id } };
    // one milk back at this cashbox, 0.2 kg of cheese and two more milks at another one
    expect((await receipt(a, "sale_return", [line("Молоко", 9000, "1")], basis)).status).toBe(201);
    // (by card: cashbox B has no cash in its drawer)
    const cheese = await receipt(
      b,
      "sale_return",
      [line("Сыр", 40000, "0.200", { unit: { code: "11" } })],
      basis,
      "card",
    );
    expect(cheese.status, JSON.stringify(cheese.body)).toBe(201);
    expect((await receipt(b, "sale_return", [line("Молоко", 9000, "2")], basis, "card")).status).toBe(201);

    const state = async () => (await list(a, `number=${sold.number}`)).body.receipts[0];
    let s = await state();
    expect(s.returnedTotal).toBe(9000 + 8000 + 18000);
    expect(s.remainingTotal).toBe(sold.total - 35000);
    expect(s.items.map((l: Json) => [l.name, l.quantity, l.returnedQuantity, l.remainingQuantity])).toEqual([
      ["Молоко", "3.000", "3.000", "0.000"],
      ["Сыр", "0.500", "0.200", "0.300"],
      ["Молоко", "1.000", "0.000", "1.000"],
    ]);

    // the return made last at cashbox B is cancelled there: its two milks are returnable again
    const cancelled = await api.call("POST", "/operations/cancel-last", {
      token: b.token,
      session: b.session,
      body: { clientDocId: randomUUID(), createdAt: new Date().toISOString() },
    });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(201);
    s = await state();
    expect(s.returnedTotal).toBe(17000);
    expect(s.items.map((l: Json) => l.remainingQuantity)).toEqual(["2.000", "0.300", "1.000"]);
    // B's own listing shows its cancelled return as cancelled, and never A's sale
    const atB = await list(b, "type=sale_return");
    expect(atB.body.receipts.map((r: Json) => [r.returnBasisId, r.cancelled])).toEqual([
      [sold.id, true],
      [sold.id, false],
    ]);
    expect((await list(b, `number=${sold.number}&type=sale`)).body.receipts).toEqual([]);

    // the server's limit still holds: not more money back than is left of the sale
    const tooMuch = await receipt(a, "sale_return", [line("Молоко", 9000, "5")], basis);
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error.details.reason).toBe("RETURN_EXCEEDS_SALE");
    // everything that is left, returned: nothing remains
    const rest = await receipt(
      a,
      "sale_return",
      [
        line("Молоко", 9000, "2"),
        line("Сыр", 40000, "0.300", { unit: { code: "11" } }),
        line("Молоко", 9000, "1", { discount: 500 }),
      ],
      basis,
    );
    expect(rest.status, JSON.stringify(rest.body)).toBe(201);
    s = await state();
    expect(s.remainingTotal).toBe(0);
    expect(s.items.map((l: Json) => l.remainingQuantity)).toEqual(["0.000", "0.000", "0.000"]);

    // a sale undone by «Отмена последней операции» has nothing left to return
    const again = await receipt(a, "sale", [line("Кефир", 5000, "1")]);
    const undo = await api.call("POST", "/operations/cancel-last", {
      token: a.token,
      session: a.session,
      body: { clientDocId: randomUUID(), createdAt: new Date().toISOString() },
    });
    expect(undo.status).toBe(201);
    const undone = (await list(a, `number=${again.body.document.number}`)).body.receipts[0];
    expect(undone).toMatchObject({ cancelled: true, remainingTotal: 0 });
    expect(undone.items[0].remainingQuantity).toBe("0.000");
  });

  it("never shows one cashbox's documents to another cashbox's token", async () => {
    const f = await deviceFixture();
    const a = await box(f);
    const sold = (await receipt(a, "sale", [line("Хлеб", 3000, "1")])).body.document;
    const sameOrg = await sibling(f);
    const otherOrg = await box(await deviceFixture());
    for (const other of [sameOrg, otherOrg]) {
      expect((await list(other)).body).toEqual({ receipts: [], nextCursor: null });
      for (const q of [`number=${sold.number}`, `fiscalSign=${sold.fiscalSign}`, "total=3000"])
        expect((await list(other, q)).body.receipts).toEqual([]);
    }
    // the other cashbox's own sale is listed to it, and not to A
    const own = (await receipt(sameOrg, "sale", [line("Хлеб", 3000, "1")])).body.document;
    expect((await list(sameOrg)).body.receipts.map((r: Json) => r.id)).toEqual([own.id]);
    expect((await list(a)).body.receipts.map((r: Json) => r.id)).not.toContain(own.id);
    // no token, another token, no cashier session
    const noToken = await api.call("GET", "/receipts", {});
    expect([noToken.status, noToken.body.error.code]).toEqual([401, "CASHBOX_TOKEN_NOT_FOUND"]);
    const noSession = await api.call("GET", "/receipts", { token: a.token });
    expect([noSession.status, noSession.body.error.code]).toEqual([401, "CASHIER_SESSION_INVALID"]);
    const foreignSession = await api.call("GET", "/receipts", { token: a.token, session: otherOrg.session });
    expect(foreignSession.body.error.code).toBe("CASHIER_SESSION_INVALID");
  });

  it("refuses bad query parameters with VALIDATION_FAILED and Russian field messages", async () => {
    const f = await deviceFixture();
    const a = await box(f);
    const cases: [string, string, string][] = [
      ["number=0", "number", "Номер документа: целое число от 1"],
      ["number=abc", "number", "Номер документа: целое число от 1"],
      // beyond PostgreSQL's integer and year 1: refused, not a 500
      ["number=9999999999", "number", "Номер документа: целое число от 1"],
      ["before=2147483648", "before", "Курсор: nextCursor предыдущей страницы"],
      [
        "from=0000-01-01T00:00:00Z",
        "from",
        "Дата и время в формате RFC 3339 с часовым поясом, например 2026-03-01T12:05:00+05:00",
      ],
      ["fiscalSign=12345678901", "fiscalSign", "Фискальный признак: до 10 цифр"],
      [
        "from=2026-03-01",
        "from",
        "Дата и время в формате RFC 3339 с часовым поясом, например 2026-03-01T12:05:00+05:00",
      ],
      ["from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z", "to", "Конец периода раньше его начала"],
      ["total=-5", "total", "Сумма: целое число в копейках/тиынах, не меньше 0"],
      [
        "type=sale,refund",
        "type",
        "Виды документов через запятую: sale, sale_return, purchase, purchase_return, cash_deposit, cash_withdrawal, x_report, z_report, registration_report, shift_open",
      ],
      ["before=x", "before", "Курсор: nextCursor предыдущей страницы"],
      ["limit=0", "limit", "Лимит: от 1 до 100"],
      ["limit=101", "limit", "Лимит: от 1 до 100"],
      ["page=2", "page", "Неизвестное поле"],
    ];
    for (const [query, field, message] of cases) {
      const r = await list(a, query);
      expect(r.status, query).toBe(400);
      expect(r.body.error.code).toBe("VALIDATION_FAILED");
      expect(r.body.error.message).toBe("Некорректные данные запроса");
      expect(r.body.error.details.fields, query).toContainEqual({ field, message });
    }
    for (const ok of [
      "limit=100",
      "number=2147483647",
      "to=9999-12-31T23:59:59%2B14:00",
      "total=9999999999999",
    ])
      expect((await list(a, ok)).status, ok).toBe(200);
  });
});
