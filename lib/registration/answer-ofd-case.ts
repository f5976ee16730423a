// Third-party ОФД (KZ): re-registration and deregistration are done on the ОФД's site, in three
// steps (docs/registration.md «Перерегистрация и снятие с учёта на стороннем ОФД»): (1) open the
// cashbox on the ОФД's site, (2) enter the new requisites (or the reason) there, (3) record here
// what the ОФД answered. Accepted: the case's change is applied (deregistration: the cashbox is
// DEREGISTERED); refused: the change is dropped and the ОФД's reason is kept on the case.
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { loadKzCashbox, parse } from "./activate-ofd";
import { isThirdPartyOfd, OFD_SITES } from "./ofd";
import { applyAcceptedChanges, dropRefusedChanges, REREGISTRATION_KINDS } from "./requisites";
import { ZOfdCaseAnswerInput, type TOfdCaseAnswerInput } from "./reregistration-schemas";

const conflict = (key: string) => new AppError("CONFLICT", { messageKey: `reregistration.errors.${key}` });

export async function answerOfdCase(ctx: TenantContext, raw: TOfdCaseAnswerInput, now = new Date()) {
  assertCan(ctx, "registration.sign");
  const input = parse(ZOfdCaseAnswerInput, raw);
  return db.$transaction(async (tx) => {
    const cb = await loadKzCashbox(tx, ctx.organizationId, input.cashboxId);
    if (cb.organization.country !== "KZ" || !isThirdPartyOfd(cb.ofd)) throw conflict("notThirdParty");
    if (cb.registrationStatus !== "REGISTERED") throw conflict("notRegistered");
    const open = await tx.registrationCase.findFirst({
      where: {
        organizationId: ctx.organizationId,
        cashboxId: cb.id,
        status: "DRAFT",
        kind: { in: [...REREGISTRATION_KINDS, "DEREGISTRATION"] },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, kind: true, changes: true },
    });
    if (!open) throw conflict("noOpenCase");
    const accepted = input.result === "ACCEPTED";
    await tx.registrationCase.updateMany({
      where: { organizationId: ctx.organizationId, id: open.id, status: "DRAFT" },
      data: {
        status: accepted ? "ACCEPTED" : "REFUSED",
        submittedAt: now,
        answeredAt: now,
        refusalReason: accepted ? null : input.reason,
        registrationNumber: cb.registrationNumber,
        inkOfd: cb.inkOfd,
      },
    });
    let applied: Record<string, unknown> = {};
    if (open.kind === "DEREGISTRATION") {
      if (accepted)
        await tx.cashbox.updateMany({
          where: { organizationId: ctx.organizationId, id: cb.id },
          data: { registrationStatus: "DEREGISTERED" },
        });
    } else if (accepted) {
      applied = await applyAcceptedChanges(tx, ctx.organizationId, cb.id, open.changes);
    } else {
      await dropRefusedChanges(tx, ctx.organizationId, open.id, open.changes);
    }
    const ofdName = OFD_SITES[cb.ofd].name;
    const text = [
      accepted ? `${ofdName}: заявление принято` : `${ofdName}: отказ`,
      `Записано в кабинете: ${now.toISOString()}`,
      `РНМ: ${cb.registrationNumber ?? "—"}`,
      `ИНК ОФД: ${cb.inkOfd ?? "—"}`,
      ...(accepted ? [] : [`Причина: ${input.reason}`]),
    ].join("\n");
    await tx.caseDocument.create({
      data: {
        organizationId: ctx.organizationId,
        caseId: open.id,
        kind: "TAX_ANSWER",
        fileName: "ofd-answer.txt",
        mimeType: "text/plain; charset=utf-8",
        content: Uint8Array.from(Buffer.from(text + "\n", "utf8")),
        createdAt: now,
      },
    });
    await audit(tx, ctx, {
      action: accepted ? "registration.ofd.caseAccepted" : "registration.ofd.caseRefused",
      objectType: "cashbox",
      objectId: cb.id,
      details: {
        caseId: open.id,
        kind: open.kind,
        ofd: cb.ofd,
        ...(accepted ? { changes: JSON.parse(JSON.stringify(applied)) } : { reason: input.reason }),
        ...(accepted && open.kind === "DEREGISTRATION"
          ? { registrationStatus: ["REGISTERED", "DEREGISTERED"] }
          : {}),
      },
    });
    return { caseId: open.id, kind: open.kind, accepted };
  });
}
