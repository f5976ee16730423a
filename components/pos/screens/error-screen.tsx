"use client";
// A refusal on the whole screen: the server's message, advice, help, and the action that fixes it.
import { useRef } from "react";
import { useTranslations } from "next-intl";
import { AlertDialog } from "radix-ui";
import { OVERLAY_CLASS } from "@/components/ui/dialog";
import { cn } from "@/lib/cn";
import { adviceKey, errorAction } from "@/lib/pos/advice";
import { Big } from "../parts";
import { PosErrorHelp } from "../pos-help";
import type { PosError } from "../use-pos";

export function ErrorScreen({
  error,
  onClose,
  onAction,
}: {
  error: PosError;
  onClose: () => void;
  onAction: (a: NonNullable<ReturnType<typeof errorAction>>) => void;
}) {
  const t = useTranslations("pos");
  const action = errorAction(error.code);
  const ref = useRef<HTMLHeadingElement>(null);
  // the cabinet's dialog primitive as an alert: focus trapped on the refusal, Esc = «Понятно»
  return (
    <AlertDialog.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={cn(OVERLAY_CLASS, "pos-noprint z-50 bg-red-950/70")} />
        <AlertDialog.Content
          data-testid="error-screen"
          onOpenAutoFocus={(e) => {
            e.preventDefault();
            ref.current?.focus();
          }}
          className="pos-noprint fixed left-1/2 top-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 space-y-4 overflow-y-auto rounded-xl bg-white p-6 text-center shadow-2xl focus:outline-none"
        >
          <div
            aria-hidden="true"
            className="mx-auto flex h-16 w-16 items-center justify-center rounded-full bg-red-100 text-3xl text-red-700"
          >
            !
          </div>
          <AlertDialog.Title asChild>
            <h2 ref={ref} tabIndex={-1} className="text-xl font-bold text-slate-900 outline-none">
              {error.message}
            </h2>
          </AlertDialog.Title>
          {error.code === "CASHBOX_INTEGRITY" ? (
            // the seed's text stays as it is; the short status is a badge beside it
            <span
              data-testid="state-badge"
              className="inline-block rounded bg-red-700 px-2 py-0.5 font-mono text-sm font-bold text-white"
            >
              INT
            </span>
          ) : null}
          <AlertDialog.Description asChild>
            <p className="text-slate-700">{t(`advice.${adviceKey(error.code)}`)}</p>
          </AlertDialog.Description>
          <PosErrorHelp code={error.code} />
          {error.fields && error.fields.length > 0 ? (
            <ul className="rounded-lg bg-slate-50 p-3 text-left text-sm text-slate-700">
              {error.fields.map((f) => (
                <li key={f.field + f.message}>{f.message}</li>
              ))}
            </ul>
          ) : null}
          <div className="grid gap-2 sm:grid-cols-2">
            {action ? (
              <Big tone="primary" onClick={() => onAction(action)}>
                {t(`errorAction.${action}`)}
              </Big>
            ) : null}
            <Big onClick={onClose} className={action ? "" : "sm:col-span-2"}>
              {t("understood")}
            </Big>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
