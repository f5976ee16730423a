"use client";
import { useActionState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/http/action-state";
import { confirmInvoiceAction, markShippedAction } from "./actions";

export function AdminOrderActions(props: {
  organizationId: string;
  orderId: string;
  number: number;
  canConfirmInvoice: boolean;
  canShip: boolean;
}) {
  const t = useTranslations("market.admin");
  const [confirmState, confirm] = useActionState(confirmInvoiceAction, initialActionState);
  const [shipState, ship] = useActionState(markShippedAction, initialActionState);
  const [pending, start] = useTransition();
  const fd = () => {
    const f = new FormData();
    f.set("organizationId", props.organizationId);
    f.set("orderId", props.orderId);
    return f;
  };
  if (!props.canConfirmInvoice && !props.canShip && !confirmState.message && !shipState.message) return null;
  return (
    <div className="space-y-1">
      <FormMessage state={confirmState} />
      <FormMessage state={shipState} />
      {props.canConfirmInvoice ? (
        <ConfirmButton
          size="sm"
          variant="primary"
          className="h-auto min-h-8 py-1 text-left"
          title={t("confirmInvoice")}
          text={t("confirmInvoiceText", { number: props.number })}
          disabled={pending}
          onConfirm={() => start(() => confirm(fd()))}
        >
          {t("confirmInvoice")}
        </ConfirmButton>
      ) : null}
      {props.canShip ? (
        <ConfirmButton
          size="sm"
          variant="secondary"
          title={t("shipConfirm", { number: props.number })}
          disabled={pending}
          onConfirm={() => start(() => ship(fd()))}
        >
          {t("ship")}
        </ConfirmButton>
      ) : null}
    </div>
  );
}
