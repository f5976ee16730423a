// The demo a fresh `npm start` shows: organizations in both countries, a partner with clients,
// a user for every role, trade points and cashboxes in every status.
import type { Db } from "@/lib/db/client";
import { encryptDeviceKey, generateDeviceKey } from "@/lib/cashboxes/device-key";
import { seedCashbox, seedMembership, seedOrganization, seedTradePoint, seedUser } from "./factories";
import { seedDemoNomenclature } from "./nomenclature";
import { seedDemoCases } from "./demo-cases";
import { seedDemoMarket } from "./demo-market";
import { seedDemoTrading } from "./demo-receipts";
import { seedDemoCheckReceipts } from "./demo-check-receipts";
import { seedDemoStock } from "./demo-stock";

export const DEMO_PASSWORD = "demo12345";

export interface DemoDevice {
  cashboxId: string;
  name: string;
  /** the device API bearer token (stored hashed; only known here, at seeding) */
  token: string;
  /** the cashbox HMAC key for offline signing, base64url */
  key: string;
  cashierPin: string;
}

export const DEMO_LOGINS = [
  { email: "owner@kassa.demo", role: "OWNER", note: "ООО «Ромашка» (RU) и ТОО «Алма Трейд» (KZ)" },
  { email: "manager@kassa.demo", role: "ADMIN", note: "ООО «Ромашка»" },
  { email: "accountant@kassa.demo", role: "ACCOUNTANT", note: "ООО «Ромашка» и ТОО «Алма Трейд»" },
  { email: "cashier@kassa.demo", role: "CASHIER", note: "ООО «Ромашка», PIN 1234" },
  { email: "partner@kassa.demo", role: "PARTNER_MANAGER", note: "ТОО «Партнёр Сервис»" },
  { email: "admin@kassa.demo", role: "PLATFORM_ADMIN", note: "оператор сервиса" },
] as const;

const DAY = 24 * 60 * 60 * 1000;

export async function isDatabaseEmpty(db: Db) {
  return (await db.user.count()) === 0;
}

export async function seedDemo(db: Db, now = new Date()) {
  const days = (n: number) => new Date(now.getTime() + n * DAY);
  const users = Object.fromEntries(
    await Promise.all(
      [
        ["owner", "Ирина Соколова"],
        ["manager", "Павел Орлов"],
        ["accountant", "Гульнара Ахметова"],
        ["cashier", "Анна Кузнецова"],
        ["partner", "Ерлан Жумабаев"],
        ["admin", "Служба поддержки"],
        ["saparova", "Айгерим Сапарова"],
      ].map(async ([key, name]) => [
        key,
        await seedUser(db, { email: `${key}@kassa.demo`, name, password: DEMO_PASSWORD }),
      ]),
    ),
  );

  const platform = await seedOrganization(db, {
    name: "Касса Кабинет (оператор)",
    country: "RU",
    kind: "PLATFORM",
  });
  await seedMembership(db, { organizationId: platform.id, userId: users.admin.id, role: "PLATFORM_ADMIN" });

  const ru = await seedOrganization(db, {
    name: "ООО «Ромашка»",
    country: "RU",
    legalForm: "ООО",
    taxId: "7707083893",
  });
  await db.organization.update({
    where: { id: ru.id },
    data: {
      kpp: "770701001",
      phone: "+7 495 123-45-67",
      bankName: "ПАО Сбербанк",
      bankAccount: "40702810938000012345",
      bankCode: "044525225",
    },
  });
  const kz = await seedOrganization(db, {
    name: "ТОО «Алма Трейд»",
    country: "KZ",
    legalForm: "ТОО",
    taxId: "000740001307",
  });
  const partner = await seedOrganization(db, {
    name: "ТОО «Партнёр Сервис»",
    country: "KZ",
    kind: "PARTNER",
  });
  const ip = await seedOrganization(db, { name: "ИП Сапарова А.", country: "KZ", legalForm: "ИП" });
  // «Каталог партнёров»: the KZ partner lists itself; a RU partner (no demo login) too
  await db.organization.update({
    where: { id: partner.id },
    data: {
      directoryListed: true,
      city: "Алматы",
      phone: "+7 727 355-10-10",
      email: "sales@partner-service.kz",
      website: "https://partner-service.kz",
      about: "Коды продления и ОФД, подключение и обучение кассиров. Пн–Сб 9:00–19:00.",
    },
  });
  const ruPartner = await seedOrganization(db, { name: "ООО «КассаСервис»", country: "RU", kind: "PARTNER" });
  await db.organization.update({
    where: { id: ruPartner.id },
    data: {
      directoryListed: true,
      city: "Москва",
      phone: "+7 495 120-45-67",
      email: "info@kassaservice.ru",
      about: "Продление касс кодами, регистрация в ФНС, выезд к клиенту по Москве и области.",
    },
  });

  await seedMembership(db, { organizationId: ru.id, userId: users.owner.id, role: "OWNER" });
  await seedMembership(db, { organizationId: kz.id, userId: users.owner.id, role: "OWNER" });
  await seedMembership(db, { organizationId: ru.id, userId: users.manager.id, role: "ADMIN" });
  await seedMembership(db, { organizationId: ru.id, userId: users.accountant.id, role: "ACCOUNTANT" });
  await seedMembership(db, { organizationId: kz.id, userId: users.accountant.id, role: "ACCOUNTANT" });
  const ruCashier = await seedMembership(db, {
    organizationId: ru.id,
    userId: users.cashier.id,
    role: "CASHIER",
    pin: "1234",
    operationLimit: 5_000_000n,
  });
  // The cashier of ТОО «Алма Трейд»'s registers (no sign-in of its own in the logins table): the
  // demo's trading history there is hers.
  const kzCashierUser = await seedUser(db, {
    email: "kassir.almaty@kassa.demo",
    name: "Айдана Нурланова",
    password: DEMO_PASSWORD,
  });
  const kzCashier = await seedMembership(db, {
    organizationId: kz.id,
    userId: kzCashierUser.id,
    role: "CASHIER",
    pin: "1234",
    operationLimit: 50_000_000n,
  });
  await seedMembership(db, { organizationId: partner.id, userId: users.partner.id, role: "PARTNER_MANAGER" });
  await seedMembership(db, { organizationId: ip.id, userId: users.saparova.id, role: "OWNER" });
  // A cashier of an organization no demo login belongs to: the security walk's foreign member id.
  const ipCashier = await seedUser(db, {
    email: "kassir.butik@kassa.demo",
    name: "Дана Омарова",
    password: DEMO_PASSWORD,
  });
  await seedMembership(db, {
    organizationId: ip.id,
    userId: ipCashier.id,
    role: "CASHIER",
    pin: "4321",
    operationLimit: 20_000_000n,
  });
  for (const client of [kz, ip]) {
    await db.partnerLink.create({ data: { organizationId: client.id, partnerOrganizationId: partner.id } });
  }

  const ruPoints = [
    await seedTradePoint(db, {
      organizationId: ru.id,
      name: "Магазин на Тверской",
      address: "г. Москва, ул. Тверская, д. 7",
    }),
    await seedTradePoint(db, {
      organizationId: ru.id,
      name: "Кофейня на Арбате",
      address: "г. Москва, ул. Арбат, д. 24",
    }),
  ];
  const kzPoints = [
    await seedTradePoint(db, {
      organizationId: kz.id,
      name: "Магазин «Достык»",
      address: "г. Алматы, пр. Достык, 50",
    }),
    await seedTradePoint(db, {
      organizationId: kz.id,
      name: "Киоск «Мега»",
      address: "г. Алматы, ул. Розыбакиева, 247А",
    }),
  ];
  const ipPoint = await seedTradePoint(db, {
    organizationId: ip.id,
    name: "Бутик",
    address: "г. Астана, ул. Кенесары, 40",
  });

  type Spec = Omit<Parameters<typeof seedCashbox>[1], "organizationId" | "tradePointId">;
  const ruSpecs: Spec[] = [
    {
      name: "Касса 1 (зал)",
      registrationStatus: "REGISTERED",
      paidUntil: days(200),
      registrationNumber: "0000123456789012",
      lastSeenAt: now,
    },
    {
      name: "Касса 2 (зал)",
      registrationStatus: "REGISTERED",
      paidUntil: days(18),
      registrationNumber: "0000123456789029",
      lastSeenAt: now,
    },
    {
      name: "Касса 3 (склад)",
      registrationStatus: "REGISTERED",
      paidUntil: days(-5),
      registrationNumber: "0000123456789036",
      lastSeenAt: days(-2),
    },
    { name: "Касса 4 (новая)", registrationStatus: "DRAFT" },
    { name: "Касса 5", registrationStatus: "SUBMITTED" },
    { name: "Касса 6", registrationStatus: "REFUSED" },
    { name: "Касса 7 (старая)", registrationStatus: "DEREGISTERED", registrationNumber: "0000123456789043" },
    {
      name: "Касса 8 (бар)",
      registrationStatus: "REGISTERED",
      paidUntil: days(90),
      registrationNumber: "0000123456789050",
      operationalState: "BLOCKED",
      operationalReason: "Заблокирована владельцем: инвентаризация",
    },
    {
      name: "Касса 9 (летняя веранда)",
      registrationStatus: "REGISTERED",
      paidUntil: days(120),
      registrationNumber: "0000123456789067",
      operationalState: "OFFLINE_TOO_LONG",
      lastSeenAt: days(-4),
    },
  ];
  let device: DemoDevice | null = null;
  const trading: { cashboxId: string; organizationId: string; cashierId: string; volume?: number }[] = [];
  for (const [i, spec] of ruSpecs.entries()) {
    const { cashbox, token } = await seedCashbox(db, {
      organizationId: ru.id,
      tradePointId: ruPoints[i % 2].id,
      model: i % 2 ? "Эвотор 7.3" : "АТОЛ 30Ф",
      ...spec,
    });
    if (i < 2)
      trading.push({
        cashboxId: cashbox.id,
        organizationId: cashbox.organizationId,
        cashierId: ruCashier.id,
        volume: i === 0 ? 0.45 : 0.3,
      });
    if (i === 0) {
      // The registered, paid cashbox `npm start` prints credentials for (token, key, cashier PIN).
      const key = generateDeviceKey();
      await db.cashbox.update({
        where: { organizationId_id: { organizationId: cashbox.organizationId, id: cashbox.id } },
        data: { deviceKeyEnc: encryptDeviceKey(key, cashbox.id) },
      });
      device = {
        cashboxId: cashbox.id,
        name: cashbox.name,
        token,
        key: key.toString("base64url"),
        cashierPin: "1234",
      };
    }
  }
  const kzSpecs: Spec[] = [
    {
      name: "ККМ 1",
      registrationStatus: "REGISTERED",
      paidUntil: days(300),
      registrationNumber: "010203040506",
      lastSeenAt: now,
    },
    {
      name: "ККМ 2",
      registrationStatus: "REGISTERED",
      paidUntil: days(7),
      registrationNumber: "010203040507",
      lastSeenAt: now,
    },
    {
      name: "ККМ 3",
      registrationStatus: "REGISTERED",
      paidUntil: days(-40),
      registrationNumber: "010203040508",
    },
    { name: "ККМ 4", registrationStatus: "DRAFT" },
    {
      name: "ККМ 5",
      registrationStatus: "REGISTERED",
      paidUntil: days(60),
      registrationNumber: "010203040509",
      operationalState: "SERVER_BLOCKED",
      operationalReason: "Проверка по обращению КГД",
    },
    {
      name: "ККМ 6",
      registrationStatus: "REGISTERED",
      paidUntil: days(60),
      registrationNumber: "010203040510",
      operationalState: "INTEGRITY",
      operationalReason: "Повтор номера документа 1042 с другим содержимым",
    },
  ];
  for (const [i, spec] of kzSpecs.entries()) {
    const { cashbox } = await seedCashbox(db, {
      organizationId: kz.id,
      tradePointId: kzPoints[i % 2].id,
      model: "Webkassa Cloud",
      ...spec,
    });
    if (i < 2)
      trading.push({
        cashboxId: cashbox.id,
        organizationId: cashbox.organizationId,
        cashierId: kzCashier.id,
        volume: i === 0 ? 0.4 : 0.3,
      });
  }
  // A KZ cashbox served by a third-party ОФД, not yet registered: «Продолжить» opens the three
  // steps on ОФД Транстелеком's site and the activation with РНМ / ИНК ОФД (docs/registration.md).
  {
    const { cashbox } = await seedCashbox(db, {
      organizationId: kz.id,
      tradePointId: kzPoints[0].id,
      name: "ККМ 7 (ОФД Транстелеком)",
      model: "Webkassa POS",
      registrationStatus: "DRAFT",
    });
    await db.fiscalDrive.deleteMany({ where: { organizationId: kz.id, cashboxId: cashbox.id } });
    await db.cashbox.update({
      where: { organizationId_id: { organizationId: cashbox.organizationId, id: cashbox.id } },
      data: {
        ofd: "TRANSTELECOM",
        fiscalDriveNumber: null,
        fiscalDriveModel: null,
        fiscalDriveMonths: null,
        fiscalDriveInstalledAt: null,
      },
    });
  }
  // Registered KZ cashboxes on a third-party ОФД have two periods (docs/product.md §4): this
  // service's tariff («Тариф оплачен до», codes) and the ОФД's («ОФД оплачен до», the owner's date).
  // ККМ 8: the tariff is paid for long, the ОФД runs out in 5 days — «Истекает оплата ОФД».
  // ККМ 9: the ОФД is paid, the tariff ran out 3 days ago — «Не оплачена» (blocked after the grace).
  for (const spec of [
    {
      name: "ККМ 8 (ОФД Казахтелеком)",
      ofd: "KAZAKHTELECOM" as const,
      paidUntil: days(200),
      ofdPaidUntil: days(5),
      registrationNumber: "010203040511",
      inkOfd: "KT-000000451",
    },
    {
      name: "ККМ 9 (ОФД Транстелеком)",
      ofd: "TRANSTELECOM" as const,
      paidUntil: days(-3),
      ofdPaidUntil: days(120),
      registrationNumber: "010203040512",
      inkOfd: "TT-000000452",
    },
  ]) {
    const { inkOfd, ...rest } = spec;
    const { cashbox } = await seedCashbox(db, {
      organizationId: kz.id,
      tradePointId: kzPoints[1].id,
      model: "Webkassa POS",
      registrationStatus: "REGISTERED",
      ...rest,
    });
    await db.fiscalDrive.deleteMany({ where: { organizationId: kz.id, cashboxId: cashbox.id } });
    await db.cashbox.update({
      where: { organizationId_id: { organizationId: cashbox.organizationId, id: cashbox.id } },
      data: {
        inkOfd,
        fiscalDriveNumber: null,
        fiscalDriveModel: null,
        fiscalDriveMonths: null,
        fiscalDriveInstalledAt: null,
      },
    });
  }
  await seedCashbox(db, {
    organizationId: ip.id,
    tradePointId: ipPoint.id,
    name: "ККМ бутика",
    registrationStatus: "REGISTERED",
    paidUntil: days(-3),
    registrationNumber: "010203040599",
    model: "Webkassa Cloud",
  });

  await seedDemoCases(db, [ru, kz, ip], now);

  await seedDemoNomenclature(
    db,
    { ru, kz, ip },
    { ru: users.owner.id, kz: users.owner.id, ip: users.saparova.id },
    now,
  );

  await seedDemoMarket(
    db,
    { ru, kz, ip, partner },
    { owner: users.owner.id, saparova: users.saparova.id, admin: users.admin.id },
    now,
  );

  // A year (KASSA_DEMO_DAYS) of receipts on the registered, paid cashboxes, through the device API's
  // own code path; «Касса 2 (зал)» spends a day offline three weeks ago and uploads it as a batch.
  await seedDemoTrading(db, trading, { now, offline: { cashboxId: trading[1].cashboxId, daysAgo: 21 } });
  // ИП Сапарова А. has no trading history: a few receipts for the public check and the security walk
  await seedDemoCheckReceipts(db, ip.id, now);
  await seedDemoStock(db, [ru, ip], now);

  return { ru, kz, partner, ip, platform, device: device! };
}
