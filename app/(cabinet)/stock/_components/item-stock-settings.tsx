"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { initialActionState, type ActionState } from "@/lib/http/action-state";
import { itemStockSettingsAction } from "../actions";

/** «Учёт остатков» of one item: the switch and the minimum; keeps what was typed after a refusal. */
export function ItemStockSettings(props: {
  itemId: string;
  tracksStock: boolean;
  stockMin: string;
  service: boolean;
}) {
  const t = useTranslations("stock");
  const [state, action, pending] = useActionState<ActionState, FormData>(
    itemStockSettingsAction,
    initialActionState,
  );
  const v = state.values;
  const tracks = v ? v.tracksStock === "on" : props.tracksStock;
  return (
    <Card>
      <h2 className="mb-3 font-semibold">{t("item.settings")}</h2>
      <ActionForm action={action} state={state} className="space-y-3">
        <input type="hidden" name="itemId" value={props.itemId} />
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            name="tracksStock"
            defaultChecked={tracks}
            disabled={props.service}
            className="mt-1"
          />
          <span>
            {t("item.tracksStock")}
            <span className="block text-xs text-slate-500">{t("item.tracksStockHint")}</span>
          </span>
        </label>
        <Field label={t("item.stockMin")} hint={t("item.stockMinHint")} error={state.fieldErrors?.stockMin}>
          <Input
            name="stockMin"
            inputMode="decimal"
            defaultValue={v?.stockMin ?? props.stockMin}
            className="w-40"
          />
        </Field>
        <FormMessage state={state} />
        <Button type="submit" disabled={pending}>
          {t("item.save")}
        </Button>
      </ActionForm>
    </Card>
  );
}
