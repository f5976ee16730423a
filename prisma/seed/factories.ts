// Test factories: the demo seed, integration tests and e2e fixtures all make data through these.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import {
  fiscalDriveKey,
  putCashboxKey,
  putCashboxToken,
  putMembershipLookup,
  registrationNumberKey,
} from "@/lib/db/lookups";
import { hashPassword } from "@/lib/auth/password";
import { makeTaxId } from "@/lib/validation/tax-id";
import type { Role } from "@/lib/tenant/permissions";
import { normalizeModel, normalizeSerial } from "@/lib/cashboxes/serial";
import type { Country } from "@/lib/locale/country";

let counter = Math.floor(Math.random() * 100_000);
const next = () => ++counter;

export function uniqueSuffix() {
  return randomUUID().slice(0, 8);
}

export async function seedOrganization(
  db: Db,
  opts: {
    name?: string;
    country?: Country;
    kind?: "CLIENT" | "PARTNER" | "PLATFORM";
    legalForm?: string;
    taxId?: string;
  } = {},
) {
  const country = opts.country ?? "RU";
  const legalForm = opts.legalForm ?? (country === "RU" ? "ООО" : "ТОО");
  return db.organization.create({
    data: {
      name: opts.name ?? `${legalForm} «Тест ${uniqueSuffix()}»`,
      kind: opts.kind ?? "CLIENT",
      country,
      legalForm,
      taxId: opts.taxId ?? makeTaxId(country, legalForm, next()),
      timezone: country === "RU" ? "Europe/Moscow" : "Asia/Almaty",
      legalAddress: country === "RU" ? "г. Москва, ул. Тверская, д. 1" : "г. Алматы, пр. Абая, 10",
      email: `org-${uniqueSuffix()}@example.com`,
    },
  });
}

const passwordHashCache = new Map<string, Promise<string>>();
function cachedHash(password: string) {
  if (!passwordHashCache.has(password)) passwordHashCache.set(password, hashPassword(password));
  return passwordHashCache.get(password)!;
}

export async function seedUser(
  db: Db,
  opts: { email?: string; name?: string; password?: string; locale?: string } = {},
) {
  return db.user.create({
    data: {
      email: (opts.email ?? `user-${uniqueSuffix()}@example.com`).toLowerCase(),
      name: opts.name ?? "Тестовый Пользователь",
      passwordHash: await cachedHash(opts.password ?? "password123"),
      locale: opts.locale ?? "ru",
    },
  });
}

export async function seedMembership(
  db: Db,
  opts: { organizationId: string; userId: string; role: Role; pin?: string; operationLimit?: bigint | null },
) {
  const m = await db.membership.create({
    data: {
      organizationId: opts.organizationId,
      userId: opts.userId,
      role: opts.role,
      pinHash: opts.pin ? await cachedHash(opts.pin) : null,
      operationLimit: opts.operationLimit ?? null,
    },
  });
  await putMembershipLookup(db, opts.userId, opts.organizationId);
  return m;
}

/** An organization with one user per role (password "password123"); for tests. */
export async function seedTenant(db: Db, opts: { country?: Country } = {}) {
  const org = await seedOrganization(db, { country: opts.country });
  const users = {} as Record<
    Exclude<Role, "PARTNER_MANAGER" | "PLATFORM_ADMIN">,
    { id: string; email: string }
  >;
  for (const role of ["OWNER", "ADMIN", "ACCOUNTANT", "CASHIER"] as const) {
    const user = await seedUser(db, { email: `${role.toLowerCase()}-${uniqueSuffix()}@example.com` });
    await seedMembership(db, {
      organizationId: org.id,
      userId: user.id,
      role,
      pin: role === "CASHIER" ? "1234" : undefined,
    });
    users[role] = { id: user.id, email: user.email };
  }
  const tradePoint = await seedTradePoint(db, { organizationId: org.id });
  return { org, users, tradePoint };
}

export async function seedTradePoint(
  db: Db,
  opts: { organizationId: string; name?: string; address?: string },
) {
  return db.tradePoint.create({
    data: {
      organizationId: opts.organizationId,
      name: opts.name ?? `Точка ${uniqueSuffix()}`,
      address: opts.address ?? "ул. Центральная, 1",
    },
  });
}

export function hashToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

export async function seedCashbox(
  db: Db,
  opts: {
    organizationId: string;
    tradePointId: string;
    name?: string;
    model?: string;
    serialNumber?: string;
    registrationStatus?: "DRAFT" | "SUBMITTED" | "REGISTERED" | "REFUSED" | "DEREGISTERED";
    operationalState?: "ACTIVE" | "BLOCKED" | "SERVER_BLOCKED" | "OFFLINE_TOO_LONG" | "INTEGRITY";
    operationalReason?: string | null;
    paidUntil?: Date | null;
    /** a KZ cashbox on a third-party ОФД (issue 20.1): its ОФД and «ОФД оплачен до» */
    ofd?: "OWN" | "TRANSTELECOM" | "KAZAKHTELECOM";
    ofdPaidUntil?: Date | null;
    registrationNumber?: string | null;
    fiscalDriveNumber?: string;
    token?: string;
    lastSeenAt?: Date | null;
  },
) {
  const n = next();
  const token = opts.token ?? randomBytes(24).toString("base64url");
  const cashbox = await db.cashbox.create({
    data: {
      organizationId: opts.organizationId,
      tradePointId: opts.tradePointId,
      name: opts.name ?? `Касса ${n}`,
      model: opts.model ?? "АТОЛ 30Ф",
      serialNumber: opts.serialNumber ?? `SN${String(n).padStart(10, "0")}${uniqueSuffix()}`,
      registrationStatus: opts.registrationStatus ?? "DRAFT",
      operationalState: opts.operationalState ?? "ACTIVE",
      operationalReason: opts.operationalReason ?? null,
      paidUntil: opts.paidUntil ?? null,
      ofd: opts.ofd ?? "OWN",
      ofdPaidUntil: opts.ofdPaidUntil ?? null,
      registrationNumber: opts.registrationNumber ?? null,
      fiscalDriveNumber: opts.fiscalDriveNumber ?? `99990789${String(n).padStart(8, "0")}`,
      fiscalDriveModel: "ФН-1.2",
      fiscalDriveMonths: 15,
      fiscalDriveInstalledAt: new Date(),
      tokenHash: hashToken(token),
      tokenIssuedAt: new Date(),
      lastSeenAt: opts.lastSeenAt ?? null,
    },
  });
  // The service-wide serial claim and the first fiscal drive, as createCashbox writes them.
  await db.cashboxSerial.create({
    data: {
      model: normalizeModel(cashbox.model),
      serialNumber: normalizeSerial(cashbox.serialNumber),
      tenantId: cashbox.organizationId,
      cashboxId: cashbox.id,
    },
  });
  // the lookups createCashbox and the registration write (lib/db/lookups.ts)
  await putCashboxToken(db, hashToken(token), cashbox.organizationId, cashbox.id);
  if (cashbox.registrationNumber)
    await putCashboxKey(
      db,
      registrationNumberKey(cashbox.registrationNumber),
      cashbox.organizationId,
      cashbox.id,
    );
  if (cashbox.fiscalDriveNumber) {
    await putCashboxKey(db, fiscalDriveKey(cashbox.fiscalDriveNumber), cashbox.organizationId, cashbox.id);
    await db.fiscalDrive.create({
      data: {
        organizationId: cashbox.organizationId,
        cashboxId: cashbox.id,
        number: cashbox.fiscalDriveNumber,
        model: cashbox.fiscalDriveModel ?? "ФН-1.2",
        validityMonths: cashbox.fiscalDriveMonths ?? 15,
        installedAt: cashbox.fiscalDriveInstalledAt ?? cashbox.createdAt,
      },
    });
  }
  return { cashbox, token };
}

/** A document-flow case with its documents (demo and tests; real ones come from the registration wizard). */
export async function seedRegistrationCase(
  db: Db,
  opts: {
    organizationId: string;
    cashboxId: string;
    kind:
      | "REGISTRATION"
      | "REREGISTRATION_FN"
      | "REREGISTRATION_ADDRESS"
      | "REREGISTRATION_REQUISITES"
      | "DEREGISTRATION";
    status: "DRAFT" | "SUBMITTED" | "ACCEPTED" | "REFUSED" | "CANCELLED";
    reason?: string | null;
    refusalReason?: string | null;
    createdAt?: Date;
    submittedAt?: Date | null;
    answeredAt?: Date | null;
    documents?: {
      kind: "APPLICATION" | "SIGNATURE" | "REGISTRATION_REPORT" | "TAX_RECEIPT" | "TAX_ANSWER";
      fileName: string;
      mimeType: string;
      content: string | Uint8Array;
    }[];
  },
) {
  const created = await db.registrationCase.create({
    data: {
      organizationId: opts.organizationId,
      cashboxId: opts.cashboxId,
      kind: opts.kind,
      status: opts.status,
      reason: opts.reason ?? null,
      refusalReason: opts.refusalReason ?? null,
      createdAt: opts.createdAt ?? new Date(),
      submittedAt: opts.submittedAt ?? null,
      answeredAt: opts.answeredAt ?? null,
    },
  });
  for (const d of opts.documents ?? []) {
    await db.caseDocument.create({
      data: {
        organizationId: opts.organizationId,
        caseId: created.id,
        kind: d.kind,
        fileName: d.fileName,
        mimeType: d.mimeType,
        content: Uint8Array.from(typeof d.content === "string" ? Buffer.from(d.content, "utf8") : d.content),
        createdAt: opts.submittedAt ?? opts.createdAt ?? new Date(),
      },
    });
  }
  return created;
}

/** A batch of activation codes for a catalog product (code "OFD-12" …) owned by an organization. */
export async function seedActivationCodes(
  db: Db,
  opts: { organizationId: string; productCode?: string; quantity?: number; note?: string },
) {
  const { mintCodes } = await import("@/lib/codes/mint-codes");
  const product = await db.product.findUniqueOrThrow({
    where: { code: opts.productCode ?? "OFD-12" },
    select: { id: true, months: true },
  });
  return db.$transaction((tx) =>
    mintCodes(tx, {
      organizationId: opts.organizationId,
      productId: product.id,
      months: product.months ?? 12,
      quantity: opts.quantity ?? 1,
      note: opts.note ?? "",
    }),
  );
}
