// Demo data of issue 9: the partner's code stock (one code handed to a client, one redeemed), the
// clients' own codes and orders (a paid card order, an invoice awaiting payment), and the
// payment reminders a first job run would have produced.
import type { Db } from "@/lib/db/client";
import { CURRENCY_OF } from "@/lib/locale/country";
import { runPaymentReminders } from "@/lib/billing/run-payment-reminders";
import { mintCodes } from "@/lib/codes/mint-codes";
import { includedVat } from "@/lib/market/money";

type Org = { id: string; name: string };

async function product(db: Db, code: string) {
  return db.product.findUniqueOrThrow({
    where: { code },
    select: { id: true, code: true, nameRu: true, kind: true, months: true, prices: true },
  });
}

async function order(
  db: Db,
  org: Org & { country: "RU" | "KZ" },
  userId: string,
  lines: { code: string; quantity: number }[],
  opts: { method: "CARD" | "INVOICE"; paid: boolean; at: Date },
) {
  const products = await Promise.all(lines.map((l) => product(db, l.code)));
  const priced = lines.map((l, i) => {
    const p = products[i];
    const unitPrice = p.prices.find((x) => x.country === org.country)!.amount;
    return { p, quantity: l.quantity, unitPrice, amount: unitPrice * BigInt(l.quantity) };
  });
  const total = priced.reduce((s, l) => s + l.amount, 0n);
  const vat = org.country === "RU" ? 2200 : 1600;
  return db.$transaction(async (tx) => {
    const o = await tx.order.create({
      data: {
        organizationId: org.id,
        status: opts.paid ? "PAID" : "AWAITING_PAYMENT",
        paymentMethod: opts.method,
        currency: CURRENCY_OF[org.country],
        total,
        vatRateBasisPoints: vat,
        vatAmount: includedVat(total, vat),
        createdById: userId,
        createdAt: opts.at,
        paidAt: opts.paid ? new Date(opts.at.getTime() + 60_000) : null,
        lines: {
          create: priced.map((l) => ({
            productId: l.p.id,
            productCode: l.p.code,
            productName: l.p.nameRu,
            kind: l.p.kind,
            months: l.p.months,
            quantity: l.quantity,
            unitPrice: l.unitPrice,
            amount: l.amount,
          })),
        },
      },
      select: { id: true, number: true },
    });
    if (opts.method === "INVOICE")
      await tx.order.updateMany({
        where: { organizationId: org.id, id: o.id },
        data: { invoiceNumber: `КК-${o.number}` },
      });
    await tx.payment.create({
      data: {
        organizationId: org.id,
        orderId: o.id,
        provider: "test",
        providerPaymentId: `tp_demo_${o.number}`,
        method: opts.method,
        status: opts.paid ? "SUCCEEDED" : "PENDING",
        amount: total,
        currency: CURRENCY_OF[org.country],
        createdAt: opts.at,
        completedAt: opts.paid ? new Date(opts.at.getTime() + 60_000) : null,
      },
    });
    if (opts.paid) {
      for (const l of priced) {
        if (l.p.kind === "FISCAL_DRIVE" || !l.p.months) continue;
        await mintCodes(tx, {
          organizationId: org.id,
          productId: l.p.id,
          months: l.p.months,
          quantity: l.quantity,
          orderId: o.id,
          createdById: userId,
          note: `№ ${o.number}`,
        });
      }
    }
    return o;
  });
}

export async function seedDemoMarket(
  db: Db,
  orgs: { ru: Org; kz: Org; ip: Org; partner: Org },
  users: { owner: string; saparova: string; admin: string },
  now: Date,
) {
  const day = (n: number) => new Date(now.getTime() + n * 86_400_000);
  await db.organization.update({
    where: { id: orgs.partner.id },
    data: {
      phone: "+7 727 355-10-20",
      email: "service@partner.kassa.demo",
      legalAddress: "г. Алматы, ул. Сатпаева, 30",
    },
  });

  // The partner's stock, minted by the operator.
  const ofd12 = await product(db, "OFD-12");
  const ofd3 = await product(db, "OFD-3");
  const stock12 = await db.$transaction((tx) =>
    mintCodes(tx, {
      organizationId: orgs.partner.id,
      productId: ofd12.id,
      months: 12,
      quantity: 10,
      createdById: users.admin,
      note: "Партия для дилера",
    }),
  );
  await db.$transaction((tx) =>
    mintCodes(tx, {
      organizationId: orgs.partner.id,
      productId: ofd3.id,
      months: 3,
      quantity: 5,
      createdById: users.admin,
    }),
  );
  // One code handed to ТОО «Алма Трейд».
  await db.activationCode.updateMany({
    where: { organizationId: orgs.partner.id, code: stock12.codes[9] },
    data: { status: "HANDED_TO_CLIENT", handedToOrganizationId: orgs.kz.id, handedAt: day(-2) },
  });

  // Orders: ООО «Ромашка» paid 2 codes by card a month ago and has an invoice awaiting payment;
  // ИП Сапарова paid one by invoice.
  const ru = { ...orgs.ru, country: "RU" as const };
  await order(
    db,
    ru,
    users.owner,
    [
      { code: "OFD-12", quantity: 1 },
      { code: "OFD-6", quantity: 1 },
    ],
    {
      method: "CARD",
      paid: true,
      at: day(-30),
    },
  );
  await order(
    db,
    ru,
    users.owner,
    [
      { code: "OFD-36", quantity: 2 },
      { code: "FN-15", quantity: 1 },
    ],
    {
      method: "INVOICE",
      paid: false,
      at: day(-1),
    },
  ).then((o) =>
    db.order.updateMany({
      where: { organizationId: orgs.ru.id, id: o.id },
      data: { deliveryAddress: "125009, г. Москва, ул. Тверская, д. 7, ООО «Ромашка»" },
    }),
  );
  await order(db, { ...orgs.ip, country: "KZ" }, users.saparova, [{ code: "OFD-1", quantity: 1 }], {
    method: "INVOICE",
    paid: true,
    at: day(-60),
  });

  // What the first run of the reminder job would have put in the bells and the outbox.
  await runPaymentReminders(now);
}
