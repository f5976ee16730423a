"use client";
import { useActionState, useId, useState } from "react";
import { Dialog } from "radix-ui";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/input";
import { initialActionState, type ActionState } from "@/lib/http/action-state";
import { handCodeAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

/** «Передать клиенту»: the code goes to one of the clients that linked this partner. */
export function HandCodeButton({
  codeId,
  code,
  product,
  clients,
}: {
  codeId: string;
  code: string;
  product: string;
  clients: { id: string; name: string }[];
}) {
  const t = useTranslations("partner.codes");
  const common = useTranslations("common");
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState(async (prev: ActionState, fd: FormData) => {
    const result = await handCodeAction(prev, fd);
    if (result.ok) setOpen(false);
    return result;
  }, initialActionState);
  const selectId = useId();
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <Button size="sm" variant="secondary">
          {t("hand")}
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl focus:outline-none">
          <div className="flex items-start justify-between gap-3">
            <Dialog.Title className="text-lg font-semibold">{t("handTitle")}</Dialog.Title>
            <Dialog.Close
              aria-label={common("close")}
              className="rounded p-1 text-slate-500 hover:bg-slate-100"
            >
              <X className="h-4 w-4" aria-hidden />
            </Dialog.Close>
          </div>
          <Dialog.Description className="mt-1 text-sm text-slate-600">
            {t("handIntro", { code, product })}
          </Dialog.Description>
          {clients.length === 0 ? (
            <p className="mt-4 text-sm text-slate-600">{t("noClients")}</p>
          ) : (
            <ActionForm state={state} action={action} className="mt-4 space-y-4" noValidate>
              <input type="hidden" name="codeId" value={codeId} />
              {!state.ok ? <FormMessage state={state} /> : null}
              <Field label={t("client")} error={state.fieldErrors?.clientOrganizationId}>
                <Select id={selectId} name="clientOrganizationId" defaultValue="">
                  <option value="">{t("chooseClient")}</option>
                  {clients.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <div className="flex justify-end gap-2">
                <Dialog.Close asChild>
                  <Button variant="secondary">{common("cancel")}</Button>
                </Dialog.Close>
                <Button type="submit" disabled={pending}>
                  {t("handSubmit")}
                </Button>
              </div>
            </ActionForm>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
