"use client";
import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/http/action-state";
import { linkFromDirectoryAction } from "./actions";

/** Links the partner of a directory card, after a confirmation that says what the partner will see. */
export function LinkPartnerButton({ taxId, name }: { taxId: string; name: string }) {
  const t = useTranslations("partner.directory");
  const [state, action, pending] = useActionState(linkFromDirectoryAction, initialActionState);
  const form = useRef<HTMLFormElement>(null);
  return (
    <ActionForm state={state} ref={form} action={action} className="space-y-2">
      <input type="hidden" name="taxId" value={taxId} />
      <ConfirmButton
        variant="primary"
        title={t("linkConfirm", { name })}
        text={t("linkText")}
        disabled={pending}
        onConfirm={() => form.current?.requestSubmit()}
      >
        {t("link")}
      </ConfirmButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}
