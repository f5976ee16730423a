import { getTranslations } from "next-intl/server";
import { HelpLink } from "@/components/help/help-link";
import { HELP_DIALOGS } from "@/lib/help/links";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireTenant } from "@/lib/http/require-tenant";
import { changesOf } from "@/lib/registration/requisites";
import { getWizardState } from "@/lib/registration/wizard-state";
import { changeRows } from "../_components/reregistration-card";
import { OfdWizard, type OfdWizardView } from "./_components/ofd-wizard";
import { RegistrationWizard, type WizardView } from "./_components/registration-wizard";

type Props = { params: Promise<{ cashboxId: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("registration"))("title") };
}

// «Регистрация» wizard (docs/product.md §5): opened by «Продолжить» and by the card's re-registration
// and deregistration actions. Signing happens in the browser; the page only reads.
export default async function RegistrationPage({ params }: Props) {
  const ctx = await requireTenant("registration.sign");
  const { cashboxId } = await params;
  const s = await orNotFound(getWizardState(ctx, cashboxId));
  const view: WizardView = {
    phase: s.phase,
    country: s.country,
    organizationTaxId: s.organizationTaxId,
    cashbox: {
      id: s.cashbox.id,
      name: s.cashbox.name,
      model: s.cashbox.model,
      serialNumber: s.cashbox.serialNumber,
      registrationNumber: s.cashbox.registrationNumber,
      registrationStatus: s.cashbox.registrationStatus,
      tradePoint: `${s.cashbox.tradePoint.name}, ${s.cashbox.tradePoint.address}`,
    },
    kind: s.open?.kind ?? s.submitted?.kind ?? s.last?.kind ?? "REGISTRATION",
    changes: await changeRows(s.open?.changes ?? changesOf(s.submitted?.changes)),
    report: s.report ? { acceptedAt: s.report.acceptedAt.toISOString(), lines: s.reportLines ?? [] } : null,
    applicationXml: s.applicationXml,
    submittedAt: s.submitted?.submittedAt?.toISOString() ?? null,
    last: s.last
      ? {
          status: s.last.status as "ACCEPTED" | "REFUSED",
          refusalReason: s.last.refusalReason,
          registrationNumber: s.last.registrationNumber,
          answeredAt: s.last.answeredAt?.toISOString() ?? null,
        }
      : null,
    timeZone: ctx.timezone,
  };
  if (s.ofd) {
    const o = s.ofd;
    const ofdView: OfdWizardView = {
      cashboxId: s.cashbox.id,
      cashboxName: s.cashbox.name,
      provider: o.provider,
      providerName: o.site.name,
      siteUrl: o.site.url,
      stage: o.stage,
      paidUntil: o.paidUntil,
      requisites: {
        organization: s.organizationName,
        taxId: s.organizationTaxId,
        tradePoint: s.cashbox.tradePoint.name,
        address: s.cashbox.tradePoint.address,
        model: s.cashbox.model,
        serialNumber: s.cashbox.serialNumber,
      },
      registrationNumber: s.cashbox.registrationNumber,
      activation: o.activation
        ? {
            registrationNumber: o.activation.registrationNumber,
            inkOfd: o.activation.inkOfd,
            enteredAt: o.activation.submittedAt?.toISOString() ?? null,
            connectedAt: o.activation.answeredAt?.toISOString() ?? null,
          }
        : null,
      timeZone: ctx.timezone,
      mismatch: o.mismatch ? { at: o.mismatch.at.toISOString(), text: o.mismatch.text } : null,
      openCase: o.openCase
        ? {
            kind: o.openCase.kind,
            reason: o.openCase.reason,
            changes: await changeRows(o.openCase.changes),
          }
        : null,
      lastRefusal:
        s.last?.status === "REFUSED" && s.last.kind !== "REGISTRATION"
          ? { reason: s.last.refusalReason ?? "", at: s.last.answeredAt?.toISOString() ?? null }
          : null,
    };
    return (
      <>
        <HelpLink
          href={HELP_DIALOGS.registrationOfd[o.provider]}
          testId="registration-help"
          className="mb-3"
        />
        <OfdWizard view={ofdView} />
      </>
    );
  }
  return (
    <>
      <HelpLink href={HELP_DIALOGS.registration} testId="registration-help" className="mb-3" />
      <RegistrationWizard view={view} />
    </>
  );
}
