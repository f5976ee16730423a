"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { ActionForm } from "@/components/ui/action-form";
import { initialActionState } from "@/lib/http/action-state";
import type { NotificationPreference } from "@/lib/notifications/preferences";
import { updateNotificationPreferencesAction } from "../notifications/actions";

export function NotificationPreferencesForm({
  prefs,
  email,
}: {
  prefs: NotificationPreference[];
  email: string;
}) {
  const t = useTranslations("notifications.prefs");
  const tc = useTranslations("common");
  const [state, action, pending] = useActionState(updateNotificationPreferencesAction, initialActionState);
  // the ticks stay as the member left them: the form is never reset (a successful submit would
  // put the checkboxes back to their first render)
  const [on, setOn] = useState(() => {
    const m: Record<string, boolean> = {};
    for (const p of prefs) {
      m[`bell.${p.kind}`] = p.bell;
      m[`mail.${p.kind}`] = p.mail;
    }
    return m;
  });
  if (prefs.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <ActionForm state={state} action={action} onReset={(e) => e.preventDefault()} className="space-y-4">
      <Card>
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <p className="mb-4 text-sm text-slate-600">{t("intro", { email })}</p>
        <fieldset disabled={pending}>
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-600">
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("kind")}
                </th>
                <th scope="col" className="px-2 py-2 text-center font-medium">
                  {t("bell")}
                </th>
                <th scope="col" className="px-2 py-2 text-center font-medium">
                  {t("mail")}
                </th>
              </tr>
            </thead>
            <tbody>
              {prefs.map((p) => {
                const label = t(`kinds.${p.kind}`);
                return (
                  <tr key={p.kind} className="border-b border-slate-100" data-kind={p.kind}>
                    <th scope="row" className="py-2 pr-4 text-left font-normal">
                      {label}
                    </th>
                    {(["bell", "mail"] as const).map((channel) => {
                      const name = `${channel}.${p.kind}`;
                      return (
                        <td key={channel} className="px-2 py-2 text-center">
                          <input
                            type="checkbox"
                            name={name}
                            checked={on[name] ?? false}
                            onChange={(e) => setOn((m) => ({ ...m, [name]: e.target.checked }))}
                            aria-label={t(channel === "bell" ? "bellOf" : "mailOf", { kind: label })}
                            className="h-4 w-4 accent-brand-600"
                          />
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </fieldset>
      </Card>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : tc("save")}
        </Button>
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}
