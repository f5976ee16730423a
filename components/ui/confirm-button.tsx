"use client";
import { AlertDialog } from "radix-ui";
import { useTranslations } from "next-intl";
import { Button, type ButtonProps } from "./button";
import { OVERLAY_CLASS, panelClass } from "./dialog";
import { useHydrated } from "./use-hydrated";

/**
 * A button that asks before a destructive action; `onConfirm` runs only after «Подтвердить».
 * Disabled until hydrated: the question needs React, and a click before that would be lost.
 */
export function ConfirmButton({
  title,
  text,
  onConfirm,
  children,
  variant = "danger",
  disabled,
  ...props
}: Omit<ButtonProps, "onClick"> & { title: string; text?: string; onConfirm: () => void }) {
  const t = useTranslations("common");
  const hydrated = useHydrated();
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <Button variant={variant} disabled={disabled || !hydrated} {...props}>
          {children}
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={OVERLAY_CLASS} />
        <AlertDialog.Content className={panelClass("center", "md")}>
          <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
          {text ? (
            <AlertDialog.Description className="mt-2 text-sm text-slate-600">{text}</AlertDialog.Description>
          ) : (
            <AlertDialog.Description className="sr-only">{title}</AlertDialog.Description>
          )}
          <div className="mt-6 flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary">{t("cancel")}</Button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <Button variant={variant} onClick={onConfirm}>
                {t("confirm")}
              </Button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
