"use client";
import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Textarea } from "@/components/ui/input";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { initialActionState, type ActionState } from "@/lib/http/action-state";
import { clearIntegrityAction, clearServerBlockAction, serverBlockAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

/** The operator's action for one cashbox, by its state: server-block, lift it, or clear INTEGRITY. */
export function AdminCashboxActions({ cashboxId, state }: { cashboxId: string; state: string }) {
  const t = useTranslations("cashbox.admin");
  if (state === "SERVER_BLOCKED") {
    return (
      <ReasonForm
        cashboxId={cashboxId}
        action={clearServerBlockAction}
        reasonLabel={t("clearServerBlockReason")}
        title={t("clearServerBlockConfirmTitle")}
        submit={t("clearServerBlock")}
        variant="primary"
      />
    );
  }
  if (state === "INTEGRITY") {
    return (
      <ReasonForm
        cashboxId={cashboxId}
        action={clearIntegrityAction}
        reasonLabel={t("clearIntegrityReason")}
        title={t("clearIntegrityConfirmTitle")}
        text={t("clearIntegrityConfirmText")}
        submit={t("clearIntegrity")}
        variant="primary"
      />
    );
  }
  return (
    <ReasonForm
      cashboxId={cashboxId}
      action={serverBlockAction}
      reasonLabel={t("serverBlockReason")}
      title={t("serverBlockConfirmTitle")}
      text={t("serverBlockConfirmText")}
      submit={t("serverBlock")}
      variant="danger"
    />
  );
}

function ReasonForm({
  cashboxId,
  action,
  reasonLabel,
  title,
  text,
  submit,
  variant,
}: {
  cashboxId: string;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  reasonLabel: string;
  title: string;
  text?: string;
  submit: string;
  variant: "danger" | "primary";
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);
  return (
    <ActionForm state={state} ref={form} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="cashboxId" value={cashboxId} />
      <Field label={reasonLabel} error={state.fieldErrors?.reason}>
        <Textarea
          name="reason"
          defaultValue={state.values?.reason ?? ""}
          maxLength={500}
          rows={2}
          disabled={pending}
          required
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <ConfirmButton
          title={title}
          text={text}
          variant={variant}
          disabled={pending}
          onConfirm={() => form.current?.requestSubmit()}
        >
          {submit}
        </ConfirmButton>
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}
