"use client";
import { Dialog } from "radix-ui";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";

/**
 * The one modal of the cabinet (issue 19): Radix's dialog (focus trap, Esc, focus back to the
 * opener, `aria-labelledby`/`aria-describedby`), with our overlay, panel, title row and ✕.
 * `layout`: "center" (a card in the middle), "sheet" (a bottom sheet on phones, a centred card from
 * `sm` up), "drawer" (a panel from the left edge: the phone menu) or "full" (the whole screen on a
 * phone, a centred card from `sm` up: the web cashier's sheets, components/pos/parts.tsx).
 * Every dialog of the cabinet is built on it; the alert-style confirmation (components/ui/confirm-button)
 * shares its overlay and panel classes.
 */
export const OVERLAY_CLASS = "fixed inset-0 z-40 bg-slate-900/40";

const SIZES = {
  sm: "max-w-sm",
  md: "max-w-md",
  lg: "max-w-lg",
  "2xl": "max-w-2xl",
  "3xl": "max-w-3xl",
} as const;
/** the same widths from `sm` up only (below, the panel fills the screen) */
const WIDE_SIZES = {
  sm: "sm:max-w-sm",
  md: "sm:max-w-md",
  lg: "sm:max-w-lg",
  "2xl": "sm:max-w-2xl",
  "3xl": "sm:max-w-3xl",
} as const;

export function panelClass(layout: DialogLayout, size: keyof typeof SIZES): string {
  if (layout === "full")
    return cn(
      "fixed inset-0 z-50 flex w-full flex-col overflow-hidden bg-white shadow-xl focus:outline-none",
      "sm:inset-auto sm:left-1/2 sm:top-1/2 sm:max-h-[calc(100dvh-2rem)] sm:-translate-x-1/2 sm:-translate-y-1/2 sm:rounded-xl",
      WIDE_SIZES[size],
    );
  if (layout === "drawer")
    return "fixed inset-y-0 left-0 z-50 w-72 max-w-[85vw] overflow-y-auto bg-white p-4 shadow-xl";
  if (layout === "sheet")
    return cn(
      "fixed inset-x-0 bottom-0 z-50 max-h-[92vh] overflow-y-auto rounded-t-xl bg-white p-5 shadow-xl focus:outline-none",
      "sm:inset-auto sm:left-1/2 sm:top-1/2 sm:w-[calc(100%-2rem)] sm:-translate-x-1/2 sm:-translate-y-1/2 sm:rounded-lg sm:p-6",
      WIDE_SIZES[size],
    );
  return cn(
    "fixed left-1/2 top-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-xl focus:outline-none",
    SIZES[size],
  );
}

export type DialogLayout = "center" | "sheet" | "drawer" | "full";

export interface ModalProps {
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** the button that opens it (a Radix trigger: focus returns to it on close) */
  trigger?: React.ReactNode;
  title: React.ReactNode;
  /** read by screen readers with the title; `hideDescription` keeps it for them only */
  description: React.ReactNode;
  hideDescription?: boolean;
  size?: keyof typeof SIZES;
  layout?: DialogLayout;
  /** extra classes of the panel (e.g. a flex column for a scrolling list inside) */
  className?: string;
  /** extra classes of the overlay (e.g. a breakpoint that hides the whole dialog) */
  overlayClassName?: string;
  onOpenAutoFocus?: (e: Event) => void;
  onCloseAutoFocus?: (e: Event) => void;
  /** the panel's id (a print style sheet can show just this panel) */
  id?: string;
  /** printing shows the content without the title row and the description (`data-print-hide`) */
  printContentOnly?: boolean;
  children?: React.ReactNode;
}

export function Modal({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  hideDescription,
  size = "md",
  layout = "center",
  className,
  overlayClassName,
  onOpenAutoFocus,
  onCloseAutoFocus,
  id,
  printContentOnly,
  children,
}: ModalProps) {
  const printHide = printContentOnly ? { "data-print-hide": "" } : {};
  const common = useTranslations("common");
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      {trigger ? <Dialog.Trigger asChild>{trigger}</Dialog.Trigger> : null}
      <Dialog.Portal>
        <Dialog.Overlay className={cn(OVERLAY_CLASS, overlayClassName)} />
        <Dialog.Content
          id={id}
          onOpenAutoFocus={onOpenAutoFocus}
          onCloseAutoFocus={onCloseAutoFocus}
          className={cn(panelClass(layout, size), className)}
        >
          <div
            className={cn(
              "flex items-start justify-between gap-3",
              layout === "drawer" && "mb-4 items-center",
            )}
          >
            <Dialog.Title
              className={layout === "drawer" ? "font-semibold" : "text-lg font-semibold text-slate-900"}
            >
              {title}
            </Dialog.Title>
            <Dialog.Close
              aria-label={common("close")}
              className="rounded p-1 text-slate-500 hover:bg-slate-100"
            >
              <X className="h-4 w-4" aria-hidden />
            </Dialog.Close>
          </div>
          <Dialog.Description
            {...printHide}
            className={hideDescription ? "sr-only" : "mt-1 break-words text-sm text-slate-600"}
          >
            {description}
          </Dialog.Description>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** A button inside a dialog that closes it (e.g. «Отмена»). */
export const ModalClose = Dialog.Close;
