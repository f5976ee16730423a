"use client";
import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import { TokenReveal } from "@/components/cashboxes/token-reveal";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/http/action-state";
import { reissueTokenAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

/** The device token: when it was issued, and «Перевыпустить токен» (asks first; the new one is shown once). */
export function TokenCard({
  cashboxId,
  issuedAt,
  disabled,
}: {
  cashboxId: string;
  issuedAt: string | null;
  disabled: boolean;
}) {
  const t = useTranslations("cashbox.token");
  const tPos = useTranslations("pos.cabinet");
  const [state, action, pending] = useActionState(reissueTokenAction, initialActionState);
  const form = useRef<HTMLFormElement>(null);
  return (
    <Card>
      <h2 className="mb-2 text-lg font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-600">{t("explain")}</p>
      <a
        href="/pos"
        target="_blank"
        rel="noopener"
        className="mt-1 inline-block text-sm font-medium text-brand-700 underline"
      >
        {tPos("open")}
      </a>
      <p className="mt-2 text-sm text-slate-900">
        {issuedAt ? t("issuedAt", { date: issuedAt }) : t("none")}
      </p>
      {state.ok && state.data?.token ? (
        <div className="mt-4">
          <TokenReveal title={t("reissuedTitle")} token={state.data.token} deviceKey={state.data.deviceKey} />
        </div>
      ) : null}
      <ActionForm state={state} ref={form} action={action} className="mt-4 flex flex-wrap items-center gap-3">
        <input type="hidden" name="cashboxId" value={cashboxId} />
        <ConfirmButton
          variant="secondary"
          title={t("reissueConfirmTitle")}
          text={t("reissueConfirmText")}
          disabled={pending || disabled}
          onConfirm={() => form.current?.requestSubmit()}
        >
          {t("reissue")}
        </ConfirmButton>
        {state.ok ? null : <FormMessage state={state} />}
      </ActionForm>
    </Card>
  );
}
