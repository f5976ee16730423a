"use client";
import { useActionState, useId, useState } from "react";
import { Modal, ModalClose } from "@/components/ui/dialog";
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
    <Modal
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button size="sm" variant="secondary">
          {t("hand")}
        </Button>
      }
      title={t("handTitle")}
      description={t("handIntro", { code, product })}
    >
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
            <ModalClose asChild>
              <Button variant="secondary">{common("cancel")}</Button>
            </ModalClose>
            <Button type="submit" disabled={pending}>
              {t("handSubmit")}
            </Button>
          </div>
        </ActionForm>
      )}
    </Modal>
  );
}
