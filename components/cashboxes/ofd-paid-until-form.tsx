"use client";
// The renewal dialog's body for a KZ cashbox on a third-party ОФД: that ОФД's service is paid on
// its site and this service's codes and «Маркет» do not extend it, so the owner enters the new
// «Оплачено в ОФД до» date (docs/registration.md «Сторонний ОФД»).
import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import { ExternalLink } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { initialActionState } from "@/lib/http/action-state";
import { OFD_SITES, type ThirdPartyOfd } from "@/lib/registration/ofd";
import { ActionForm } from "@/components/ui/action-form";
import { useRenewActions } from "@/components/codes/renew-actions";

export function OfdPaidUntilForm({
  cashboxId,
  ofd,
  paidUntil,
  onCancel,
}: {
  cashboxId: string;
  ofd: ThirdPartyOfd;
  /** the current «Оплачено в ОФД до», YYYY-MM-DD */
  paidUntil: string | null;
  onCancel: () => void;
}) {
  const t = useTranslations("cashboxes.renew");
  const common = useTranslations("common");
  const { updateOfdPaidUntil } = useRenewActions();
  const [state, action, pending] = useActionState(updateOfdPaidUntil, initialActionState);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);
  const site = OFD_SITES[ofd];
  return (
    <ActionForm
      state={state}
      ref={form}
      action={action}
      noValidate
      className="mt-4 space-y-4"
      data-testid="ofd-paid-form"
    >
      <input type="hidden" name="cashboxId" value={cashboxId} />
      <p className="text-sm text-slate-700">{t("ofdText", { ofd: site.name })}</p>
      <a
        href={site.url}
        target="_blank"
        rel="noopener noreferrer"
        className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline"
      >
        {t("ofdSite", { ofd: site.name })}
        <ExternalLink className="h-3.5 w-3.5" aria-hidden />
      </a>
      <Field label={t("ofdPaidUntil")} error={state.fieldErrors?.paidUntil}>
        <Input
          name="paidUntil"
          type="date"
          defaultValue={state.values?.paidUntil ?? paidUntil ?? ""}
          disabled={pending}
          required
        />
      </Field>
      <FormMessage state={state} />
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onCancel}>
          {state.ok ? common("close") : common("cancel")}
        </Button>
        <Button type="submit" disabled={pending}>
          {t("ofdSave")}
        </Button>
      </div>
    </ActionForm>
  );
}
