"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input, Select } from "@/components/ui/input";
import { initialActionState } from "@/lib/http/action-state";
import { PRODUCT_KINDS } from "@/lib/market/schemas";
import { saveProductAction } from "./actions";
import { ActionForm } from "@/components/ui/action-form";

export interface ProductFormValues {
  productId: string;
  code: string;
  kind: (typeof PRODUCT_KINDS)[number];
  nameRu: string;
  nameKk: string;
  nameEn: string;
  months: string;
  priceRu: string;
  priceKz: string;
  active: boolean;
  sortOrder: string;
}

export function ProductForm({ values }: { values: ProductFormValues }) {
  const t = useTranslations("market.admin");
  const tm = useTranslations("market");
  const [state, action, pending] = useActionState(saveProductAction, initialActionState);
  const v = (k: keyof ProductFormValues) => (state.ok ? undefined : state.values?.[k]) ?? String(values[k]);
  const err = state.fieldErrors ?? {};
  return (
    <ActionForm state={state} action={action} className="grid gap-3 sm:grid-cols-2" noValidate>
      <input type="hidden" name="productId" value={values.productId} />
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <Field label={t("code")} error={err.code}>
        <Input name="code" defaultValue={v("code")} className="font-mono uppercase" maxLength={32} />
      </Field>
      <Field label={t("kind")} error={err.kind}>
        <Select name="kind" defaultValue={v("kind")}>
          {PRODUCT_KINDS.map((k) => (
            <option key={k} value={k}>
              {tm(`kind.${k}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("nameRu")} error={err.nameRu}>
        <Input name="nameRu" defaultValue={v("nameRu")} maxLength={200} />
      </Field>
      <Field label={t("nameKk")} error={err.nameKk}>
        <Input name="nameKk" defaultValue={v("nameKk")} maxLength={200} />
      </Field>
      <Field label={t("nameEn")} error={err.nameEn}>
        <Input name="nameEn" defaultValue={v("nameEn")} maxLength={200} />
      </Field>
      <Field label={t("months")} hint={t("monthsHint")} error={err.months}>
        <Input name="months" defaultValue={v("months")} inputMode="numeric" />
      </Field>
      <Field label={t("priceRu")} hint={t("priceHint")} error={err.priceRu}>
        <Input name="priceRu" defaultValue={v("priceRu")} inputMode="decimal" />
      </Field>
      <Field label={t("priceKz")} hint={t("priceHint")} error={err.priceKz}>
        <Input name="priceKz" defaultValue={v("priceKz")} inputMode="decimal" />
      </Field>
      <Field label={t("sortOrder")} error={err.sortOrder}>
        <Input name="sortOrder" defaultValue={v("sortOrder")} inputMode="numeric" />
      </Field>
      <label className="flex items-center gap-2 self-end pb-2 text-sm">
        <input
          type="checkbox"
          name="active"
          defaultChecked={state.ok || !state.values ? values.active : state.values.active === "on"}
        />
        {t("active")}
      </label>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
      </div>
    </ActionForm>
  );
}
