"use client";
import { useActionState, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input, Select } from "@/components/ui/input";
import { initialActionState } from "@/lib/http/action-state";
import { addVatRateAction, deleteVatRateAction, endVatRateAction } from "./actions";

/** «Новая ставка»: a rate of a country from a day (today or later), optionally to a day. */
export function AddVatRateForm({ today }: { today: string }) {
  const t = useTranslations("nomenclature.vatAdmin");
  const [state, action, pending] = useActionState(addVatRateAction, initialActionState);
  const v = state.ok ? {} : (state.values ?? {});
  const [kind, setKind] = useState(v.kind ?? "percent");
  const err = state.fieldErrors ?? {};
  return (
    <ActionForm state={state} action={action} className="grid gap-3 sm:grid-cols-3" noValidate>
      <div className="sm:col-span-3">
        <FormMessage state={state} />
      </div>
      <Field label={t("country")} error={err.country}>
        <Select name="country" defaultValue={v.country ?? "RU"}>
          <option value="RU">{t("countryName.RU")}</option>
          <option value="KZ">{t("countryName.KZ")}</option>
        </Select>
      </Field>
      <Field label={t("code")} hint={t("codeHint")} error={err.code}>
        <Input
          name="code"
          defaultValue={v.code ?? ""}
          maxLength={16}
          autoComplete="off"
          className="font-mono"
        />
      </Field>
      <Field label={t("name")} hint={t("nameHint")} error={err.name}>
        <Input name="name" defaultValue={v.name ?? ""} maxLength={40} />
      </Field>
      <fieldset className="space-y-1 sm:col-span-3">
        <legend className="block text-sm font-medium text-slate-700">{t("kind")}</legend>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <label className="inline-flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="kind"
              value="percent"
              checked={kind === "percent"}
              onChange={() => setKind("percent")}
            />
            {t("kindPercent")}
          </label>
          <label className="inline-flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="kind"
              value="none"
              checked={kind === "none"}
              onChange={() => setKind("none")}
            />
            {t("kindNone")}
          </label>
        </div>
      </fieldset>
      {kind === "percent" ? (
        <Field label={t("rate")} hint={t("rateHint")} error={err.rate}>
          <Input name="rate" inputMode="decimal" defaultValue={v.rate ?? ""} maxLength={6} />
        </Field>
      ) : null}
      <Field label={t("validFrom")} error={err.validFrom}>
        <Input type="date" name="validFrom" min={today} defaultValue={v.validFrom ?? today} />
      </Field>
      <Field label={t("validTo")} hint={t("validToHint")} error={err.validTo}>
        <Input type="date" name="validTo" min={today} defaultValue={v.validTo ?? ""} />
      </Field>
      <div className="sm:col-span-3">
        <Button type="submit" disabled={pending}>
          {t("add")}
        </Button>
      </div>
    </ActionForm>
  );
}

/** «Завершить»: the last day the rate applies. */
export function EndVatRateForm({ id, code, min }: { id: string; code: string; min: string }) {
  const t = useTranslations("nomenclature.vatAdmin");
  const [state, action, pending] = useActionState(endVatRateAction, initialActionState);
  const [to, setTo] = useState(state.ok ? min : (state.values?.validTo ?? min));
  const form = useRef<HTMLFormElement>(null);
  const err = state.fieldErrors ?? {};
  return (
    <ActionForm
      state={state}
      ref={form}
      action={action}
      className="flex flex-wrap items-end gap-2"
      noValidate
    >
      <input type="hidden" name="id" value={id} />
      <Field label={t("endOn", { code })} error={err.validTo}>
        <Input type="date" name="validTo" min={min} value={to} onChange={(e) => setTo(e.target.value)} />
      </Field>
      <ConfirmButton
        variant="secondary"
        title={t("endConfirm", { code })}
        text={t("endConfirmText")}
        disabled={pending || to === ""}
        onConfirm={() => form.current?.requestSubmit()}
      >
        {t("end")}
      </ConfirmButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}

/** «Удалить»: only a rate that has not started. */
export function DeleteVatRateForm({ id, code }: { id: string; code: string }) {
  const t = useTranslations("nomenclature.vatAdmin");
  const [state, action, pending] = useActionState(deleteVatRateAction, initialActionState);
  const form = useRef<HTMLFormElement>(null);
  return (
    <ActionForm state={state} ref={form} action={action} className="inline-flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <ConfirmButton
        title={t("deleteConfirm", { code })}
        disabled={pending}
        onConfirm={() => form.current?.requestSubmit()}
      >
        {t("delete")}
      </ConfirmButton>
      {state.ok ? null : <FormMessage state={state} />}
    </ActionForm>
  );
}
