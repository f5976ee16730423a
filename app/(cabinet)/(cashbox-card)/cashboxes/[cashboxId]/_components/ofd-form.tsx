"use client";
// «Реквизиты → ОФД кассы» (KZ): this service's own ОФД or a third-party one (Транстелеком,
// Казахтелеком), changeable while the cashbox is a DRAFT. The choice decides the registration
// wizard: the signed application to the КГД, or the three steps on the ОФД's site.
import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/input";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { OFD_PROVIDERS } from "@/lib/cashboxes/catalog";
import { initialActionState } from "@/lib/http/action-state";
import { changeOfdAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

export function OfdForm({ cashboxId, ofd }: { cashboxId: string; ofd: string }) {
  const t = useTranslations("cashbox");
  const [state, action, pending] = useActionState(changeOfdAction, initialActionState);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);
  return (
    <ActionForm
      state={state}
      ref={form}
      action={action}
      noValidate
      className="space-y-3"
      data-testid="ofd-form"
    >
      <input type="hidden" name="cashboxId" value={cashboxId} />
      <p className="text-sm text-slate-600">{t("ofdForm.text")}</p>
      <Field label={t("field.ofd")} error={state.fieldErrors?.ofd}>
        <Select name="ofd" defaultValue={state.values?.ofd ?? ofd} disabled={pending}>
          {OFD_PROVIDERS.map((o) => (
            <option key={o} value={o}>
              {t(`ofd.${o}`)}
            </option>
          ))}
        </Select>
      </Field>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {t("ofdForm.save")}
      </Button>
    </ActionForm>
  );
}
