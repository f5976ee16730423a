// What the registration wizard shows for one cashbox: which application (kind) is open, the
// registration report (step 1), the canonical application XML (step 3), and the answer (step 4).
// The same loader feeds submitApplication, which rebuilds the XML and compares it byte for byte.
import { db, type Db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext, type OrganizationId } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";
import { buildApplicationXml, OWN_OFD, type ApplicationData, type ApplicationKind } from "./application";
import { isThirdPartyOfd, OFD_SITES, type ThirdPartyOfd } from "./ofd";
import { findRegistrationReport, reportPrintLines, reportReasonOf, type RegistrationReport } from "./report";
import { changesOf, effectiveRequisites, REREGISTRATION_KINDS, type RequisiteChanges } from "./requisites";

/** Where a third-party ОФД cashbox is: the three steps, waiting for its report, connected, or deregistered. */
export type OfdStage = "STEPS" | "WAITING" | "CONNECTED" | "CASE" | "DEREGISTERED";

async function ofdWizardState(
  q: Db | Tx,
  organizationId: OrganizationId,
  cb: { id: string; ofd: string; registrationStatus: string; ofdPaidUntil: Date | null },
  open: OpenCase | null,
) {
  const provider = cb.ofd as ThirdPartyOfd;
  // a registered cashbox with an open re-registration or deregistration: its three steps on the ОФД's site
  const openCase =
    cb.registrationStatus === "REGISTERED" &&
    open?.id &&
    (open.kind === "DEREGISTRATION" || (REREGISTRATION_KINDS as readonly string[]).includes(open.kind))
      ? open
      : null;
  const stage: OfdStage =
    cb.registrationStatus === "SUBMITTED"
      ? "WAITING"
      : openCase
        ? "CASE"
        : cb.registrationStatus === "REGISTERED"
          ? "CONNECTED"
          : cb.registrationStatus === "DEREGISTERED"
            ? "DEREGISTERED"
            : "STEPS";
  const activation = await q.registrationCase.findFirst({
    where: {
      organizationId,
      cashboxId: cb.id,
      kind: "REGISTRATION",
      status: { in: ["SUBMITTED", "ACCEPTED"] },
      inkOfd: { not: null },
    },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      status: true,
      registrationNumber: true,
      inkOfd: true,
      submittedAt: true,
      answeredAt: true,
    },
  });
  const mismatch =
    activation && activation.status === "SUBMITTED" && activation.submittedAt
      ? await q.caseDocument.findFirst({
          where: {
            organizationId,
            caseId: activation.id,
            kind: "REPORT_MISMATCH",
            createdAt: { gte: activation.submittedAt },
          },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          select: { createdAt: true, content: true },
        })
      : null;
  return {
    provider,
    site: OFD_SITES[provider],
    stage,
    openCase,
    /** «ОФД оплачен до» (the owner's date; the tariff period is not the wizard's) */
    paidUntil: cb.ofdPaidUntil ? cb.ofdPaidUntil.toISOString().slice(0, 10) : null,
    activation: activation
      ? {
          registrationNumber: activation.registrationNumber ?? "",
          inkOfd: activation.inkOfd ?? "",
          submittedAt: activation.submittedAt,
          answeredAt: activation.answeredAt,
        }
      : null,
    mismatch: mismatch
      ? { at: mismatch.createdAt, text: Buffer.from(mismatch.content).toString("utf8") }
      : null,
  };
}
export type OfdWizardState = Awaited<ReturnType<typeof ofdWizardState>>;

export type WizardPhase =
  /** an application can be signed (steps 1-3) */
  | "APPLY"
  /** sent, waiting for the tax authority (step 4) */
  | "WAITING"
  /** answered: ACCEPTED («Подключена») or REFUSED («Отказ») (step 4) */
  | "ANSWERED"
  /** nothing to do: registered with no open case, or deregistered */
  | "NONE"
  /** KZ cashbox on a third-party ОФД: registered on the ОФД's site, not through this wizard */
  | "THIRD_PARTY_OFD";

export interface OpenCase {
  id: string | null;
  kind: ApplicationKind;
  createdAt: Date | null;
  reason: string | null;
  fiscalDriveId: string | null;
  /** a re-registration's pending requisites (lib/registration/requisites.ts) */
  changes: RequisiteChanges;
}

async function loadCashbox(q: Db | Tx, organizationId: OrganizationId, cashboxId: string) {
  if (!isUuid(cashboxId)) throw new AppError("NOT_FOUND");
  const cb = await q.cashbox.findFirst({
    where: { organizationId, id: cashboxId },
    select: {
      id: true,
      name: true,
      model: true,
      serialNumber: true,
      registrationNumber: true,
      registrationStatus: true,
      ofd: true,
      taxation: true,
      inkOfd: true,
      paidUntil: true,
      ofdPaidUntil: true,
      fiscalDriveNumber: true,
      fiscalDriveModel: true,
      fiscalDriveMonths: true,
      tradePoint: { select: { name: true, address: true } },
      organization: {
        select: {
          name: true,
          legalForm: true,
          taxId: true,
          kpp: true,
          legalAddress: true,
          country: true,
          timezone: true,
        },
      },
    },
  });
  if (!cb) throw new AppError("NOT_FOUND");
  return cb;
}

/** The case the wizard works on, or null when there is nothing to apply for. */
async function openCaseOf(
  q: Db | Tx,
  organizationId: OrganizationId,
  cb: { id: string; registrationStatus: string },
): Promise<OpenCase | null> {
  const draft = await q.registrationCase.findFirst({
    where: { organizationId, cashboxId: cb.id, status: "DRAFT" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, createdAt: true, reason: true, fiscalDriveId: true, changes: true },
  });
  if (draft) return { ...draft, changes: changesOf(draft.changes) };
  if (cb.registrationStatus === "DRAFT" || cb.registrationStatus === "REFUSED") {
    return {
      id: null,
      kind: "REGISTRATION",
      createdAt: null,
      reason: null,
      fiscalDriveId: null,
      changes: {},
    };
  }
  return null;
}

export async function buildState(q: Db | Tx, organizationId: OrganizationId, cashboxId: string) {
  const cb = await loadCashbox(q, organizationId, cashboxId);
  const country = cb.organization.country as "RU" | "KZ";
  const submitted = await q.registrationCase.findFirst({
    where: { organizationId, cashboxId: cb.id, status: "SUBMITTED" },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, submittedAt: true, changes: true },
  });
  const open = submitted ? null : await openCaseOf(q, organizationId, cb);
  const last = await q.registrationCase.findFirst({
    where: { organizationId, cashboxId: cb.id, status: { in: ["ACCEPTED", "REFUSED"] } },
    orderBy: [{ answeredAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      kind: true,
      status: true,
      refusalReason: true,
      registrationNumber: true,
      answeredAt: true,
      submittedAt: true,
    },
  });
  let report: RegistrationReport | null = null;
  let data: ApplicationData | null = null;
  if (open) {
    report = await findRegistrationReport(
      q,
      organizationId,
      cb.id,
      reportReasonOf(open.kind),
      open.kind === "REGISTRATION" ? null : open.createdAt,
    );
    const fd =
      country === "RU" && cb.fiscalDriveNumber
        ? {
            number: cb.fiscalDriveNumber,
            model: cb.fiscalDriveModel ?? "",
            validityMonths: cb.fiscalDriveMonths ?? 15,
          }
        : null;
    // a re-registration declares the requisites it asks for (the cashbox keeps the registered ones)
    const eff = effectiveRequisites(
      {
        organizationName: cb.organization.name,
        tradePoint: cb.tradePoint,
        taxation: cb.taxation,
        ofd: cb.ofd as string,
      },
      open.changes,
    );
    data = {
      kind: open.kind,
      country,
      organization: {
        name: eff.organizationName,
        legalForm: cb.organization.legalForm,
        taxId: cb.organization.taxId,
        kpp: cb.organization.kpp,
        address: cb.organization.legalAddress,
      },
      cashbox: {
        model: cb.model,
        serialNumber: cb.serialNumber,
        registrationNumber: open.kind === "REGISTRATION" ? null : cb.registrationNumber,
      },
      fiscalDrive: fd,
      tradePoint: { name: eff.tradePoint.name, address: eff.tradePoint.address },
      ofd: isThirdPartyOfd(eff.ofd) ? { name: OFD_SITES[eff.ofd].name, taxId: "" } : OWN_OFD[country],
      report: report
        ? { number: report.number, fiscalSign: report.fiscalSign, createdAt: report.createdAt.toISOString() }
        : null,
      reason: open.reason,
      taxation: open.changes.taxation !== undefined ? eff.taxation || null : null,
    };
  }
  const thirdParty = country === "KZ" && isThirdPartyOfd(cb.ofd);
  const phase: WizardPhase = thirdParty
    ? "THIRD_PARTY_OFD"
    : submitted
      ? "WAITING"
      : open
        ? "APPLY"
        : last
          ? "ANSWERED"
          : "NONE";
  return {
    phase,
    country,
    cashbox: {
      id: cb.id,
      name: cb.name,
      model: cb.model,
      serialNumber: cb.serialNumber,
      registrationNumber: cb.registrationNumber,
      registrationStatus: cb.registrationStatus,
      tradePoint: cb.tradePoint,
    },
    organizationTaxId: cb.organization.taxId,
    organizationName: cb.organization.name,
    open,
    submitted,
    last,
    report,
    reportLines: report
      ? reportPrintLines(report, {
          country,
          organizationName: data?.organization.name ?? cb.organization.name,
          taxId: cb.organization.taxId,
          address: data?.tradePoint.address ?? cb.tradePoint.address,
          serialNumber: cb.serialNumber,
          timezone: cb.organization.timezone,
        })
      : null,
    data,
    /** the exact text to sign (only when the report is there) */
    applicationXml: data && report ? buildApplicationXml(data) : null,
    /** the three-step variant of a KZ cashbox on a third-party ОФД (phase THIRD_PARTY_OFD) */
    ofd: thirdParty ? await ofdWizardState(q, organizationId, cb, open) : null,
  };
}
export type WizardState = Awaited<ReturnType<typeof buildState>>;

export async function getWizardState(ctx: TenantContext, cashboxId: string): Promise<WizardState> {
  assertCan(ctx, "registration.sign");
  return buildState(db, ctx.organizationId, cashboxId);
}
