"use client";
import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState, type ActionState } from "@/lib/http/action-state";
import { trackAllAction } from "../actions";

/** «Учитывать остатки всех товаров», after a confirmation. */
export function TrackAllButton() {
  const t = useTranslations("stock");
  const [state, action, pending] = useActionState<ActionState, FormData>(trackAllAction, initialActionState);
  const form = useRef<HTMLFormElement>(null);
  return (
    <ActionForm ref={form} action={action} state={state} className="flex flex-col gap-2">
      <ConfirmButton
        variant="secondary"
        title={t("trackAll")}
        text={t("trackAllConfirm")}
        disabled={pending}
        onConfirm={() => form.current?.requestSubmit()}
      >
        {t("trackAll")}
      </ConfirmButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}
