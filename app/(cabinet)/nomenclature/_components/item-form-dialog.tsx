"use client";
import { useActionState, useEffect, useId } from "react";
import { Modal } from "@/components/ui/dialog";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input, Select } from "@/components/ui/input";
import { initialActionState, type ActionState } from "@/lib/http/action-state";
import { ITEM_TYPES, LIMITS, MEASURE_UNITS } from "@/lib/nomenclature/schemas";
import { createItemAction, updateItemAction } from "../actions";
import { priceInput } from "./format";
import type { ItemRow, VatOption } from "./types";
import { ActionForm } from "@/components/ui/action-form";

/** Create or edit an item in a dialog; field errors come back from the server action. */
export function ItemFormDialog({
  item,
  open,
  onOpenChange,
  vatOptions,
  sections,
  defaultVat,
  onSaved,
}: {
  /** null: a new item */
  item: ItemRow | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  vatOptions: VatOption[];
  sections: string[];
  defaultVat: string;
  onSaved: (message: string) => void;
}) {
  const t = useTranslations("nomenclature");
  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      layout="sheet"
      size="2xl"
      title={item ? t("form.editTitle") : t("form.createTitle")}
      description={item ? t("form.editTitle") : t("form.createTitle")}
      hideDescription
    >
      {open ? (
        <div className="mt-4">
          <ItemForm
            item={item}
            vatOptions={vatOptions}
            sections={sections}
            defaultVat={defaultVat}
            onSaved={onSaved}
            onCancel={() => onOpenChange(false)}
          />
        </div>
      ) : null}
    </Modal>
  );
}

function ItemForm({
  item,
  vatOptions,
  sections,
  defaultVat,
  onSaved,
  onCancel,
}: {
  item: ItemRow | null;
  vatOptions: VatOption[];
  sections: string[];
  defaultVat: string;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("nomenclature");
  const tc = useTranslations("common");
  const locale = useLocale();
  const sectionsId = useId();
  const [state, action, pending] = useActionState<ActionState, FormData>(
    item ? updateItemAction : createItemAction,
    initialActionState,
  );
  useEffect(() => {
    if (state.ok) onSaved(state.message ?? "common.saved");
  }, [state, onSaved]);
  const v = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const fe = state.fieldErrors ?? {};
  // An item may keep a rate that is no longer in force; new choices are only rates in force.
  const options = vatOptions.filter((o) => o.inForce || o.code === item?.vatRate);
  return (
    <ActionForm state={state} action={action} noValidate className="space-y-4">
      {state.ok ? null : <FormMessage state={state} />}
      {item ? (
        <>
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="version" value={item.version} />
        </>
      ) : null}
      <Field label={t("col.name")} error={fe.name}>
        <Input
          name="name"
          defaultValue={v("name", item?.name ?? "")}
          maxLength={LIMITS.name}
          required
          autoFocus
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("col.article")} error={fe.article} hint={t("form.articleHint")}>
          <Input
            name="article"
            defaultValue={v("article", item?.article ?? "")}
            maxLength={LIMITS.article}
            autoComplete="off"
          />
        </Field>
        <Field label={t("col.barcodes")} error={fe.barcodes} hint={t("form.barcodesHint")}>
          <Input
            name="barcodes"
            defaultValue={v("barcodes", item?.barcodes.join(", ") ?? "")}
            inputMode="text"
            autoComplete="off"
          />
        </Field>
        <Field label={t("col.type")} error={fe.type}>
          <Select name="type" defaultValue={v("type", item?.type ?? "GOOD")}>
            {ITEM_TYPES.map((x) => (
              <option key={x} value={x}>
                {t(`type.${x}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("col.unit")} error={fe.unit} hint={t("form.unitHint")}>
          <Select name="unit" defaultValue={v("unit", item?.unit ?? "PIECE")}>
            {MEASURE_UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`unitLong.${u}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("col.price")} error={fe.price} hint={t("form.priceHint")}>
          <Input
            name="price"
            defaultValue={v("price", item ? priceInput(item.price, locale) : "")}
            inputMode="decimal"
            autoComplete="off"
            required
          />
        </Field>
        <Field label={t("col.vatRate")} error={fe.vatRate}>
          <Select name="vatRate" defaultValue={v("vatRate", item?.vatRate ?? defaultVat)}>
            {options.map((o) => (
              <option key={o.code} value={o.code}>
                {o.name}
                {o.inForce ? "" : ` (${t("vatNotInForce")})`}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t("col.section")} error={fe.section} hint={t("form.sectionHint")}>
        <Input
          name="section"
          defaultValue={v("section", item?.section ?? "")}
          maxLength={LIMITS.section}
          list={sectionsId}
          autoComplete="off"
        />
      </Field>
      <datalist id={sectionsId}>
        {sections.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          {tc("cancel")}
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : tc("save")}
        </Button>
      </div>
    </ActionForm>
  );
}
