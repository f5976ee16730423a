"use client";
import { useActionState, useRef, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { TokenReveal } from "@/components/cashboxes/token-reveal";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input, Select } from "@/components/ui/input";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { OTHER_MODEL } from "@/lib/cashboxes/catalog";
import { initialActionState } from "@/lib/http/action-state";
import { createCashboxAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";
import { TradePointOptions } from "@/components/cashboxes/trade-point-options";

/** «Добавить кассу»; on success the form gives way to the one-time token and key. */
export function CreateCashboxForm({
  country,
  tradePoints,
  models,
  fnModels,
  fnValidity,
  ofds,
}: {
  country: "RU" | "KZ";
  tradePoints: { id: string; name: string; address: string }[];
  models: string[];
  fnModels: string[];
  fnValidity: number[];
  ofds: string[];
}) {
  const t = useTranslations("cashbox");
  const [state, action, pending] = useActionState(createCashboxAction, initialActionState);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);
  const v = state.values ?? {};
  const [model, setModel] = useState(v.model ?? "");
  const e = state.fieldErrors ?? {};

  if (state.ok && state.data?.token) {
    return (
      <TokenReveal title={t("token.createdTitle")} token={state.data.token} deviceKey={state.data.deviceKey}>
        <Link
          href={`/cashboxes/${state.data.cashboxId}`}
          className="inline-flex h-10 items-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
        >
          {t("token.openCard")}
        </Link>
        {/* A full load (not <Link>) resets the form and forgets the secrets. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a
          href="/cashboxes/new"
          className="inline-flex h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          {t("token.addAnother")}
        </a>
      </TokenReveal>
    );
  }

  return (
    <ActionForm state={state} ref={form} action={action} noValidate className="space-y-4">
      <input type="hidden" name="country" value={country} />
      <fieldset disabled={pending} className="grid gap-4 sm:grid-cols-2">
        <Field label={t("field.name")} error={e.name} hint={t("field.nameHint")}>
          <Input name="name" defaultValue={v.name ?? ""} maxLength={100} required />
        </Field>
        <Field label={t("field.tradePoint")} error={e.tradePointId}>
          <Select
            name="tradePointId"
            defaultValue={v.tradePointId ?? (tradePoints.length === 1 ? tradePoints[0].id : "")}
            required
          >
            <option value="">{t("field.chooseTradePoint")}</option>
            <TradePointOptions tradePoints={tradePoints} />
          </Select>
        </Field>
        <Field label={t("field.model")} error={e.model}>
          <Select name="model" value={model} onChange={(ev) => setModel(ev.target.value)} required>
            <option value="">{t("field.chooseModel")}</option>
            {models.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
            <option value={OTHER_MODEL}>{t("field.otherModel")}</option>
          </Select>
        </Field>
        {model === OTHER_MODEL ? (
          <Field label={t("field.modelOther")} error={e.modelOther}>
            <Input name="modelOther" defaultValue={v.modelOther ?? ""} maxLength={60} required />
          </Field>
        ) : null}
        <Field label={t("field.serialNumber")} error={e.serialNumber} hint={t("field.serialHint")}>
          <Input
            name="serialNumber"
            defaultValue={v.serialNumber ?? ""}
            maxLength={40}
            autoComplete="off"
            spellCheck={false}
            className="font-mono uppercase"
            required
          />
        </Field>
        {country === "KZ" ? (
          <Field label={t("field.ofd")} error={e.ofd}>
            <Select name="ofd" defaultValue={v.ofd ?? "OWN"}>
              {ofds.map((o) => (
                <option key={o} value={o}>
                  {t(`ofd.${o}`)}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
      </fieldset>
      {country === "RU" ? (
        <fieldset disabled={pending} className="border-t border-slate-200 pt-4">
          <legend className="sr-only">{t("add.fiscalDrive")}</legend>
          <p aria-hidden className="mb-3 text-sm font-semibold text-slate-900">
            {t("add.fiscalDrive")}
          </p>
          <div className="grid gap-4 sm:grid-cols-3">
            <Field label={t("field.fnNumber")} error={e.fnNumber} hint={t("field.fnNumberHint")}>
              <Input
                name="fnNumber"
                defaultValue={v.fnNumber ?? ""}
                inputMode="numeric"
                maxLength={20}
                autoComplete="off"
                className="font-mono"
                required
              />
            </Field>
            <Field label={t("field.fnModel")} error={e.fnModel}>
              <Select name="fnModel" defaultValue={v.fnModel ?? ""} required>
                <option value="">{t("field.chooseFnModel")}</option>
                {fnModels.map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("field.fnValidity")} error={e.fnValidity}>
              <Select name="fnValidity" defaultValue={v.fnValidity ?? ""} required>
                <option value="">{t("field.chooseFnValidity")}</option>
                {fnValidity.map((m) => (
                  <option key={m} value={String(m)}>
                    {t("field.months", { months: m })}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        </fieldset>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("add.submitting") : t("add.submit")}
        </Button>
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}
