"use client";
import { useActionState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input, Select } from "@/components/ui/input";
import { initialActionState } from "@/lib/http/action-state";
import { mintBatchAction } from "./actions";
import { ActionForm } from "@/components/ui/action-form";

export function MintForm({
  products,
  owners,
}: {
  products: { id: string; label: string }[];
  owners: { id: string; label: string }[];
}) {
  const t = useTranslations("codes.admin");
  const [state, action, pending] = useActionState(mintBatchAction, initialActionState);
  const err = state.fieldErrors ?? {};
  return (
    <ActionForm state={state} action={action} className="grid gap-3 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2 space-y-1">
        <FormMessage state={state} />
        {state.ok && state.data?.batchId ? (
          <Link
            href={`/admin/codes?batch=${state.data.batchId}`}
            className="text-sm text-brand-700 underline"
          >
            {t("showCodes")}
          </Link>
        ) : null}
      </div>
      <Field label={t("product")} error={err.productId}>
        <Select name="productId" defaultValue={state.values?.productId ?? ""}>
          <option value="">—</option>
          {products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("owner")} hint={t("ownerHint")} error={err.ownerOrganizationId}>
        <Select name="ownerOrganizationId" defaultValue={state.values?.ownerOrganizationId ?? ""}>
          <option value="">—</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("quantity")} error={err.quantity}>
        <Input name="quantity" inputMode="numeric" defaultValue={state.values?.quantity ?? "10"} />
      </Field>
      <Field label={t("note")} error={err.note}>
        <Input name="note" defaultValue={state.ok ? "" : (state.values?.note ?? "")} maxLength={200} />
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {t("mint")}
        </Button>
      </div>
    </ActionForm>
  );
}
