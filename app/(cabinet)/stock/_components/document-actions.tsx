"use client";
import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState, type ActionState } from "@/lib/http/action-state";
import { postStockDocumentAction, reverseStockDocumentAction } from "../actions";

/** «Провести» a draft or «Сторнировать» a posted document, each after a confirmation. */
export function DocumentActions({
  id,
  status,
  reversible,
}: {
  id: string;
  status: "DRAFT" | "POSTED";
  reversible: boolean;
}) {
  const t = useTranslations("stock");
  const draft = status === "DRAFT";
  const [state, action, pending] = useActionState<ActionState, FormData>(
    draft ? postStockDocumentAction : reverseStockDocumentAction,
    initialActionState,
  );
  const form = useRef<HTMLFormElement>(null);
  if (!draft && !reversible) return null;
  return (
    <ActionForm ref={form} action={action} state={state} className="flex flex-col items-end gap-2">
      <input type="hidden" name="id" value={id} />
      <ConfirmButton
        variant={draft ? "primary" : "danger"}
        title={draft ? t("doc.postTitle") : t("doc.reverseTitle")}
        text={draft ? t("doc.postText") : t("doc.reverseText")}
        disabled={pending}
        data-testid={draft ? "post-document" : "reverse-document"}
        onConfirm={() => form.current?.requestSubmit()}
      >
        {draft ? t("doc.post") : t("doc.reverse")}
      </ConfirmButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}
