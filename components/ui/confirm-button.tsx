"use client";
import { AlertDialog } from "radix-ui";
import { useTranslations } from "next-intl";
import { Button, type ButtonProps } from "./button";

/** A button that asks before a destructive action; `onConfirm` runs only after «Подтвердить». */
export function ConfirmButton({
  title,
  text,
  onConfirm,
  children,
  variant = "danger",
  ...props
}: Omit<ButtonProps, "onClick"> & { title: string; text?: string; onConfirm: () => void }) {
  const t = useTranslations("common");
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <Button variant={variant} {...props}>
          {children}
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl">
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
