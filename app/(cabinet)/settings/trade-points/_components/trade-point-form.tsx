"use client";
import { useActionState, useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { initialActionState } from "@/lib/http/action-state";
import { formLevel } from "../../_components/form-level";
import { createTradePointAction, updateTradePointAction } from "../actions";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { ActionForm } from "@/components/ui/action-form";

/** Create (no `point`) or edit a trade point. After creating, opens the new point's page. */
export function TradePointForm({
  point,
  readOnly = false,
}: {
  point?: { id: string; name: string; address: string };
  readOnly?: boolean;
}) {
  const t = useTranslations("settings.tradePoints");
  const tc = useTranslations("common");
  const router = useRouter();
  const [state, action, pending] = useActionState(
    point ? updateTradePointAction : createTradePointAction,
    initialActionState,
  );
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);
  const createdId = !point && state.ok ? state.data?.id : undefined;
  useEffect(() => {
    if (createdId) router.push(`/settings/trade-points/${createdId}?created=1`);
  }, [createdId, router]);
  const e = state.fieldErrors ?? {};
  return (
    <ActionForm state={state} ref={form} action={action} noValidate className="space-y-4">
      {point ? <input type="hidden" name="id" value={point.id} /> : null}
      <fieldset disabled={readOnly || pending} className="space-y-4">
        <Field label={t("name")} error={e.name} hint={t("nameHint")}>
          <Input
            name="name"
            defaultValue={state.values?.name ?? point?.name ?? ""}
            maxLength={120}
            required
          />
        </Field>
        <Field label={t("address")} error={e.address}>
          <Input
            name="address"
            defaultValue={state.values?.address ?? point?.address ?? ""}
            maxLength={300}
            autoComplete="street-address"
            required
          />
        </Field>
      </fieldset>
      {readOnly ? null : (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending || !!createdId}>
            {pending ? tc("saving") : point ? tc("save") : tc("add")}
          </Button>
          {createdId ? null : <FormMessage state={formLevel(state)} />}
        </div>
      )}
    </ActionForm>
  );
}
