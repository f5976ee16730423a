import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireTenant } from "@/lib/http/require-tenant";
import { getWizardState } from "@/lib/registration/wizard-state";
import { RegistrationWizard, type WizardView } from "./_components/registration-wizard";

type Props = { params: Promise<{ cashboxId: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("registration"))("title") };
}

// «Регистрация» wizard (product.md §5): opened by «Продолжить» and by the card's re-registration
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
  return <RegistrationWizard view={view} />;
}
