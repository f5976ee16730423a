"use client";
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { ShoppingCart } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { initialActionState } from "@/lib/http/action-state";
import { changeCartAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

export function AddToCart({ productId, productName }: { productId: string; productName: string }) {
  const t = useTranslations("market");
  const tAll = useTranslations();
  const [state, action, pending] = useActionState(changeCartAction, initialActionState);
  const qtyId = useId();
  return (
    <ActionForm state={state} action={action} className="mt-auto pt-4" noValidate>
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="mode" value="add" />
      <div className="flex items-end gap-2">
        <div className="w-20">
          <label htmlFor={qtyId} className="block text-xs text-slate-600">
            {t("quantity")}
          </label>
          <Input
            id={qtyId}
            name="quantity"
            type="number"
            min={1}
            max={100}
            defaultValue={1}
            inputMode="numeric"
            aria-invalid={state.fieldErrors?.quantity ? true : undefined}
          />
        </div>
        <Button
          type="submit"
          disabled={pending}
          className="flex-1"
          aria-label={`${t("addToCart")}: ${productName}`}
        >
          <ShoppingCart className="h-4 w-4" aria-hidden />
          {t("addToCart")}
        </Button>
      </div>
      <p
        aria-live="polite"
        className={state.ok ? "mt-1 text-xs text-emerald-700" : "mt-1 text-xs text-red-600"}
      >
        {state.fieldErrors?.quantity
          ? tAll(state.fieldErrors.quantity)
          : state.message && !pending
            ? tAll.has(state.message)
              ? tAll(state.message)
              : state.message
            : ""}
      </p>
    </ActionForm>
  );
}
