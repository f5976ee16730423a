"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { initialActionState } from "@/lib/http/action-state";
import { payWithTestCard } from "./actions";
import { ActionForm } from "@/components/ui/action-form";

/** Groups of four digits while typing. */
function formatCard(raw: string) {
  return (
    raw
      .replace(/\D/g, "")
      .slice(0, 19)
      .match(/.{1,4}/g) ?? []
  ).join(" ");
}

export function PayForm({ token }: { token: string }) {
  const t = useTranslations("market.testPay");
  const [state, action, pending] = useActionState(payWithTestCard, initialActionState);
  const [card, setCard] = useState(state.values?.card ?? "");
  return (
    <ActionForm state={state} action={action} className="mt-5 space-y-4" noValidate>
      <input type="hidden" name="session" value={token} />
      <FormMessage state={state} />
      <Field label={t("card")} error={state.fieldErrors?.card}>
        <Input
          name="card"
          value={card}
          onChange={(e) => setCard(formatCard(e.target.value))}
          inputMode="numeric"
          autoComplete="cc-number"
          placeholder="0000 0000 0000 0000"
          className="font-mono tracking-wider"
        />
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field label={t("expiry")} error={state.fieldErrors?.expiry}>
          <Input
            name="expiry"
            defaultValue={state.values?.expiry ?? "12/30"}
            autoComplete="cc-exp"
            inputMode="numeric"
          />
        </Field>
        <Field label={t("cvc")} error={state.fieldErrors?.cvc}>
          <Input
            name="cvc"
            defaultValue={state.values?.cvc ?? ""}
            autoComplete="cc-csc"
            inputMode="numeric"
            maxLength={3}
          />
        </Field>
      </div>
      <p className="text-xs text-slate-500">{t("cards")}</p>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("paying") : t("pay")}
      </Button>
    </ActionForm>
  );
}
