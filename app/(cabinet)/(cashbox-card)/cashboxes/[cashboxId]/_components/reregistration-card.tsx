import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { PendingRequisites, RequisiteChanges } from "@/lib/registration/requisites";
import { ReregistrationForm } from "./reregistration-form";

/** The rows of a pending (or refused) change of requisites: what it asks for. */
export async function changeRows(c: RequisiteChanges): Promise<[string, string][]> {
  const t = await getTranslations("reregistration");
  const cb = await getTranslations("cashbox");
  const rows: [string, string][] = [];
  if (c.organizationName) rows.push([t("field.organizationName"), c.organizationName.value]);
  if (c.tradePoint) rows.push([t("field.tradePoint"), `${c.tradePoint.name} — ${c.tradePoint.address}`]);
  if (c.tradePointAddress) rows.push([t("field.address"), c.tradePointAddress.address]);
  if (c.taxation !== undefined)
    rows.push([t("field.taxation"), c.taxation ? cb(`taxation.${c.taxation}`) : cb("field.taxationNone")]);
  if (c.ofd) rows.push([t("field.ofd"), cb(`ofd.${c.ofd}`)]);
  return rows;
}

function ChangeList({ rows, testId }: { rows: [string, string][]; testId: string }) {
  return (
    <dl
      className="grid gap-x-6 gap-y-2 rounded-md bg-slate-50 p-3 text-sm sm:grid-cols-[auto_1fr]"
      data-testid={testId}
    >
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-slate-500">{k}</dt>
          <dd className="break-words">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * «Перерегистрация» on the card's «Реквизиты»: the pending change (the cashbox keeps its registered
 * requisites until the case is accepted), the last refused one with its reason, and the form.
 */
export async function ReregistrationCard({
  cashbox,
  pending,
  tradePoints,
  taxationCodes,
  canManage,
}: {
  cashbox: {
    id: string;
    registrationStatus: string;
    tradePointId: string;
    taxation: string;
    ofd: string;
    kz: boolean;
  };
  pending: PendingRequisites;
  tradePoints: { id: string; name: string; address: string }[];
  taxationCodes: string[];
  canManage: boolean;
}) {
  const t = await getTranslations("reregistration");
  if (cashbox.registrationStatus !== "REGISTERED" && pending.pending.length === 0) return null;
  const open = pending.pending[0] ?? null;
  const openRows = open ? await changeRows(open.changes) : [];
  const refusedRows = pending.refused ? await changeRows(pending.refused.changes) : [];
  const draft = pending.pending.find((p) => p.status === "DRAFT")?.changes ?? {};
  return (
    <Card className="space-y-4">
      <h2 className="text-lg font-semibold">{t("card.title")}</h2>
      {open ? (
        <div className="space-y-2" role="status">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone="yellow">{t(`card.status.${open.status as "DRAFT" | "SUBMITTED"}`)}</Badge>
            <span className="text-sm font-medium">{t("card.pendingTitle")}</span>
          </div>
          <p className="text-sm text-slate-600">{t("card.pendingText")}</p>
          <ChangeList rows={openRows} testId="rereg-pending" />
          <Link
            href={`/cashboxes/${cashbox.id}/registration`}
            className="inline-flex text-sm font-medium text-brand-700 hover:underline"
          >
            {t("card.toWizard")}
          </Link>
        </div>
      ) : null}
      {pending.refused ? (
        <div role="alert" className="space-y-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          <p className="font-medium">{t("card.refusedTitle")}</p>
          <p data-testid="rereg-refused-reason">
            {t("card.refusedText", { reason: pending.refused.refusalReason ?? "—" })}
          </p>
          <ChangeList rows={refusedRows} testId="rereg-refused" />
        </div>
      ) : null}
      {canManage && cashbox.registrationStatus === "REGISTERED" ? (
        <>
          <p className="text-sm text-slate-600">{t("card.text")}</p>
          <ReregistrationForm
            cashboxId={cashbox.id}
            current={{
              tradePointId: draft.tradePoint?.id ?? cashbox.tradePointId,
              taxation: draft.taxation ?? cashbox.taxation,
              ofd: draft.ofd ?? cashbox.ofd,
            }}
            tradePoints={tradePoints}
            taxationCodes={taxationCodes}
            kz={cashbox.kz}
          />
        </>
      ) : null}
    </Card>
  );
}
