"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Textarea } from "@/components/ui/input";
import { initialActionState } from "@/lib/http/action-state";
import { placeOrderAction } from "../../actions";
import { ActionForm } from "@/components/ui/action-form";

export function CheckoutForm({ needsDelivery, totalText }: { needsDelivery: boolean; totalText: string }) {
  const t = useTranslations("market.cart");
  // On success the action redirects (to the provider's payment page or to the order).
  const [state, action, pending] = useActionState(placeOrderAction, initialActionState);
  const [method, setMethod] = useState(state.values?.paymentMethod ?? "CARD");
  return (
    <ActionForm state={state} action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("method")}</legend>
        {(["CARD", "INVOICE"] as const).map((m) => (
          <label
            key={m}
            className="flex cursor-pointer gap-3 rounded-md border border-slate-200 p-3 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"
          >
            <input
              type="radio"
              name="paymentMethod"
              value={m}
              checked={method === m}
              onChange={() => setMethod(m)}
              className="mt-1"
            />
            <span>
              <span className="block text-sm font-medium">{t(m)}</span>
              <span className="block text-xs text-slate-600">
                {m === "CARD" ? t("cardHint") : t("invoiceHint")}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {needsDelivery ? (
        <Field label={t("delivery")} hint={t("deliveryHint")} error={state.fieldErrors?.deliveryAddress}>
          <Textarea
            name="deliveryAddress"
            defaultValue={state.values?.deliveryAddress ?? ""}
            rows={3}
            required
          />
        </Field>
      ) : null}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("placing") : `${t("place")} · ${totalText}`}
      </Button>
    </ActionForm>
  );
}
