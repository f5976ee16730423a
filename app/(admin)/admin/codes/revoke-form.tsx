"use client";
import { useActionState, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { formatCode } from "@/lib/codes/format";
import { initialActionState, type ActionState } from "@/lib/http/action-state";
import { revokeCodeAction } from "./actions";
import { ActionForm } from "@/components/ui/action-form";

export function RevokeForm({ defaultCode }: { defaultCode: string }) {
  const t = useTranslations("codes.admin");
  const tc = useTranslations("codes");
  const [code, setCode] = useState(defaultCode ? formatCode(defaultCode) : "");
  const [state, action, pending] = useActionState(async (prev: ActionState, fd: FormData) => {
    const result = await revokeCodeAction(prev, fd);
    if (result.ok) setCode("");
    return result;
  }, initialActionState);
  const form = useRef<HTMLFormElement>(null);
  const err = state.fieldErrors ?? {};
  return (
    <ActionForm state={state} ref={form} action={action} className="grid gap-3 sm:grid-cols-2" noValidate>
      <p className="text-sm text-slate-600 sm:col-span-2">{t("revokeIntro")}</p>
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <Field label={tc("col.code")} error={err.code}>
        <Input
          name="code"
          value={code}
          onChange={(e) => setCode(formatCode(e.target.value))}
          className="font-mono tracking-wider"
          placeholder="XXXX-XXXX-XXXX-XXXX"
          autoComplete="off"
        />
      </Field>
      <Field label={t("reason")} error={err.reason}>
        <Input name="reason" defaultValue={state.ok ? "" : (state.values?.reason ?? "")} maxLength={200} />
      </Field>
      <div className="sm:col-span-2">
        <ConfirmButton
          title={t("revokeConfirm", { code })}
          disabled={pending}
          onConfirm={() => form.current?.requestSubmit()}
        >
          {t("revoke")}
        </ConfirmButton>
      </div>
    </ActionForm>
  );
}
