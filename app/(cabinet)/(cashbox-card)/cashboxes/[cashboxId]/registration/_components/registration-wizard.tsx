"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useDates } from "@/components/ui/use-dates";
import { Wizard, WizardLink, WizardNav, WizardStep } from "@/components/wizard";
import { signDetached, toBase64 } from "@/lib/crypto/client/sign";
import { listCertificates, removeCertificate, type StoredCertificate } from "@/lib/crypto/client/store";
import type { ApplicationKind } from "@/lib/registration/application";
import type { WizardPhase } from "@/lib/registration/wizard-state";
import { submitApplicationAction } from "../actions";
import { InstallCertificate } from "./install-certificate";

export interface WizardView {
  phase: WizardPhase;
  country: "RU" | "KZ";
  organizationTaxId: string;
  cashbox: {
    id: string;
    name: string;
    model: string;
    serialNumber: string;
    registrationNumber: string | null;
    registrationStatus: string;
    tradePoint: string;
  };
  kind: ApplicationKind;
  /** a re-registration of requisites: what it asks for (label, new value) */
  changes: [string, string][];
  report: { acceptedAt: string; lines: string[] } | null;
  applicationXml: string | null;
  submittedAt: string | null;
  last: {
    status: "ACCEPTED" | "REFUSED";
    refusalReason: string | null;
    registrationNumber: string | null;
    answeredAt: string | null;
  } | null;
  timeZone: string;
}

const STEP_KEYS = ["report", "certificate", "application", "answer"] as const;

/** The requisites a re-registration asks for; the cashbox keeps the registered ones until accepted. */
function ChangesBlock({ rows }: { rows: [string, string][] }) {
  const t = useTranslations("reregistration");
  if (rows.length === 0) return null;
  return (
    <div className="space-y-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm">
      <p className="font-medium">{t("wizard.changesTitle")}</p>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]" data-testid="wizard-changes">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-slate-600">{k}</dt>
            <dd className="break-words">{v}</dd>
          </div>
        ))}
      </dl>
      <p className="text-slate-600">{t("wizard.changesHint")}</p>
    </div>
  );
}

export function RegistrationWizard({ view }: { view: WizardView }) {
  const t = useTranslations("registration");
  const dates = useDates(view.timeZone);
  const tAll = useTranslations();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const refresh = useCallback(() => startRefresh(() => router.refresh()), [router]);
  const showRefusal =
    view.phase === "APPLY" &&
    view.cashbox.registrationStatus === "REFUSED" &&
    view.last?.status === "REFUSED";
  const [retrying, setRetrying] = useState(false);
  const [step, setStep] = useState(1);
  const [certs, setCerts] = useState<StoredCertificate[] | null>(null);
  const [certError, setCertError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [installing, setInstalling] = useState(false);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<{
    message: string;
    params?: Record<string, string | number>;
  } | null>(null);

  const [loadedAt, setLoadedAt] = useState(0);
  const applyCerts = useCallback(
    (list: StoredCertificate[] | null) => {
      setLoadedAt(Date.now());
      if (list === null) {
        setCerts([]);
        setCertError("registration.install.storageError");
        return;
      }
      setCerts(list);
      setCertError(null);
      setChosen((c) =>
        c && list.some((x) => x.fingerprint === c)
          ? c
          : (list.find((x) => x.taxIds.includes(view.organizationTaxId))?.fingerprint ??
            list[0]?.fingerprint ??
            null),
      );
    },
    [view.organizationTaxId],
  );
  const loadCerts = useCallback(async () => {
    applyCerts(await listCertificates().catch(() => null));
  }, [applyCerts]);

  useEffect(() => {
    let cancelled = false;
    listCertificates()
      .catch(() => null)
      .then((list) => {
        if (!cancelled) applyCerts(list);
      });
    return () => {
      cancelled = true;
    };
  }, [applyCerts]);

  // step 4: poll until the tax authority answers
  useEffect(() => {
    if (view.phase !== "WAITING") return;
    const id = setInterval(() => router.refresh(), 1500);
    return () => clearInterval(id);
  }, [view.phase, router]);

  const authority = view.country === "KZ" ? "КГД" : "ФНС";
  const shell = {
    title: `${t("title")}: ${view.cashbox.name}`,
    exit: { href: `/cashboxes/${view.cashbox.id}`, label: t("toCard") },
  };
  const steps = (current: number) => ({
    names: STEP_KEYS.map((k) => t(`steps.${k}`)),
    current,
    label: t("stepOf", { n: current }),
  });

  if (view.phase === "THIRD_PARTY_OFD") {
    return (
      <Wizard {...shell}>
        <WizardStep title={t("thirdParty.title")}>
          <p className="text-sm text-slate-700">{t("thirdParty.text")}</p>
        </WizardStep>
      </Wizard>
    );
  }

  if (view.phase === "WAITING") {
    return (
      <Wizard {...shell} steps={steps(4)}>
        <WizardStep title={view.country === "KZ" ? t("waitingKZ") : t("waitingRU")} busy live>
          <p className="text-sm text-slate-600">
            {t("waitingHint", {
              date: view.submittedAt ? dates.dateTime(view.submittedAt) : "",
            })}
          </p>
          <ChangesBlock rows={view.changes} />
        </WizardStep>
      </Wizard>
    );
  }

  const answerCard =
    view.last && (view.phase === "ANSWERED" || (showRefusal && !retrying)) ? (
      <Card className="space-y-3 p-4" aria-live="polite">
        {view.last.status === "ACCEPTED" ? (
          <>
            <div className="flex items-center gap-2">
              <Badge tone={view.kind === "DEREGISTRATION" ? "gray" : "green"}>
                {view.kind === "DEREGISTRATION" ? t("deregistered") : t("accepted")}
              </Badge>
              <span className="text-sm text-slate-600">{tAll(`registration.kind.${view.kind}`)}</span>
            </div>
            <h2 className="text-lg font-semibold">{t("card.title")}</h2>
            <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="text-slate-500">
                {view.country === "KZ" ? t("card.registrationNumberKZ") : t("card.registrationNumberRU")}
              </dt>
              <dd className="font-mono" data-testid="registration-number">
                {view.last.registrationNumber ?? view.cashbox.registrationNumber ?? "—"}
              </dd>
              <dt className="text-slate-500">{t("card.model")}</dt>
              <dd>{view.cashbox.model}</dd>
              <dt className="text-slate-500">{t("card.serialNumber")}</dt>
              <dd className="font-mono">{view.cashbox.serialNumber}</dd>
              <dt className="text-slate-500">{t("card.tradePoint")}</dt>
              <dd>{view.cashbox.tradePoint}</dd>
              <dt className="text-slate-500">{t("card.date")}</dt>
              <dd>{view.last.answeredAt ? dates.dateTime(view.last.answeredAt) : "—"}</dd>
            </dl>
          </>
        ) : (
          <>
            <Badge tone="red">{t("refused")}</Badge>
            <h2 className="text-lg font-semibold">{t("refusalReason")}</h2>
            <p className="text-sm text-red-700" data-testid="refusal-reason">
              {view.last.refusalReason}
            </p>
          </>
        )}
        <div className="flex flex-wrap gap-2">
          <WizardLink href={`/cashboxes/${view.cashbox.id}?tab=documents`}>{t("toDocuments")}</WizardLink>
          {showRefusal ? <Button onClick={() => setRetrying(true)}>{t("retry")}</Button> : null}
        </div>
      </Card>
    ) : null;

  if (view.phase !== "APPLY" || (showRefusal && !retrying)) {
    return (
      <Wizard {...shell} steps={answerCard ? steps(4) : undefined}>
        {answerCard ?? <Card className="p-4 text-sm text-slate-600">{t("nothing")}</Card>}
      </Wizard>
    );
  }

  const chosenCert = certs?.find((c) => c.fingerprint === chosen) ?? null;
  const now = loadedAt;

  async function send() {
    if (!chosenCert || !view.applicationXml) return;
    setSending(true);
    setSendError(null);
    try {
      let signature: string;
      try {
        const bytes = new TextEncoder().encode(view.applicationXml);
        signature = toBase64(signDetached(bytes, chosenCert.certPem, chosenCert.keyPem, new Date()));
      } catch {
        setSendError({ message: "registration.errors.signFailed" });
        return;
      }
      const r = await submitApplicationAction({
        cashboxId: view.cashbox.id,
        kind: view.kind,
        xml: view.applicationXml,
        signature,
      });
      if (r.ok) {
        setRetrying(false);
        setStep(1);
        router.refresh();
      } else {
        setSendError({ message: r.message ?? "errors.INTERNAL_ERROR", params: r.params });
      }
    } finally {
      setSending(false);
    }
  }

  return (
    <Wizard {...shell} intro={tAll(`registration.kind.${view.kind}`)} steps={steps(step)}>
      <ChangesBlock rows={view.changes} />
      {step === 1 ? (
        <WizardStep title={t("steps.report")}>
          {view.report ? (
            <>
              <p className="text-sm text-slate-600">
                {t("reportFound", { date: dates.dateTime(view.report.acceptedAt) })}
              </p>
              <pre
                className="max-w-sm overflow-x-auto rounded-md border border-dashed border-slate-300 bg-white p-3 font-mono text-xs leading-5"
                data-testid="report-print"
              >
                {view.report.lines.join("\n")}
              </pre>
              <WizardNav next={{ label: t("next"), onClick: () => setStep(2) }} />
            </>
          ) : (
            <>
              <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
                {t("reportMissing")}
              </p>
              <Button variant="secondary" onClick={refresh} disabled={refreshing}>
                {t("refresh")}
              </Button>
            </>
          )}
        </WizardStep>
      ) : null}

      {step === 2 ? (
        <WizardStep title={t("steps.certificate")}>
          {certs === null ? (
            <p className="text-sm text-slate-500">…</p>
          ) : certs.length === 0 ? (
            <>
              <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
                {t("certMissing")}
              </p>
              {certError ? <p className="text-sm text-red-700">{tAll(certError)}</p> : null}
            </>
          ) : (
            <fieldset className="space-y-2">
              <legend className="text-sm text-slate-600">{t("chooseCert")}</legend>
              {certs.map((c) => {
                const expired = new Date(c.notAfter).getTime() < now;
                const soon = !expired && new Date(c.notAfter).getTime() - now < 30 * 86400_000;
                const own = c.taxIds.includes(view.organizationTaxId);
                return (
                  <label
                    key={c.fingerprint}
                    className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
                  >
                    <input
                      type="radio"
                      name="certificate"
                      className="mt-1"
                      value={c.fingerprint}
                      checked={chosen === c.fingerprint}
                      onChange={() => setChosen(c.fingerprint)}
                    />
                    <span className="min-w-0 flex-1 space-y-1 text-sm">
                      <span className="block font-medium break-words">{c.commonName || c.subject}</span>
                      <span className="block text-slate-600">
                        {c.taxIds.length ? t("certTaxId", { taxId: c.taxIds.join(", ") }) : null}
                        {!own ? <span className="ml-2 text-amber-700">{t("certOtherTaxId")}</span> : null}
                      </span>
                      <span
                        className={
                          expired
                            ? "block text-red-700"
                            : soon
                              ? "block text-amber-700"
                              : "block text-slate-500"
                        }
                      >
                        {expired
                          ? t("certExpired", { date: dates.date(c.notAfter) })
                          : soon
                            ? t("certExpiresSoon", { date: dates.date(c.notAfter) })
                            : t("certValidUntil", { date: dates.date(c.notAfter) })}
                      </span>
                    </span>
                    <button
                      type="button"
                      className="text-xs text-slate-500 hover:text-red-700 hover:underline"
                      onClick={async (e) => {
                        e.preventDefault();
                        if (!window.confirm(t("removeConfirm"))) return;
                        await removeCertificate(c.fingerprint);
                        await loadCerts();
                      }}
                    >
                      {t("removeCert")}
                    </button>
                  </label>
                );
              })}
            </fieldset>
          )}
          {installing ? (
            <InstallCertificate
              onDone={async () => {
                setInstalling(false);
                await loadCerts();
              }}
              onCancel={() => setInstalling(false)}
            />
          ) : (
            <WizardNav
              back={{ label: t("back"), onClick: () => setStep(1) }}
              next={{ label: t("next"), onClick: () => setStep(3), disabled: !chosenCert }}
            >
              <Button variant="secondary" onClick={() => setInstalling(true)}>
                {t("installCert")}
              </Button>
              <Button variant="secondary" onClick={() => void loadCerts()}>
                {t("refresh")}
              </Button>
            </WizardNav>
          )}
        </WizardStep>
      ) : null}

      {step === 3 ? (
        <WizardStep
          title={t("steps.application")}
          nav={
            <WizardNav
              back={{ label: t("back"), onClick: () => setStep(2), disabled: sending }}
              next={{
                label: sending ? t("sending") : t("send"),
                onClick: () => void send(),
                disabled: sending || !chosenCert || !view.applicationXml,
              }}
            >
              <Button variant="secondary" onClick={refresh} disabled={sending || refreshing}>
                {t("refresh")}
              </Button>
            </WizardNav>
          }
        >
          <p className="text-sm text-slate-600">{t("applicationIntro", { authority })}</p>
          {chosenCert ? (
            <p className="text-sm">{t("signedBy", { name: chosenCert.commonName || chosenCert.subject })}</p>
          ) : null}
          <pre
            className="max-h-96 overflow-auto rounded-md bg-slate-50 p-3 font-mono text-xs leading-5"
            data-testid="application-xml"
          >
            {view.applicationXml}
          </pre>
          {sendError ? (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
              {tAll.has(sendError.message)
                ? tAll(sendError.message, sendError.params ?? {})
                : sendError.message}
            </p>
          ) : null}
        </WizardStep>
      ) : null}
    </Wizard>
  );
}
