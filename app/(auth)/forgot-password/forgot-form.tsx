"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { initialActionState } from "@/lib/http/action-state";
import { requestResetAction } from "./actions";
import { ActionForm } from "@/components/ui/action-form";

export function ForgotForm() {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(requestResetAction, initialActionState);
  return (
    <ActionForm state={state} action={action} className="space-y-4" noValidate>
      <h1 className="text-xl font-semibold">{t("resetTitle")}</h1>
      <p className="text-sm text-slate-600">{t("resetIntro")}</p>
      <FormMessage state={state} />
      <Field label={t("email")} error={state.fieldErrors?.email}>
        <Input
          name="email"
          type="email"
          autoComplete="username"
          defaultValue={state.values?.email}
          required
          autoFocus
        />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {t("sendLink")}
      </Button>
      <p className="text-center text-sm">
        <Link href="/login" className="text-brand-600 underline">
          {t("toSignIn")}
        </Link>
      </p>
    </ActionForm>
  );
}
