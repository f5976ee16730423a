"use client";
import { useActionState, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { initialActionState, type ActionState } from "@/lib/http/action-state";
import { linkPartnerAction, unlinkPartnerAction } from "./actions";
import { ActionForm } from "@/components/ui/action-form";

export function PartnerLinkForm({ linkedName }: { linkedName: string | null }) {
  const t = useTranslations("partner.link");
  // Only the latest action's result is shown: the unlink button goes away once it has worked.
  const [last, setLast] = useState<"link" | "unlink" | null>(null);
  const [state, action, pending] = useActionState(async (prev: ActionState, fd: FormData) => {
    setLast("link");
    return linkPartnerAction(prev, fd);
  }, initialActionState);
  const [unlinkState, unlink] = useActionState(async (prev: ActionState, fd: FormData) => {
    setLast("unlink");
    return unlinkPartnerAction(prev, fd);
  }, initialActionState);
  const [unlinking, startUnlink] = useTransition();
  const linkState = last === "link" ? state : initialActionState;
  return (
    <Card className="space-y-4">
      {last ? <FormMessage state={last === "link" ? state : unlinkState} /> : null}
      <ActionForm state={state} action={action} className="space-y-4" noValidate>
        <Field label={t("taxId")} hint={t("taxIdHint")} error={linkState.fieldErrors?.taxId}>
          <Input
            name="taxId"
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            defaultValue={linkState.ok ? "" : (linkState.values?.taxId ?? "")}
            key={linkState.ok ? "done" : "edit"}
          />
        </Field>
        <Button type="submit" disabled={pending}>
          {linkedName ? t("replace") : t("link")}
        </Button>
      </ActionForm>
      {linkedName ? (
        <div className="border-t border-slate-200 pt-4">
          <ConfirmButton
            title={t("unlinkConfirm", { name: linkedName })}
            text={t("unlinkText")}
            disabled={unlinking}
            onConfirm={() => startUnlink(() => unlink(new FormData()))}
          >
            {t("unlink")}
          </ConfirmButton>
        </div>
      ) : null}
    </Card>
  );
}
