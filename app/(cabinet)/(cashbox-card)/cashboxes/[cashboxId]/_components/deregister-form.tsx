"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { deregisterAction } from "../actions";
import { ConfirmActionForm } from "./confirm-action-form";

export function DeregisterForm({ cashboxId }: { cashboxId: string }) {
  const t = useTranslations("cashbox.deregister");
  return (
    <>
      <p className="mb-4 text-sm text-slate-600">{t("explain")}</p>
      <ConfirmActionForm
        action={deregisterAction}
        hidden={{ cashboxId }}
        title={t("confirmTitle")}
        text={t("confirmText")}
        submitLabel={t("submit")}
      >
        {(s) => (
          <Field label={t("reasonLabel")} error={s.fieldErrors?.reason} hint={t("reasonHint")}>
            <Textarea name="reason" defaultValue={s.values?.reason ?? ""} maxLength={500} rows={2} required />
          </Field>
        )}
      </ConfirmActionForm>
    </>
  );
}
