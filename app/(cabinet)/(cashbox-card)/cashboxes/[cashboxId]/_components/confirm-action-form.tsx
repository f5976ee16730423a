"use client";
import { useActionState, useRef } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { initialActionState, type ActionState } from "@/lib/http/action-state";
import { ActionForm } from "@/components/ui/action-form";

/**
 * A form whose submit asks first (block, unblock, ФН replacement, deregistration): the server
 * action runs only after «Подтвердить»; field errors come back beside their fields.
 */
export function ConfirmActionForm({
  action,
  hidden,
  title,
  text,
  submitLabel,
  variant = "danger",
  children,
}: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
  title: string;
  text?: string;
  submitLabel: string;
  variant?: "danger" | "primary" | "secondary";
  children?: (state: ActionState, pending: boolean) => React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);
  return (
    <ActionForm state={state} ref={form} action={formAction} noValidate className="space-y-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children?.(state, pending)}
      <div className="flex flex-wrap items-center gap-3">
        <ConfirmButton
          title={title}
          text={text}
          variant={variant}
          disabled={pending}
          onConfirm={() => form.current?.requestSubmit()}
        >
          {submitLabel}
        </ConfirmButton>
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}
