import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
import type { RegistrationCaseRow } from "@/lib/cashboxes/list-registration-cases";
import { DeregisterForm } from "./deregister-form";
import { cardFormat } from "./format";

const statusTone: Record<string, BadgeTone> = {
  DRAFT: "blue",
  SUBMITTED: "yellow",
  ACCEPTED: "green",
  REFUSED: "red",
  CANCELLED: "gray",
};

/** «Документооборот»: every case with its dates, reason, refusal and documents; «Снять с учёта». */
export async function DocumentsTab({
  cashboxId,
  cases,
  registrationStatus,
  canManage,
  timeZone,
}: {
  cashboxId: string;
  cases: RegistrationCaseRow[];
  registrationStatus: string;
  canManage: boolean;
  timeZone: string;
}) {
  const t = await getTranslations("cashbox");
  const fmt = await cardFormat(timeZone);
  const openCase = cases.some(
    (c) => c.status === "SUBMITTED" || (c.status === "DRAFT" && c.kind === "DEREGISTRATION"),
  );
  const canDeregister = canManage && registrationStatus === "REGISTERED" && !openCase;
  return (
    <div className="space-y-4">
      {cases.length === 0 ? (
        <EmptyState
          title={t("cases.empty")}
          text={`${t("cases.emptyText")}${registrationStatus === "DRAFT" ? ` ${t("cases.emptyDraft")}` : ""}`}
        />
      ) : (
        <ul className="space-y-4" aria-label={t("cases.title")}>
          {cases.map((c) => (
            <li key={c.id} data-testid="case">
              <Card>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="font-semibold text-slate-900">{t(`cases.kind.${c.kind}`)}</h3>
                  <Badge tone={statusTone[c.status]}>{t(`cases.status.${c.status}`)}</Badge>
                </div>
                {c.status === "DRAFT" && canManage ? (
                  // the registration wizard signs and sends an open case (issue 5)
                  <Link
                    href={`/cashboxes/${cashboxId}/registration`}
                    className="mt-2 inline-block text-sm font-medium text-brand-700 hover:underline"
                  >
                    {t("cases.openWizard")}
                  </Link>
                ) : null}
                <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
                  <div>
                    <dt className="text-slate-500">{t("cases.createdAt")}</dt>
                    <dd>{fmt.dateTime(c.createdAt)}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">{t("cases.submittedAt")}</dt>
                    <dd>{fmt.dateTime(c.submittedAt) ?? "—"}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">{t("cases.answeredAt")}</dt>
                    <dd>{fmt.dateTime(c.answeredAt) ?? "—"}</dd>
                  </div>
                  {c.createdBy ? (
                    <div>
                      <dt className="text-slate-500">{t("cases.createdBy")}</dt>
                      <dd>{c.createdBy.name}</dd>
                    </div>
                  ) : null}
                </dl>
                {c.reason ? (
                  <p className="mt-3 text-sm">
                    <span className="text-slate-500">{t("cases.reason")}: </span>
                    {c.reason}
                  </p>
                ) : null}
                {c.fiscalDrive ? (
                  <p className="mt-3 text-sm">
                    {t("cases.newDrive", {
                      number: c.fiscalDrive.number,
                      model: c.fiscalDrive.model,
                      months: c.fiscalDrive.validityMonths,
                    })}
                  </p>
                ) : null}
                {c.refusalReason ? (
                  <div
                    className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800"
                    data-testid="refusal"
                  >
                    <span className="font-medium">{t("cases.refusal")}: </span>
                    {c.refusalReason}
                  </div>
                ) : null}
                {c.status === "DRAFT" ? (
                  <p className="mt-3 text-sm text-slate-600">{t("cases.draftHint")}</p>
                ) : null}
                <h4 className="mt-4 text-sm font-medium text-slate-700">{t("cases.documents")}</h4>
                {c.documents.length === 0 ? (
                  <p className="mt-1 text-sm text-slate-500">{t("cases.noDocuments")}</p>
                ) : (
                  <ul className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200">
                    {c.documents.map((d) => {
                      const href = `/api/cabinet/cases/${c.id}/documents/${d.id}`;
                      const name = t(`cases.docKind.${d.kind}`);
                      return (
                        <li
                          key={d.id}
                          className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm"
                        >
                          <span>
                            {name} <span className="text-slate-500">· {d.fileName}</span>
                          </span>
                          <span className="flex gap-3">
                            <a
                              href={href}
                              target="_blank"
                              rel="noopener"
                              className="font-medium text-brand-700 hover:underline"
                              aria-label={t("cases.openDoc", { name })}
                            >
                              {t("cases.open")}
                            </a>
                            <a
                              href={`${href}?download=1`}
                              download={d.fileName}
                              className="font-medium text-brand-700 hover:underline"
                              aria-label={t("cases.downloadDoc", { name })}
                            >
                              {t("cases.download")}
                            </a>
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
      {canDeregister ? (
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t("deregister.title")}</h2>
          <DeregisterForm cashboxId={cashboxId} />
        </Card>
      ) : null}
    </div>
  );
}
