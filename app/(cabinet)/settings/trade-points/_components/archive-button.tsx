"use client";
import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/http/action-state";
import { formLevel } from "../../_components/form-level";
import { archiveTradePointAction, restoreTradePointAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

/** «В архив» / «Восстановить» with a confirmation; shows why when the server refuses. */
export function ArchiveButton({
  id,
  name,
  archived,
  size = "sm",
  showSuccess = false,
}: {
  id: string;
  name: string;
  archived: boolean;
  size?: "sm" | "md";
  showSuccess?: boolean;
}) {
  const t = useTranslations("settings.tradePoints");
  const [state, action, pending] = useActionState(
    archived ? restoreTradePointAction : archiveTradePointAction,
    initialActionState,
  );
  const form = useRef<HTMLFormElement>(null);
  return (
    <ActionForm state={state} ref={form} action={action} className="max-w-xs space-y-2">
      <input type="hidden" name="id" value={id} />
      <ConfirmButton
        size={size}
        variant="secondary"
        disabled={pending}
        title={archived ? t("restoreConfirmTitle", { name }) : t("archiveConfirmTitle", { name })}
        text={archived ? undefined : t("archiveConfirmText")}
        onConfirm={() => form.current?.requestSubmit()}
      >
        {archived ? t("restore") : t("archive")}
      </ConfirmButton>
      {state.ok && !showSuccess ? null : <FormMessage state={formLevel(state)} />}
    </ActionForm>
  );
}
