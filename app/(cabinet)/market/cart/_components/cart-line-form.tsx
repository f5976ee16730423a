"use client";
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { initialActionState } from "@/lib/http/action-state";
import { changeCartAction } from "../../actions";
import { ActionForm } from "@/components/ui/action-form";

/** Quantity of one cart line (submits on change) and its removal. */
export function CartLineForm({
  productId,
  quantity,
  name,
}: {
  productId: string;
  quantity: number;
  name: string;
}) {
  const t = useTranslations("market");
  const tAll = useTranslations();
  const [state, action, pending] = useActionState(changeCartAction, initialActionState);
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <ActionForm state={state} action={action} className="flex items-center gap-2" noValidate>
        <input type="hidden" name="productId" value={productId} />
        <input type="hidden" name="mode" value="set" />
        <label htmlFor={id} className="sr-only">
          {t("quantity")}: {name}
        </label>
        <Input
          id={id}
          name="quantity"
          type="number"
          min={1}
          max={100}
          defaultValue={quantity}
          key={quantity}
          className="w-20"
          inputMode="numeric"
          aria-invalid={state.fieldErrors?.quantity ? true : undefined}
          onBlur={(e) => {
            // Enter submits the form; leaving a changed field recalculates too.
            if (e.currentTarget.value !== String(quantity)) e.currentTarget.form?.requestSubmit();
          }}
        />
        {state.fieldErrors?.quantity ? (
          <span role="alert" className="text-xs text-red-600">
            {tAll(state.fieldErrors.quantity)}
          </span>
        ) : null}
      </ActionForm>
      <ActionForm state={state} action={action}>
        <input type="hidden" name="productId" value={productId} />
        <input type="hidden" name="mode" value="set" />
        <input type="hidden" name="quantity" value="0" />
        <Button
          type="submit"
          variant="ghost"
          size="sm"
          disabled={pending}
          aria-label={t("cart.removeLabel", { name })}
        >
          <Trash2 className="h-4 w-4" aria-hidden />
        </Button>
      </ActionForm>
    </div>
  );
}
