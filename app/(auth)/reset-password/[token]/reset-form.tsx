"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { initialActionState } from "@/lib/http/action-state";
import { resetPasswordAction } from "./actions";
import { ActionForm } from "@/components/ui/action-form";

export function ResetForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(resetPasswordAction, initialActionState);
  if (state.ok) {
    return (
      <div className="space-y-4">
        <FormMessage state={state} />
        <Link href="/login" className="text-brand-600 underline">
          {t("toSignIn")}
        </Link>
      </div>
    );
  }
  return (
    <ActionForm state={state} action={action} className="space-y-4" noValidate>
      <h1 className="text-xl font-semibold">{t("resetTitle")}</h1>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <Field label={t("newPassword")} error={state.fieldErrors?.password}>
        <Input name="password" type="password" autoComplete="new-password" required autoFocus />
      </Field>
      <Field label={t("repeatPassword")} error={state.fieldErrors?.password2}>
        <Input name="password2" type="password" autoComplete="new-password" required />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {t("setPassword")}
      </Button>
    </ActionForm>
  );
}
