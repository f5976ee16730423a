"use client";
import { useActionState, useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { initialActionState } from "@/lib/http/action-state";
import { formLevel } from "../../_components/form-level";
import { changeRoleAction, cashierSettingsAction, removeMemberAction } from "../actions";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { RoleOptions } from "./role-options";
import { ActionForm } from "@/components/ui/action-form";

export function RoleForm({
  id,
  role,
  roles,
  locked,
  self,
}: {
  id: string;
  role: string;
  roles: string[];
  locked: boolean;
  /** the signed-in user's own membership: a new role may close this page to them */
  self: boolean;
}) {
  const t = useTranslations("settings.users");
  const router = useRouter();
  const [state, action, pending] = useActionState(changeRoleAction, initialActionState);
  useEffect(() => {
    if (self && state.ok && state.message === "settings.users.roleChanged") router.push("/");
  }, [self, state, router]);
  return (
    <ActionForm state={state} action={action} className="space-y-4">
      <input type="hidden" name="id" value={id} />
      <RoleOptions
        roles={roles}
        defaultValue={state.values?.role ?? role}
        error={state.fieldErrors?.role}
        disabled={locked || pending}
      />
      {locked ? null : (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending}>
            {t("changeRole")}
          </Button>
          <FormMessage state={formLevel(state)} />
        </div>
      )}
    </ActionForm>
  );
}

export function CashierForm({ id, limit, currency }: { id: string; limit: string; currency: string }) {
  const t = useTranslations("settings.users");
  const tc = useTranslations("common");
  const [state, action, pending] = useActionState(cashierSettingsAction, initialActionState);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);
  const e = state.fieldErrors ?? {};
  return (
    <ActionForm state={state} ref={form} action={action} noValidate className="space-y-4">
      <input type="hidden" name="id" value={id} />
      <fieldset disabled={pending} className="grid gap-4 sm:grid-cols-2">
        <Field label={t("pin")} error={e.pin} hint={t("pinHint")}>
          <Input
            name="pin"
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            maxLength={6}
            defaultValue=""
          />
        </Field>
        <Field label={t("limit", { currency })} error={e.operationLimit} hint={t("limitHint")}>
          <Input
            name="operationLimit"
            inputMode="decimal"
            autoComplete="off"
            maxLength={20}
            defaultValue={state.values?.operationLimit ?? limit}
          />
        </Field>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : tc("save")}
        </Button>
        <FormMessage state={formLevel(state)} />
      </div>
    </ActionForm>
  );
}

export function RemoveMemberButton({ id, name, org }: { id: string; name: string; org: string }) {
  const t = useTranslations("settings.users");
  const router = useRouter();
  const [state, action, pending] = useActionState(removeMemberAction, initialActionState);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) router.push(state.data?.self ? "/" : "/settings/users");
  }, [state, router]);
  return (
    <ActionForm state={state} ref={form} action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <ConfirmButton
        disabled={pending || state.ok}
        title={t("removeConfirmTitle", { name })}
        text={t("removeConfirmText", { org })}
        onConfirm={() => form.current?.requestSubmit()}
      >
        {t("remove")}
      </ConfirmButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}
