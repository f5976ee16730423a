"use client";
import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { signOut } from "@/lib/auth/client";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { initialActionState } from "@/lib/http/action-state";
import { changePasswordAction } from "./actions";
import { ActionForm } from "@/components/ui/action-form";

export function ChangePasswordForm() {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(changePasswordAction, initialActionState);
  useEffect(() => {
    // A password change ends every session, this one included: sign in again with the new one.
    if (state.ok) {
      const timer = setTimeout(() => signOut({ callbackUrl: "/login" }), 1500);
      return () => clearTimeout(timer);
    }
  }, [state.ok]);
  return (
    <ActionForm state={state} action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field label={t("currentPassword")} error={state.fieldErrors?.current}>
        <Input name="current" type="password" autoComplete="current-password" required />
      </Field>
      <Field label={t("newPassword")} error={state.fieldErrors?.password}>
        <Input name="password" type="password" autoComplete="new-password" required />
      </Field>
      <Field label={t("repeatPassword")} error={state.fieldErrors?.password2}>
        <Input name="password2" type="password" autoComplete="new-password" required />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("changePassword")}
      </Button>
    </ActionForm>
  );
}
