"use client";
// The three-step registration of a KZ cashbox on a third-party ОФД (docs/registration.md
// «Сторонний ОФД»): (1) the ИП/ТОО on the ОФД's site, (2) the trade point and the cashbox there,
// (3) activation here with the РНМ and ИНК ОФД the ОФД assigned. Then it waits for the cashbox's
// registration report (polling), and shows «Подключена» once the report matched.
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { ExternalLink } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { useDates } from "@/components/ui/use-dates";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { Wizard, WizardCheck, WizardLink, WizardNav, WizardStep } from "@/components/wizard";
import { initialActionState } from "@/lib/http/action-state";
import type { OfdStage } from "@/lib/registration/wizard-state";
import { Textarea } from "@/components/ui/input";
import { answerOfdCaseAction, activateOfdAction } from "../actions";
import { ConfirmActionForm } from "../../_components/confirm-action-form";
import { ActionForm } from "@/components/ui/action-form";

export interface OfdWizardView {
  cashboxId: string;
  cashboxName: string;
  provider: "TRANSTELECOM" | "KAZAKHTELECOM";
  providerName: string;
  siteUrl: string;
  stage: OfdStage;
  /** «Оплачено в ОФД до», YYYY-MM-DD */
  paidUntil: string | null;
  requisites: {
    organization: string;
    taxId: string;
    tradePoint: string;
    address: string;
    model: string;
    serialNumber: string;
  };
  registrationNumber: string | null;
  activation: {
    registrationNumber: string;
    inkOfd: string;
    enteredAt: string | null;
    connectedAt: string | null;
  } | null;
  /** the last registration report that did not match (after the latest activation) */
  mismatch: { at: string; text: string } | null;
  timeZone: string;
  /** an open re-registration or deregistration (stage CASE): done on the ОФД's site */
  openCase: { kind: string; reason: string | null; changes: [string, string][] } | null;
  /** the ОФД's last refusal of a re-registration or deregistration */
  lastRefusal: { reason: string; at: string | null } | null;
}

const STEPS = ["org", "cashbox", "activate"] as const;

function ActivateForm({ view, onCancel }: { view: OfdWizardView; onCancel?: () => void }) {
  const t = useTranslations("registration.ofd");
  const [state, action, pending] = useActionState(activateOfdAction, initialActionState);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  useEffect(() => {
    if (state.ok && onCancel) onCancel();
  }, [state.ok, onCancel]);
  return (
    <ActionForm state={state} ref={form} action={action} noValidate className="space-y-4">
      <input type="hidden" name="cashboxId" value={view.cashboxId} />
      <fieldset disabled={pending} className="grid gap-4 sm:grid-cols-2">
        <Field label={t("rnm")} error={e.registrationNumber} hint={t("rnmHint")}>
          <Input
            name="registrationNumber"
            inputMode="numeric"
            autoComplete="off"
            maxLength={20}
            defaultValue={v.registrationNumber ?? view.activation?.registrationNumber ?? ""}
            className="font-mono"
            required
          />
        </Field>
        <Field label={t("ink")} error={e.inkOfd} hint={t("inkHint")}>
          <Input
            name="inkOfd"
            inputMode="numeric"
            autoComplete="off"
            maxLength={20}
            defaultValue={v.inkOfd ?? view.activation?.inkOfd ?? ""}
            className="font-mono"
            required
          />
        </Field>
        <Field label={t("paidUntil")} error={e.paidUntil} hint={t("paidUntilHint")}>
          <Input name="paidUntil" type="date" defaultValue={v.paidUntil ?? view.paidUntil ?? ""} required />
        </Field>
      </fieldset>
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-2">
        {onCancel ? (
          <Button type="button" variant="secondary" onClick={onCancel} disabled={pending}>
            {t("cancel")}
          </Button>
        ) : null}
        <Button type="submit" disabled={pending}>
          {pending ? t("activating") : t("activate")}
        </Button>
      </div>
    </ActionForm>
  );
}

const CASE_STEPS = ["site", "data", "answer"] as const;

/**
 * Re-registration or deregistration of a cashbox on a third-party ОФД (docs/registration.md):
 * (1) open the cashbox on the ОФД's site, (2) enter the new requisites (or the reason) there,
 * (3) record the ОФД's answer here: accepted applies the change, refused drops it.
 */
function OfdCaseWizard({
  view,
  shell,
  siteLink,
}: {
  view: OfdWizardView;
  shell: { title: string; exit: { href: string; label: string } };
  siteLink: React.ReactNode;
}) {
  const t = useTranslations("registration");
  const r = useTranslations("reregistration.ofd");
  const [step, setStep] = useState(1);
  const [siteDone, setSiteDone] = useState(false);
  const [dataDone, setDataDone] = useState(false);
  const c = view.openCase!;
  const dereg = c.kind === "DEREGISTRATION";
  const ofd = view.providerName;
  const v = dereg ? "dereg" : "rereg";
  return (
    <Wizard
      {...shell}
      intro={r(`${v}.intro`, { ofd })}
      steps={{
        names: CASE_STEPS.map((k) => r(`${v}.steps.${k}`)),
        current: step,
        label: t("ofd.stepOf", { n: step }),
      }}
    >
      {step === 1 ? (
        <WizardStep title={r(`${v}.step1Title`, { ofd })}>
          <p className="text-sm text-slate-700">{r(`${v}.step1Text`)}</p>
          {siteLink}
          <WizardCheck checked={siteDone} onChange={setSiteDone}>
            {r(`${v}.step1Done`)}
          </WizardCheck>
          <WizardNav next={{ label: t("next"), onClick: () => setStep(2), disabled: !siteDone }} />
        </WizardStep>
      ) : null}
      {step === 2 ? (
        <WizardStep title={r(`${v}.step2Title`)}>
          <p className="text-sm text-slate-700">{r(`${v}.step2Text`)}</p>
          <dl
            className="grid grid-cols-1 gap-x-6 gap-y-2 rounded-md bg-slate-50 p-3 text-sm sm:grid-cols-[auto_1fr]"
            data-testid="ofd-case-data"
          >
            <dt className="text-slate-500">{t("ofd.rnm")}</dt>
            <dd className="font-mono">{view.registrationNumber ?? "—"}</dd>
            <dt className="text-slate-500">{t("ofd.req.serialNumber")}</dt>
            <dd className="font-mono">{view.requisites.serialNumber}</dd>
            {dereg ? (
              <>
                <dt className="text-slate-500">{r("reason")}</dt>
                <dd className="break-words">{c.reason ?? "—"}</dd>
              </>
            ) : (
              c.changes.map(([k, val]) => (
                <div key={k} className="contents">
                  <dt className="text-slate-500">{k}</dt>
                  <dd className="break-words font-medium">{val}</dd>
                </div>
              ))
            )}
          </dl>
          {siteLink}
          <WizardCheck checked={dataDone} onChange={setDataDone}>
            {r(`${v}.step2Done`)}
          </WizardCheck>
          <WizardNav
            back={{ label: t("back"), onClick: () => setStep(1) }}
            next={{ label: t("next"), onClick: () => setStep(3), disabled: !dataDone }}
          />
        </WizardStep>
      ) : null}
      {step === 3 ? (
        <WizardStep
          title={r("step3Title", { ofd })}
          nav={<WizardNav back={{ label: t("back"), onClick: () => setStep(2) }} quietBack />}
        >
          <p className="text-sm text-slate-700">{r(`${v}.step3Text`)}</p>
          <ConfirmActionForm
            action={answerOfdCaseAction}
            hidden={{ cashboxId: view.cashboxId, result: "ACCEPTED" }}
            title={r(`${v}.acceptConfirmTitle`)}
            text={r(`${v}.acceptConfirmText`)}
            submitLabel={r(`${v}.accept`)}
            variant="primary"
          />
          <div className="border-t border-slate-200 pt-4">
            <ConfirmActionForm
              action={answerOfdCaseAction}
              hidden={{ cashboxId: view.cashboxId, result: "REFUSED" }}
              title={r("refuseConfirmTitle")}
              text={r("refuseConfirmText")}
              submitLabel={r("refuse")}
              variant="secondary"
            >
              {(st, pending) => (
                <Field label={r("refuseReason")} error={st.fieldErrors?.reason} hint={r("refuseReasonHint")}>
                  <Textarea
                    name="reason"
                    rows={2}
                    maxLength={500}
                    disabled={pending}
                    defaultValue={st.values?.reason ?? ""}
                  />
                </Field>
              )}
            </ConfirmActionForm>
          </div>
        </WizardStep>
      ) : null}
    </Wizard>
  );
}

export function OfdWizard({ view }: { view: OfdWizardView }) {
  const t = useTranslations("registration");
  const dates = useDates(view.timeZone);
  const o = useTranslations("registration.ofd");
  const rr = useTranslations("reregistration");
  const router = useRouter();
  const [step, setStep] = useState(1);
  const [orgDone, setOrgDone] = useState(false);
  const [cashboxDone, setCashboxDone] = useState(false);
  const [editing, setEditing] = useState(false);
  const ofd = view.providerName;

  // waiting for the report: refresh until it arrives (the device API changes the status)
  useEffect(() => {
    if (view.stage !== "WAITING" || editing) return;
    const id = setInterval(() => router.refresh(), 3000);
    return () => clearInterval(id);
  }, [view.stage, editing, router]);

  const shell = {
    title: `${t("title")}: ${view.cashboxName}`,
    exit: { href: `/cashboxes/${view.cashboxId}`, label: t("toCard") },
  };
  const steps = (current: number) => ({
    names: STEPS.map((k) => o(`steps.${k}`)),
    current,
    label: o("stepOf", { n: current }),
  });
  const documents = (
    <WizardLink href={`/cashboxes/${view.cashboxId}?tab=documents`}>{t("toDocuments")}</WizardLink>
  );
  const siteLink = (
    <a
      href={view.siteUrl}
      target="_blank"
      rel="noopener noreferrer"
      className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline"
    >
      {o("openSite", { ofd })}
      <ExternalLink className="h-3.5 w-3.5" aria-hidden />
    </a>
  );
  const entered = view.activation ? (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="text-slate-500">{o("rnm")}</dt>
      <dd className="font-mono" data-testid="ofd-rnm">
        {view.registrationNumber ?? view.activation.registrationNumber}
      </dd>
      <dt className="text-slate-500">{o("ink")}</dt>
      <dd className="font-mono" data-testid="ofd-ink">
        {view.activation.inkOfd}
      </dd>
      <dt className="text-slate-500">{o("paidUntil")}</dt>
      <dd>{view.paidUntil ? dates.day(view.paidUntil) : "—"}</dd>
      <dt className="text-slate-500">{o("req.serialNumber")}</dt>
      <dd className="font-mono">{view.requisites.serialNumber}</dd>
    </dl>
  ) : null;

  if (view.stage === "CASE" && view.openCase) {
    return <OfdCaseWizard view={view} shell={shell} siteLink={siteLink} />;
  }

  if (view.stage === "CONNECTED" || view.stage === "DEREGISTERED") {
    return (
      <Wizard {...shell}>
        <Card className="space-y-3 p-4" aria-live="polite">
          <div className="flex items-center gap-2">
            <Badge tone={view.stage === "CONNECTED" ? "green" : "gray"}>
              {view.stage === "CONNECTED" ? t("accepted") : t("deregistered")}
            </Badge>
            <span className="text-sm text-slate-600">{ofd}</span>
          </div>
          {view.stage === "CONNECTED" ? (
            <>
              <h2 className="text-lg font-semibold">{o("connectedTitle")}</h2>
              <p className="text-sm text-slate-600">
                {o("connectedText")}
                {view.activation?.connectedAt ? ` ${dates.dateTime(view.activation.connectedAt)}` : null}
              </p>
              {entered}
            </>
          ) : (
            <p className="text-sm text-slate-600">{t("nothing")}</p>
          )}
          {view.lastRefusal ? (
            <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
              <p className="font-medium">{rr("ofd.refusedTitle", { ofd })}</p>
              <p data-testid="ofd-case-refusal">{view.lastRefusal.reason}</p>
            </div>
          ) : null}
          {documents}
        </Card>
      </Wizard>
    );
  }

  if (view.stage === "WAITING") {
    return (
      <Wizard {...shell} steps={steps(3)}>
        <WizardStep title={o("waitingTitle")} titleTestId="ofd-waiting" busy={!editing} live>
          <p className="text-sm text-slate-600">{o("waitingText")}</p>
          {view.activation?.enteredAt ? (
            <p className="text-xs text-slate-500">
              {o("entered", { date: dates.dateTime(view.activation.enteredAt) })}
            </p>
          ) : null}
          {view.mismatch ? (
            <div role="alert" className="space-y-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
              <p className="font-medium">{o("mismatchTitle")}</p>
              <p>{o("mismatchText", { date: dates.dateTime(view.mismatch.at) })}</p>
              <pre
                className="overflow-x-auto whitespace-pre-wrap font-mono text-xs"
                data-testid="ofd-mismatch"
              >
                {view.mismatch.text}
              </pre>
            </div>
          ) : null}
          {editing ? (
            <ActivateForm view={view} onCancel={() => setEditing(false)} />
          ) : (
            <>
              {entered}
              <WizardNav>
                <Button variant="secondary" onClick={() => setEditing(true)}>
                  {o("edit")}
                </Button>
                {documents}
              </WizardNav>
            </>
          )}
        </WizardStep>
      </Wizard>
    );
  }

  const r = view.requisites;
  return (
    <Wizard {...shell} intro={o("intro", { ofd })} steps={steps(step)}>
      {step === 1 ? (
        <WizardStep title={o("step1Title", { ofd })}>
          <p className="text-sm text-slate-700">{o("step1Text")}</p>
          {siteLink}
          <WizardCheck checked={orgDone} onChange={setOrgDone}>
            {o("step1Done")}
          </WizardCheck>
          <WizardNav next={{ label: t("next"), onClick: () => setStep(2), disabled: !orgDone }} />
        </WizardStep>
      ) : null}

      {step === 2 ? (
        <WizardStep title={o("step2Title", { ofd })}>
          <p className="text-sm text-slate-700">{o("step2Text")}</p>
          <dl
            className="grid grid-cols-1 gap-x-6 gap-y-2 rounded-md bg-slate-50 p-3 text-sm sm:grid-cols-[auto_1fr]"
            data-testid="ofd-requisites"
          >
            <dt className="text-slate-500">{o("req.organization")}</dt>
            <dd className="break-words">{r.organization}</dd>
            <dt className="text-slate-500">{o("req.taxId")}</dt>
            <dd className="font-mono">{r.taxId}</dd>
            <dt className="text-slate-500">{o("req.tradePoint")}</dt>
            <dd className="break-words">{r.tradePoint}</dd>
            <dt className="text-slate-500">{o("req.address")}</dt>
            <dd className="break-words">{r.address}</dd>
            <dt className="text-slate-500">{o("req.model")}</dt>
            <dd>{r.model}</dd>
            <dt className="text-slate-500">{o("req.serialNumber")}</dt>
            <dd className="font-mono">{r.serialNumber}</dd>
          </dl>
          {siteLink}
          <WizardCheck checked={cashboxDone} onChange={setCashboxDone}>
            {o("step2Done")}
          </WizardCheck>
          <WizardNav
            back={{ label: t("back"), onClick: () => setStep(1) }}
            next={{ label: t("next"), onClick: () => setStep(3), disabled: !cashboxDone }}
          />
        </WizardStep>
      ) : null}

      {step === 3 ? (
        <WizardStep
          title={o("step3Title")}
          nav={<WizardNav back={{ label: t("back"), onClick: () => setStep(2) }} quietBack />}
        >
          <p className="text-sm text-slate-700">{o("step3Text")}</p>
          <ActivateForm view={view} />
        </WizardStep>
      ) : null}
    </Wizard>
  );
}
