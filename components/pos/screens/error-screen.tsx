"use client";
// A refusal on the whole screen: the server's message, advice, help, and the action that fixes it.
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
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
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="pos-error-title"
      aria-describedby="pos-error-advice"
      data-testid="error-screen"
      className="pos-noprint fixed inset-0 z-50 flex items-center justify-center bg-red-950/70 p-4"
    >
      <div className="w-full max-w-lg space-y-4 rounded-xl bg-white p-6 text-center shadow-2xl">
        <div
          aria-hidden="true"
          className="mx-auto flex h-16 w-16 items-center justify-center rounded-full bg-red-100 text-3xl text-red-700"
        >
          !
        </div>
        <h2
          id="pos-error-title"
          ref={ref}
          tabIndex={-1}
          className="text-xl font-bold text-slate-900 outline-none"
        >
          {error.message}
        </h2>
        {error.code === "CASHBOX_INTEGRITY" ? (
          // the seed's text stays as it is; the short status is a badge beside it
          <span
            data-testid="state-badge"
            className="inline-block rounded bg-red-700 px-2 py-0.5 font-mono text-sm font-bold text-white"
          >
            INT
          </span>
        ) : null}
        <p id="pos-error-advice" className="text-slate-700">
          {t(`advice.${adviceKey(error.code)}`)}
        </p>
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
      </div>
    </div>
  );
}
