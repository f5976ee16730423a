"use client";
import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { initialActionState } from "@/lib/http/action-state";
import { formLevel } from "../../_components/form-level";
import { inviteMemberAction } from "../actions";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { RoleOptions } from "./role-options";
import { ActionForm } from "@/components/ui/action-form";

export function InviteForm({ roles }: { roles: string[] }) {
  const t = useTranslations("settings.users");
  const [state, action, pending] = useActionState(inviteMemberAction, initialActionState);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);
  const e = state.fieldErrors ?? {};
  return (
    <ActionForm state={state} ref={form} action={action} noValidate className="space-y-4">
      <fieldset disabled={pending} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("email")} error={e.email}>
            <Input
              name="email"
              type="email"
              defaultValue={state.values?.email ?? ""}
              autoComplete="off"
              maxLength={200}
              required
            />
          </Field>
          <Field label={t("name")} error={e.name} hint={t("nameHint")}>
            <Input name="name" defaultValue={state.values?.name ?? ""} autoComplete="off" maxLength={120} />
          </Field>
        </div>
        <RoleOptions roles={roles} defaultValue={state.values?.role ?? "ACCOUNTANT"} error={e.role} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("sendInvite")}
        </Button>
        <FormMessage state={formLevel(state)} />
      </div>
    </ActionForm>
  );
}
