"use client";
// «Перерегистрация» of a registered cashbox (docs/registration.md «Перерегистрация: реквизиты»):
// the trade point, taxation and (KZ) ОФД it should be registered with. Asks first: the change
// opens a re-registration case and applies only when the tax authority (or the ОФД) accepts it.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { OFD_PROVIDERS } from "@/lib/cashboxes/catalog";
import { requestReregistrationAction } from "../actions";
import { ConfirmActionForm } from "./confirm-action-form";
import { TradePointOptions } from "@/components/cashboxes/trade-point-options";

export function ReregistrationForm({
  cashboxId,
  current,
  tradePoints,
  taxationCodes,
  kz,
}: {
  cashboxId: string;
  /** what the form starts from: the pending values where a change is pending, else the registered */
  current: { tradePointId: string; taxation: string; ofd: string };
  tradePoints: { id: string; name: string; address: string }[];
  taxationCodes: string[];
  kz: boolean;
}) {
  const t = useTranslations("reregistration");
  const c = useTranslations("cashbox");
  return (
    <ConfirmActionForm
      action={requestReregistrationAction}
      hidden={{ cashboxId }}
      title={t("card.confirmTitle")}
      text={t("card.confirmText")}
      submitLabel={t("card.submit")}
      variant="primary"
    >
      {(s, pending) => (
        <>
          <fieldset disabled={pending} className="grid gap-4 sm:grid-cols-2" data-testid="rereg-form">
            <div className="sm:col-span-2">
              <Field label={c("field.tradePoint")} error={s.fieldErrors?.tradePointId}>
                <Select name="tradePointId" defaultValue={s.values?.tradePointId ?? current.tradePointId}>
                  <TradePointOptions tradePoints={tradePoints} />
                </Select>
              </Field>
            </div>
            <Field label={c("field.taxation")} error={s.fieldErrors?.taxation}>
              <Select name="taxation" defaultValue={s.values?.taxation ?? current.taxation}>
                <option value="">{c("field.taxationNone")}</option>
                {taxationCodes.map((code) => (
                  <option key={code} value={code}>
                    {c(`taxation.${code}`)}
                  </option>
                ))}
              </Select>
            </Field>
            {kz ? (
              <Field label={c("field.ofd")} error={s.fieldErrors?.ofd}>
                <Select name="ofd" defaultValue={s.values?.ofd ?? current.ofd}>
                  {OFD_PROVIDERS.map((o) => (
                    <option key={o} value={o}>
                      {c(`ofd.${o}`)}
                    </option>
                  ))}
                </Select>
              </Field>
            ) : null}
          </fieldset>
          {s.ok && s.data?.caseId ? (
            <Link
              href={`/cashboxes/${cashboxId}/registration`}
              className="text-sm font-medium text-brand-700 hover:underline"
            >
              {t("card.toWizard")}
            </Link>
          ) : null}
        </>
      )}
    </ConfirmActionForm>
  );
}
