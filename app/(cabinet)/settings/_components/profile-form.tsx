"use client";
import { useActionState, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input, Select } from "@/components/ui/input";
import { initialActionState } from "@/lib/http/action-state";
import { formLevel } from "./form-level";
import { LEGAL_FORMS } from "@/lib/settings/schemas";
import { updateProfileAction } from "../actions";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { ActionForm } from "@/components/ui/action-form";

export interface ProfileFormProfile {
  name: string;
  country: "RU" | "KZ";
  legalForm: string;
  taxId: string;
  kpp: string | null;
  legalAddress: string;
  phone: string;
  email: string;
  bankName: string;
  bankAccount: string;
  bankCode: string;
  timezone: string;
}

export function ProfileForm({
  profile,
  timezones,
  readOnly,
}: {
  profile: ProfileFormProfile;
  timezones: { id: string; label: string }[];
  readOnly: boolean;
}) {
  const t = useTranslations("settings.profile");
  const tc = useTranslations("common");
  const ts = useTranslations("settings");
  const [state, action, pending] = useActionState(updateProfileAction, initialActionState);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);
  const [legalForm, setLegalForm] = useState(profile.legalForm);
  const v = (name: keyof ProfileFormProfile) => state.values?.[name] ?? String(profile[name] ?? "");
  const e = state.fieldErrors ?? {};
  const ru = profile.country === "RU";
  const forms: readonly string[] = LEGAL_FORMS[profile.country];

  return (
    <ActionForm state={state} ref={form} action={action} noValidate className="space-y-6">
      {readOnly ? (
        <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{ts("readOnly")}</p>
      ) : null}
      <input type="hidden" name="country" value={profile.country} />
      <fieldset disabled={readOnly || pending} className="space-y-6">
        <Card>
          <h2 className="mb-4 text-lg font-semibold">{t("requisites")}</h2>
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="space-y-1">
              <p className="text-sm font-medium text-slate-700">{t("country")}</p>
              <p className="flex h-10 items-center text-sm" data-testid="org-country">
                {tc(`country.${profile.country}`)}
              </p>
              <p className="text-xs text-slate-500">{t("countryHint")}</p>
            </div>
            <Field label={t("legalForm")} error={e.legalForm}>
              <Select name="legalForm" value={legalForm} onChange={(ev) => setLegalForm(ev.target.value)}>
                {forms.includes(legalForm) ? null : <option value={legalForm}>{legalForm}</option>}
                {forms.map((f) => (
                  <option key={f} value={f}>
                    {f}
                  </option>
                ))}
              </Select>
            </Field>
            <div className="sm:col-span-2">
              <Field label={t("name")} error={e.name} hint={t("nameHint")}>
                <Input name="name" defaultValue={v("name")} maxLength={200} required />
              </Field>
            </div>
            <Field
              label={ru ? t("taxIdRU") : t("taxIdKZ")}
              error={e.taxId}
              hint={ru ? t("taxIdHintRU") : t("taxIdHintKZ")}
            >
              <Input
                name="taxId"
                defaultValue={v("taxId")}
                inputMode="numeric"
                autoComplete="off"
                maxLength={14}
                required
              />
            </Field>
            {ru && legalForm !== "ИП" ? (
              <Field label={t("kpp")} error={e.kpp}>
                <Input name="kpp" defaultValue={v("kpp")} autoComplete="off" maxLength={9} required />
              </Field>
            ) : null}
          </div>
        </Card>

        <Card>
          <h2 className="mb-4 text-lg font-semibold">{t("contacts")}</h2>
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="sm:col-span-2">
              <Field label={t("legalAddress")} error={e.legalAddress}>
                <Input
                  name="legalAddress"
                  defaultValue={v("legalAddress")}
                  maxLength={300}
                  autoComplete="street-address"
                  required
                />
              </Field>
            </div>
            <Field label={t("phone")} error={e.phone}>
              <Input name="phone" type="tel" defaultValue={v("phone")} maxLength={30} autoComplete="tel" />
            </Field>
            <Field label={t("email")} error={e.email}>
              <Input
                name="email"
                type="email"
                defaultValue={v("email")}
                maxLength={200}
                autoComplete="email"
              />
            </Field>
            <Field label={t("timezone")} error={e.timezone} hint={t("timezoneHint")}>
              <Select name="timezone" defaultValue={v("timezone")}>
                {timezones.map((z) => (
                  <option key={z.id} value={z.id}>
                    {z.label}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        </Card>

        <Card>
          <h2 className="text-lg font-semibold">{t("bank")}</h2>
          <p className="mb-4 text-sm text-slate-500">{t("bankHint")}</p>
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="sm:col-span-2">
              <Field label={t("bankName")} error={e.bankName}>
                <Input name="bankName" defaultValue={v("bankName")} maxLength={200} />
              </Field>
            </div>
            <Field label={ru ? t("bankCodeRU") : t("bankCodeKZ")} error={e.bankCode}>
              <Input
                name="bankCode"
                defaultValue={v("bankCode")}
                maxLength={11}
                autoComplete="off"
                inputMode={ru ? "numeric" : "text"}
              />
            </Field>
            <Field label={ru ? t("bankAccountRU") : t("bankAccountKZ")} error={e.bankAccount}>
              <Input
                name="bankAccount"
                defaultValue={v("bankAccount")}
                maxLength={34}
                autoComplete="off"
                inputMode={ru ? "numeric" : "text"}
              />
            </Field>
          </div>
        </Card>
      </fieldset>
      {readOnly ? null : (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? tc("saving") : tc("save")}
          </Button>
          <FormMessage state={formLevel(state)} />
        </div>
      )}
    </ActionForm>
  );
}
