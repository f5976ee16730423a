// «Ставки НДС» (/admin/vat-rates): PLATFORM_ADMIN keeps the VatRate reference table — every rate of
// a country with its period — that documents are checked against (lib/device/vat-rates.ts, cached
// for a minute per process) and that the item form offers (lib/nomenclature/vat-rates.ts). A rate
// applies to documents of its days only, so a change of rate is a new code from a date and the end
// of the old one the day before; nothing that already applied is rewritten:
//   - a new rate starts today or later;
//   - a rate ends on a day not yet past (and not before it starts);
//   - only a rate that has not started may be deleted.
// "Today" is the administrator's local date. Every change is in the journal.
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { localDate } from "@/lib/locale/zone";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { Country } from "@/lib/locale/country";
import {
  percentToBasisPoints,
  type TDeleteVatRateInput,
  type TEndVatRateInput,
  type TVatRateInput,
} from "./vat-admin-schemas";

export type VatRateStatus = "active" | "scheduled" | "ended";

export interface AdminVatRate {
  id: string;
  country: Country;
  code: string;
  name: string;
  rateBasisPoints: number | null;
  validFrom: string;
  validTo: string | null;
  status: VatRateStatus;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export function vatRateStatus(validFrom: string, validTo: string | null, today: string): VatRateStatus {
  if (validFrom > today) return "scheduled";
  if (validTo !== null && validTo < today) return "ended";
  return "active";
}

const fieldError = (field: string, key: string) =>
  new AppError("VALIDATION_FAILED", { field, messageKey: `nomenclature.vatAdmin.v.${key}` });

/** Every rate of both countries (history included): in force first, then scheduled, then ended. */
export async function adminListVatRates(ctx: TenantContext, now = new Date()): Promise<AdminVatRate[]> {
  assertCan(ctx, "platform.admin");
  const today = localDate(now, ctx.timezone);
  const rows = await db.vatRate.findMany();
  const rank: Record<VatRateStatus, number> = { active: 0, scheduled: 1, ended: 2 };
  return rows
    .map((r) => {
      const validFrom = day(r.validFrom);
      const validTo = r.validTo ? day(r.validTo) : null;
      return {
        id: r.id,
        country: r.country,
        code: r.code,
        name: r.name,
        rateBasisPoints: r.rateBasisPoints,
        validFrom,
        validTo,
        status: vatRateStatus(validFrom, validTo, today),
      };
    })
    .sort(
      (a, b) =>
        a.country.localeCompare(b.country) ||
        rank[a.status] - rank[b.status] ||
        b.validFrom.localeCompare(a.validFrom) ||
        a.code.localeCompare(b.code),
    );
}

export async function adminAddVatRate(ctx: TenantContext, input: TVatRateInput, now = new Date()) {
  assertCan(ctx, "platform.admin");
  const today = localDate(now, ctx.timezone);
  if (input.validFrom < today) throw fieldError("validFrom", "fromPast");
  const basisPoints = input.kind === "none" ? null : percentToBasisPoints(input.rate);
  return db.$transaction(async (tx) => {
    const taken = await tx.vatRate.findUnique({
      where: { country_code: { country: input.country, code: input.code } },
      select: { id: true },
    });
    if (taken) throw fieldError("code", "codeTaken");
    const last = await tx.vatRate.aggregate({ where: { country: input.country }, _max: { sortOrder: true } });
    const row = await tx.vatRate.create({
      data: {
        country: input.country,
        code: input.code,
        name: input.name,
        rateBasisPoints: basisPoints,
        validFrom: new Date(`${input.validFrom}T00:00:00Z`),
        validTo: input.validTo ? new Date(`${input.validTo}T00:00:00Z`) : null,
        sortOrder: (last._max.sortOrder ?? 0) + 1,
      },
    });
    await audit(tx, ctx, {
      action: "vatRate.create",
      objectType: "vatRate",
      objectId: row.id,
      details: {
        country: input.country,
        code: input.code,
        rate: basisPoints === null ? null : basisPoints / 100,
        validFrom: input.validFrom,
        validTo: input.validTo || null,
      },
    });
    return row.id;
  });
}

export async function adminEndVatRate(ctx: TenantContext, input: TEndVatRateInput, now = new Date()) {
  assertCan(ctx, "platform.admin");
  const today = localDate(now, ctx.timezone);
  await db.$transaction(async (tx) => {
    const row = await tx.vatRate.findUnique({ where: { id: input.id } });
    if (!row) throw new AppError("NOT_FOUND");
    const validFrom = day(row.validFrom);
    if (row.validTo && day(row.validTo) < today) throw fieldError("validTo", "alreadyEnded");
    if (input.validTo < today) throw fieldError("validTo", "toPast");
    if (input.validTo < validFrom) throw fieldError("validTo", "toBeforeFrom");
    await tx.vatRate.update({
      where: { id: row.id },
      data: { validTo: new Date(`${input.validTo}T00:00:00Z`) },
    });
    await audit(tx, ctx, {
      action: "vatRate.end",
      objectType: "vatRate",
      objectId: row.id,
      details: { country: row.country, code: row.code, validTo: input.validTo },
    });
  });
}

export async function adminDeleteVatRate(ctx: TenantContext, input: TDeleteVatRateInput, now = new Date()) {
  assertCan(ctx, "platform.admin");
  const today = localDate(now, ctx.timezone);
  await db.$transaction(async (tx) => {
    const row = await tx.vatRate.findUnique({ where: { id: input.id } });
    if (!row) throw new AppError("NOT_FOUND");
    if (day(row.validFrom) <= today) throw fieldError("id", "started");
    await tx.vatRate.delete({ where: { id: row.id } });
    await audit(tx, ctx, {
      action: "vatRate.delete",
      objectType: "vatRate",
      objectId: row.id,
      details: { country: row.country, code: row.code, validFrom: day(row.validFrom) },
    });
  });
}
