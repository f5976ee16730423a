"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { replaceDriveAction } from "../actions";
import { ConfirmActionForm } from "./confirm-action-form";

export function ReplaceDriveForm({
  cashboxId,
  currentNumber,
  fnModels,
  fnValidity,
}: {
  cashboxId: string;
  currentNumber: string | null;
  fnModels: string[];
  fnValidity: number[];
}) {
  const t = useTranslations("cashbox");
  return (
    <>
      <p className="mb-4 text-sm text-slate-600">{t("drives.replaceExplain")}</p>
      <ConfirmActionForm
        action={replaceDriveAction}
        hidden={{ cashboxId }}
        title={t("drives.confirmTitle")}
        text={
          currentNumber ? t("drives.confirmText", { number: currentNumber }) : t("drives.confirmTextFirst")
        }
        submitLabel={t("drives.submit")}
        variant="primary"
      >
        {(s, pending) => (
          <fieldset disabled={pending} className="grid gap-4 sm:grid-cols-3">
            <Field label={t("drives.newNumber")} error={s.fieldErrors?.number} hint={t("field.fnNumberHint")}>
              <Input
                name="number"
                defaultValue={s.values?.number ?? ""}
                inputMode="numeric"
                maxLength={20}
                autoComplete="off"
                className="font-mono"
                required
              />
            </Field>
            <Field label={t("field.fnModel")} error={s.fieldErrors?.model}>
              <Select name="model" defaultValue={s.values?.model ?? ""} required>
                <option value="">{t("field.chooseFnModel")}</option>
                {fnModels.map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("field.fnValidity")} error={s.fieldErrors?.validityMonths}>
              <Select name="validityMonths" defaultValue={s.values?.validityMonths ?? ""} required>
                <option value="">{t("field.chooseFnValidity")}</option>
                {fnValidity.map((m) => (
                  <option key={m} value={String(m)}>
                    {t("field.months", { months: m })}
                  </option>
                ))}
              </Select>
            </Field>
          </fieldset>
        )}
      </ConfirmActionForm>
    </>
  );
}
