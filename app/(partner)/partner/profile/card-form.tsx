"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input, Textarea } from "@/components/ui/input";
import { initialActionState } from "@/lib/http/action-state";
import { saveDirectoryCardAction } from "../actions";

export interface DirectoryCardValues {
  listed: boolean;
  city: string;
  phone: string;
  email: string;
  website: string;
  about: string;
}

export function DirectoryCardForm({ values }: { values: DirectoryCardValues }) {
  const t = useTranslations("partner.directory");
  const [state, action, pending] = useActionState(saveDirectoryCardAction, initialActionState);
  const err = state.fieldErrors ?? {};
  // after a refused submit every field shows what was typed; after a save, what was saved
  const v = !state.ok && state.values ? state.values : null;
  const text = (k: keyof Omit<DirectoryCardValues, "listed">) => v?.[k] ?? values[k];
  return (
    <Card>
      <ActionForm state={state} action={action} className="space-y-4" noValidate>
        <FormMessage state={state} />
        <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
          <input
            type="checkbox"
            name="listed"
            defaultChecked={v ? v.listed === "on" : values.listed}
            className="h-4 w-4"
          />
          {t("listed")}
        </label>
        <Field label={t("city")} error={err.city}>
          <Input name="city" defaultValue={text("city")} maxLength={60} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("phone")} error={err.phone}>
            <Input name="phone" type="tel" defaultValue={text("phone")} maxLength={30} />
          </Field>
          <Field label={t("email")} error={err.email}>
            <Input name="email" type="email" defaultValue={text("email")} maxLength={120} />
          </Field>
        </div>
        <Field label={t("website")} error={err.website}>
          <Input
            name="website"
            type="url"
            defaultValue={text("website")}
            maxLength={200}
            placeholder="https://"
          />
        </Field>
        <Field label={t("about")} hint={t("aboutHint")} error={err.about}>
          <Textarea name="about" defaultValue={text("about")} maxLength={300} rows={3} />
        </Field>
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
      </ActionForm>
    </Card>
  );
}
