"use client";
import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input, Select, Textarea } from "@/components/ui/input";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { initialActionState } from "@/lib/http/action-state";
import { updateSettingsAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";
import { TradePointOptions } from "@/components/cashboxes/trade-point-options";

export function SettingsForm({
  cashbox,
  tradePoints,
  taxationCodes,
  readOnly,
  registered = false,
}: {
  cashbox: {
    id: string;
    name: string;
    tradePointId: string;
    autoCloseTime: string;
    receiptFooter: string;
    taxation: string;
  };
  tradePoints: { id: string; name: string; address: string }[];
  taxationCodes: string[];
  readOnly: boolean;
  /** a REGISTERED cashbox: the trade point and taxation change through «Перерегистрация» */
  registered?: boolean;
}) {
  const r = useTranslations("reregistration");
  const t = useTranslations("cashbox");
  const tc = useTranslations("common");
  const [state, action, pending] = useActionState(updateSettingsAction, initialActionState);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <ActionForm state={state} ref={form} action={action} noValidate className="space-y-4">
      <input type="hidden" name="cashboxId" value={cashbox.id} />
      {registered ? (
        <>
          <input type="hidden" name="tradePointId" value={cashbox.tradePointId} />
          <input type="hidden" name="taxation" value={cashbox.taxation} />
          <p className="text-sm text-slate-500">{r("card.settingsHint")}</p>
        </>
      ) : null}
      {readOnly ? <p className="text-sm text-slate-500">{t("settings.readOnly")}</p> : null}
      <fieldset disabled={readOnly || pending} className="grid gap-4 sm:grid-cols-2">
        <Field label={t("field.name")} error={e.name}>
          <Input name="name" defaultValue={v.name ?? cashbox.name} maxLength={100} required />
        </Field>
        <Field label={t("field.tradePoint")} error={e.tradePointId}>
          <Select
            name={registered ? undefined : "tradePointId"}
            defaultValue={registered ? cashbox.tradePointId : (v.tradePointId ?? cashbox.tradePointId)}
            disabled={registered}
          >
            <TradePointOptions tradePoints={tradePoints} />
          </Select>
        </Field>
        <Field label={t("field.autoCloseTime")} error={e.autoCloseTime} hint={t("field.autoCloseHint")}>
          <Input
            name="autoCloseTime"
            defaultValue={v.autoCloseTime ?? cashbox.autoCloseTime}
            placeholder="23:59"
            inputMode="numeric"
            maxLength={5}
            pattern="[0-2][0-9]:[0-5][0-9]"
          />
        </Field>
        <Field label={t("field.taxation")} error={e.taxation}>
          <Select
            name={registered ? undefined : "taxation"}
            defaultValue={registered ? cashbox.taxation : (v.taxation ?? cashbox.taxation)}
            disabled={registered}
          >
            <option value="">{t("field.taxationNone")}</option>
            {taxationCodes.map((code) => (
              <option key={code} value={code}>
                {t(`taxation.${code}`)}
              </option>
            ))}
          </Select>
        </Field>
        <div className="sm:col-span-2">
          <Field label={t("field.receiptFooter")} error={e.receiptFooter}>
            <Textarea
              name="receiptFooter"
              defaultValue={v.receiptFooter ?? cashbox.receiptFooter}
              maxLength={250}
              rows={2}
            />
          </Field>
        </div>
      </fieldset>
      {readOnly ? null : (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? tc("saving") : tc("save")}
          </Button>
          <FormMessage state={state} />
        </div>
      )}
    </ActionForm>
  );
}
