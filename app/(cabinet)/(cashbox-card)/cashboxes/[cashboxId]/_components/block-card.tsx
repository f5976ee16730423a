"use client";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { HelpLink } from "@/components/help/help-link";
import { helpHrefForState } from "@/lib/help/links";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { blockAction, unblockAction } from "../actions";
import { ConfirmActionForm } from "./confirm-action-form";

/** Block / unblock with a reason; the operator's states are shown but not offered to the owner. */
export function BlockCard({
  cashboxId,
  state,
  reason,
}: {
  cashboxId: string;
  state: string;
  reason: string | null;
}) {
  const t = useTranslations("cashbox");
  const tState = useTranslations("cashboxes.state");
  const operator = state === "SERVER_BLOCKED" || state === "INTEGRITY";
  const help = helpHrefForState(state);
  return (
    <Card>
      <h2 className="mb-2 text-lg font-semibold">{t("block.title")}</h2>
      {help ? <HelpLink href={help} label="more" className="mb-2" testId="state-help" /> : null}
      {operator ? (
        <p className="text-sm text-red-700">{t("block.operator", { state: tState(state) })}</p>
      ) : state === "BLOCKED" ? (
        <>
          <p className="mb-4 text-sm text-red-700">{t("block.current", { reason: reason ?? "—" })}</p>
          <ConfirmActionForm
            action={unblockAction}
            hidden={{ cashboxId }}
            title={t("block.unblockConfirmTitle")}
            text={t("block.unblockConfirmText")}
            submitLabel={t("block.unblock")}
            variant="primary"
          >
            {(s) => (
              <Field label={t("block.unblockReasonLabel")} error={s.fieldErrors?.reason}>
                <Textarea
                  name="reason"
                  defaultValue={s.values?.reason ?? ""}
                  maxLength={500}
                  rows={2}
                  required
                />
              </Field>
            )}
          </ConfirmActionForm>
        </>
      ) : (
        <>
          <p className="mb-4 text-sm text-slate-600">{t("block.explain")}</p>
          <ConfirmActionForm
            action={blockAction}
            hidden={{ cashboxId }}
            title={t("block.confirmTitle")}
            text={t("block.confirmText")}
            submitLabel={t("block.submit")}
          >
            {(s) => (
              <Field label={t("block.reasonLabel")} error={s.fieldErrors?.reason}>
                <Textarea
                  name="reason"
                  defaultValue={s.values?.reason ?? ""}
                  maxLength={500}
                  rows={2}
                  required
                />
              </Field>
            )}
          </ConfirmActionForm>
        </>
      )}
    </Card>
  );
}
