"use client";
import { useActionState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { CreditCard } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/http/action-state";
import { cancelOrderAction, payOrderAction } from "../../../actions";
import { ActionForm } from "@/components/ui/action-form";

export function OrderActions({
  orderId,
  number,
  canPayCard,
}: {
  orderId: string;
  number: number;
  canPayCard: boolean;
}) {
  const t = useTranslations("market.order");
  const [payState, pay, paying] = useActionState(payOrderAction, initialActionState);
  const [cancelState, cancel] = useActionState(cancelOrderAction, initialActionState);
  const [cancelling, startCancel] = useTransition();
  const fd = () => {
    const f = new FormData();
    f.set("orderId", orderId);
    return f;
  };
  return (
    <div className="space-y-2 pt-2">
      <FormMessage state={payState} />
      <FormMessage state={cancelState} />
      <div className="flex flex-wrap gap-2">
        {canPayCard ? (
          <ActionForm state={payState} action={pay}>
            <input type="hidden" name="orderId" value={orderId} />
            <Button type="submit" disabled={paying}>
              <CreditCard className="h-4 w-4" aria-hidden />
              {paying ? t("paying") : t("payCard")}
            </Button>
          </ActionForm>
        ) : null}
        <ConfirmButton
          variant="secondary"
          title={t("cancelConfirm", { number })}
          text={t("cancelText")}
          disabled={cancelling}
          onConfirm={() => startCancel(() => cancel(fd()))}
        >
          {t("cancel")}
        </ConfirmButton>
      </div>
    </div>
  );
}
