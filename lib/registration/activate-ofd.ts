// Step 3 «Активация» of a KZ cashbox on a third-party ОФД (docs/registration.md «Сторонний ОФД»):
// the owner enters the РНМ and ИНК ОФД the ОФД assigned and the date the ОФД's service is paid
// until. The cashbox waits (SUBMITTED, «Ожидается отчёт о регистрации») until its registration
// report arrives through the device API and matches (lib/registration/ofd-report.ts); a report
// that already arrived and matches registers it at once. Entering again while waiting corrects
// the data of the same case.
import { putCashboxKey, registrationNumberKey } from "@/lib/db/lookups";
import { audit, diff } from "@/lib/audit/log";
import { lockCashbox } from "@/lib/cashboxes/lock-cashbox";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext, type OrganizationId } from "@/lib/tenant/context";
import { isThirdPartyOfd, reportMismatches, ZActivateOfdInput, type TActivateOfdInput } from "./ofd";
import { reportFileText } from "./ofd-report";
import { findRegistrationReport } from "./report";

export const conflict = (key: string) =>
  new AppError("CONFLICT", { messageKey: `registration.ofd.errors.${key}` });

export function parse<T>(
  schema: {
    safeParse: (
      v: unknown,
    ) =>
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  raw: unknown,
): T {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new AppError("VALIDATION_FAILED", { field: String(issue.path[0] ?? ""), messageKey: issue.message });
}

export async function loadKzCashbox(tx: Tx, organizationId: OrganizationId, cashboxId: string) {
  await lockCashbox(tx, organizationId, cashboxId);
  const cb = await tx.cashbox.findFirstOrThrow({
    where: { organizationId, id: cashboxId },
    select: {
      id: true,
      name: true,
      ofd: true,
      serialNumber: true,
      registrationStatus: true,
      registrationNumber: true,
      inkOfd: true,
      paidUntil: true,
      ofdPaidUntil: true,
      organization: { select: { country: true } },
    },
  });
  return cb;
}

export const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export async function activateOnOfd(ctx: TenantContext, raw: TActivateOfdInput, now = new Date()) {
  assertCan(ctx, "registration.sign");
  const input = parse(ZActivateOfdInput, raw);
  return db.$transaction(async (tx) => {
    const cb = await loadKzCashbox(tx, ctx.organizationId, input.cashboxId);
    if (cb.organization.country !== "KZ" || !isThirdPartyOfd(cb.ofd)) throw conflict("notThirdParty");
    if (cb.registrationStatus === "REGISTERED") throw conflict("alreadyRegistered");
    if (cb.registrationStatus === "DEREGISTERED") throw conflict("deregistered");
    const taken = await tx.cashbox.findFirst({
      where: {
        organizationId: ctx.organizationId,
        registrationNumber: input.registrationNumber,
        id: { not: cb.id },
      },
      select: { id: true },
    });
    // the public check finds the cashbox by this РНМ once the device confirms it (ofd-report.ts)
    if (!taken)
      await putCashboxKey(tx, registrationNumberKey(input.registrationNumber), ctx.organizationId, cb.id);
    if (taken)
      throw new AppError("VALIDATION_FAILED", {
        field: "registrationNumber",
        messageKey: "registration.ofd.v.rnmTaken",
      });

    const open =
      cb.registrationStatus === "SUBMITTED"
        ? await tx.registrationCase.findFirst({
            where: {
              organizationId: ctx.organizationId,
              cashboxId: cb.id,
              kind: "REGISTRATION",
              status: "SUBMITTED",
            },
            orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
            select: { id: true, registrationNumber: true, inkOfd: true },
          })
        : null;
    let caseId: string;
    if (open) {
      await tx.registrationCase.updateMany({
        where: { organizationId: ctx.organizationId, id: open.id, status: "SUBMITTED" },
        data: { registrationNumber: input.registrationNumber, inkOfd: input.inkOfd, submittedAt: now },
      });
      caseId = open.id;
    } else {
      const created = await tx.registrationCase.create({
        data: {
          organizationId: ctx.organizationId,
          cashboxId: cb.id,
          kind: "REGISTRATION",
          status: "SUBMITTED",
          submittedAt: now,
          createdById: ctx.userId,
          registrationNumber: input.registrationNumber,
          inkOfd: input.inkOfd,
        },
        select: { id: true },
      });
      caseId = created.id;
    }
    const activation = [
      `АКТИВАЦИЯ КАССЫ В ${cb.ofd === "TRANSTELECOM" ? "ОФД ТРАНСТЕЛЕКОМ" : "ОФД КАЗАХТЕЛЕКОМ"}`,
      `Касса: ${cb.name}`,
      `Заводской номер: ${cb.serialNumber}`,
      `РНМ: ${input.registrationNumber}`,
      `ИНК ОФД: ${input.inkOfd}`,
      `Оплачено в ОФД до: ${input.paidUntil}`,
      `Введено: ${now.toISOString()}, ${ctx.userEmail}`,
    ].join("\n");
    await tx.caseDocument.create({
      data: {
        organizationId: ctx.organizationId,
        caseId,
        kind: "OFD_ACTIVATION",
        fileName: "ofd-activation.txt",
        mimeType: "text/plain; charset=utf-8",
        content: Uint8Array.from(Buffer.from(activation + "\n", "utf8")),
        createdAt: now,
      },
    });
    // the owner's date is the ОФД period («ОФД оплачен до»); the tariff period is this service's
    const ofdPaidUntil = new Date(`${input.paidUntil}T00:00:00Z`);
    await tx.cashbox.updateMany({
      where: { organizationId: ctx.organizationId, id: cb.id },
      data: { registrationStatus: "SUBMITTED", ofdPaidUntil },
    });
    await audit(tx, ctx, {
      action: "registration.ofd.activate",
      objectType: "cashbox",
      objectId: cb.id,
      details: {
        caseId,
        ofd: cb.ofd,
        registrationNumber: input.registrationNumber,
        inkOfd: input.inkOfd,
        ...(open
          ? { previous: { registrationNumber: open.registrationNumber, inkOfd: open.inkOfd } }
          : { registrationStatus: [cb.registrationStatus, "SUBMITTED"] }),
        ...diff({ ofdPaidUntil: iso(cb.ofdPaidUntil) }, { ofdPaidUntil: input.paidUntil }),
      },
    });

    // The terminal may have printed its report before the owner came back here.
    const report = await findRegistrationReport(tx, ctx.organizationId, cb.id, "registration", null);
    const matches =
      report &&
      reportMismatches(
        { registrationNumber: input.registrationNumber, inkOfd: input.inkOfd, serialNumber: cb.serialNumber },
        report.report,
      ).length === 0;
    if (report && matches) {
      await tx.registrationCase.updateMany({
        where: { organizationId: ctx.organizationId, id: caseId },
        data: { status: "ACCEPTED", answeredAt: now },
      });
      await tx.cashbox.updateMany({
        where: { organizationId: ctx.organizationId, id: cb.id },
        data: {
          registrationStatus: "REGISTERED",
          registrationNumber: input.registrationNumber,
          inkOfd: input.inkOfd,
        },
      });
      await tx.caseDocument.create({
        data: {
          organizationId: ctx.organizationId,
          caseId,
          kind: "REGISTRATION_REPORT",
          fileName: `registration-report-${report.number}.txt`,
          mimeType: "text/plain; charset=utf-8",
          content: Uint8Array.from(
            Buffer.from(
              reportFileText(
                "ОТЧЁТ О РЕГИСТРАЦИИ (совпадает с данными ОФД)",
                report.report,
                report.acceptedAt,
              ),
              "utf8",
            ),
          ),
          createdAt: new Date(now.getTime() + 1),
        },
      });
      await audit(tx, ctx, {
        action: "registration.ofd.confirmed",
        objectType: "cashbox",
        objectId: cb.id,
        details: { caseId, reportNumber: report.number, registrationStatus: ["SUBMITTED", "REGISTERED"] },
      });
    }
    return { caseId, registered: Boolean(report && matches) };
  });
}
