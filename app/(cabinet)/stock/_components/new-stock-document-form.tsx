"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input, Select } from "@/components/ui/input";
import { initialActionState, type ActionState } from "@/lib/http/action-state";
import { STOCK_DOCUMENT_TYPES, type StockDocumentType } from "@/lib/stock/schemas";
import { createStockDocumentAction } from "../actions";

/** «Новый документ»: its type decides which fields it asks (supplier, reason, target point). */
export function NewStockDocumentForm({ tradePoints }: { tradePoints: { id: string; name: string }[] }) {
  const t = useTranslations("stock");
  const [state, action, pending] = useActionState<ActionState, FormData>(
    createStockDocumentAction,
    initialActionState,
  );
  const v = state.values;
  const [type, setType] = useState<StockDocumentType>((v?.type as StockDocumentType) ?? "RECEIPT");
  const e = state.fieldErrors ?? {};
  return (
    <Card className="mb-6">
      <h2 className="mb-3 font-semibold">{t("docs.new")}</h2>
      <ActionForm action={action} state={state} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Field label={t("docs.type")} error={e.type}>
          <Select name="type" value={type} onChange={(ev) => setType(ev.target.value as StockDocumentType)}>
            {STOCK_DOCUMENT_TYPES.map((x) => (
              <option key={x} value={x}>
                {t(`docType.${x}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("docs.tradePoint")} error={e.tradePointId}>
          <Select name="tradePointId" defaultValue={v?.tradePointId ?? tradePoints[0]?.id}>
            {tradePoints.map((tp) => (
              <option key={tp.id} value={tp.id}>
                {tp.name}
              </option>
            ))}
          </Select>
        </Field>
        {type === "TRANSFER" ? (
          <Field label={t("docs.toTradePoint")} error={e.toTradePointId}>
            <Select name="toTradePointId" defaultValue={v?.toTradePointId ?? tradePoints[1]?.id ?? ""}>
              {tradePoints.map((tp) => (
                <option key={tp.id} value={tp.id}>
                  {tp.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        {type === "RECEIPT" ? (
          <Field label={t("docs.supplier")} error={e.supplier}>
            <Input name="supplier" defaultValue={v?.supplier ?? ""} maxLength={200} />
          </Field>
        ) : null}
        {type === "WRITE_OFF" ? (
          <Field label={t("docs.reason")} error={e.reason}>
            <Input name="reason" defaultValue={v?.reason ?? ""} maxLength={200} />
          </Field>
        ) : null}
        <Field label={t("docs.comment")} error={e.comment}>
          <Input name="comment" defaultValue={v?.comment ?? ""} maxLength={500} />
        </Field>
        <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-3">
          <Button type="submit" disabled={pending}>
            {t("docs.create")}
          </Button>
          <FormMessage state={state} />
        </div>
      </ActionForm>
    </Card>
  );
}
