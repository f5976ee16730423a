"use client";
// Building blocks of the web cashier: large touch buttons, the on-screen keypad, a full-screen
// modal sheet and the printed form of a fiscal document (with its QR code).
import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import QRCode from "qrcode";
import { OVERLAY_CLASS, panelClass } from "@/components/ui/dialog";
import { cn } from "@/lib/cn";
import { formatPrintedAmount } from "@/lib/fiscal/money";
import type { PrintLine } from "@/lib/pos/model";

export function Big({
  className,
  tone = "neutral",
  type = "button",
  ...props
}: React.ButtonHTMLAttributes<HTMLButtonElement> & { tone?: "primary" | "neutral" | "danger" | "ghost" }) {
  return (
    <button
      type={type}
      className={cn(
        "inline-flex min-h-12 items-center justify-center gap-2 rounded-lg px-4 text-base font-semibold transition-colors focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-50",
        tone === "primary" && "bg-brand-600 text-white hover:bg-brand-700",
        tone === "neutral" && "border border-slate-300 bg-white text-slate-900 hover:bg-slate-50",
        tone === "danger" && "bg-red-600 text-white hover:bg-red-700",
        tone === "ghost" && "text-slate-700 hover:bg-slate-100",
        className,
      )}
      {...props}
    />
  );
}

/** A field with its label above it. */
function Labelled({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
    </div>
  );
}

/** Digits keypad; `decimals` = how many places after the dot may be typed (0 = none). */
export function Keypad({
  value,
  onChange,
  decimals,
  maxLength = 12,
  onEnter,
}: {
  value: string;
  onChange: (v: string) => void;
  decimals: number;
  maxLength?: number;
  onEnter?: () => void;
}) {
  const t = useTranslations("pos");
  function press(k: string) {
    if (k === "C") return onChange("");
    if (k === "⌫") return onChange(value.slice(0, -1));
    if (k === ".") {
      if (decimals === 0 || value.includes(".")) return;
      return onChange(value === "" ? "0." : `${value}.`);
    }
    const dot = value.indexOf(".");
    if (dot >= 0 && value.length - dot - 1 >= decimals) return;
    if (value.length >= maxLength) return;
    onChange(value === "0" ? k : value + k);
  }
  const keys = ["7", "8", "9", "4", "5", "6", "1", "2", "3", decimals > 0 ? "." : "C", "0", "⌫"];
  return (
    <div className="grid grid-cols-3 gap-2" role="group" aria-label={t("keypad")}>
      {keys.map((k) => (
        <button
          key={k}
          type="button"
          onClick={() => press(k)}
          aria-label={k === "⌫" ? t("backspace") : k === "C" ? t("clear") : k === "." ? t("dot") : k}
          className="h-14 rounded-lg border border-slate-300 bg-white text-2xl font-semibold text-slate-900 hover:bg-slate-50 active:bg-slate-100 sm:h-16"
        >
          {k}
        </button>
      ))}
      {onEnter ? (
        <button
          type="button"
          onClick={onEnter}
          className="col-span-3 h-14 rounded-lg bg-brand-600 text-lg font-semibold text-white hover:bg-brand-700"
        >
          {t("ok")}
        </button>
      ) : null}
    </div>
  );
}

/** A text field bound to the keypad: typing works too (keyboard, scanner). */
export function KeypadField({
  label,
  value,
  onChange,
  decimals,
  testId,
  autoFocus,
  onEnter,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  decimals: number;
  testId?: string;
  autoFocus?: boolean;
  onEnter?: () => void;
}) {
  const id = useId();
  return (
    <Labelled id={id} label={label}>
      <input
        id={id}
        data-testid={testId}
        inputMode={decimals > 0 ? "decimal" : "numeric"}
        autoComplete="off"
        autoFocus={autoFocus}
        value={value}
        onChange={(e) => onChange(e.target.value.replace(",", "."))}
        onKeyDown={(e) => {
          if (e.key === "Enter" && onEnter) {
            e.preventDefault();
            onEnter();
          }
        }}
        className="h-14 w-full rounded-lg border border-slate-300 px-3 text-right font-mono text-2xl text-slate-900 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
      />
    </Labelled>
  );
}

/** A full-height sheet over the cashier screen (phone: the whole screen). */
export function Sheet({
  title,
  onClose,
  children,
  wide,
  testId,
}: {
  title: string;
  onClose?: () => void;
  children: React.ReactNode;
  wide?: boolean;
  testId?: string;
}) {
  const t = useTranslations("pos");
  const heading = useRef<HTMLHeadingElement>(null);
  // The cabinet's dialog primitive (focus trap, Esc, focus back to the opener) with the cashier's
  // full-height layout. Radix leaves the focus where it is when a field of the sheet took it
  // (autoFocus): keyboard and scanner users type at once; otherwise the title gets it.
  return (
    <Dialog.Root open onOpenChange={(open) => (open ? undefined : onClose?.())}>
      <Dialog.Portal>
        <Dialog.Overlay className={cn(OVERLAY_CLASS, "pos-noprint")} />
        <Dialog.Content
          data-testid={testId}
          aria-describedby={undefined}
          onOpenAutoFocus={(e) => {
            e.preventDefault();
            heading.current?.focus();
          }}
          onEscapeKeyDown={(e) => (onClose ? undefined : e.preventDefault())}
          onPointerDownOutside={(e) => e.preventDefault()}
          className={cn("pos-noprint", panelClass("full", wide ? "3xl" : "lg"))}
        >
          <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-3">
            <Dialog.Title asChild>
              <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
                {title}
              </h2>
            </Dialog.Title>
            {onClose ? (
              <Big tone="ghost" onClick={onClose} aria-label={t("close")} className="min-h-10 px-3">
                ✕
              </Big>
            ) : null}
          </div>
          <div className="flex-1 overflow-y-auto p-4">{children}</div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function QrImage({ text }: { text: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(text, { margin: 1, width: 160, errorCorrectionLevel: "M" })
      .then((url) => live && setSrc(url))
      .catch(() => live && setSrc(null));
    return () => {
      live = false;
    };
  }, [text]);
  return src ? (
    // eslint-disable-next-line @next/next/no-img-element -- a data: URL made in the browser
    <img src={src} alt="QR" data-qr={text} width={128} height={128} className="mx-auto my-1 h-32 w-32" />
  ) : null;
}

/** The printed form (receipt, report) as the terminal's printer would print it. */
export function PrintView({ lines, width }: { lines: PrintLine[]; width: 58 | 80 }) {
  return (
    <div
      data-testid="print-view"
      data-width={width}
      className={cn(
        "pos-paper mx-auto bg-white px-2 py-3 font-mono text-slate-900 shadow-sm ring-1 ring-slate-200",
        width === 58 ? "w-[58mm] text-[10px] leading-tight" : "w-[80mm] text-[12px] leading-snug",
      )}
    >
      {lines.map((l, i) =>
        l.kind === "qr" ? (
          <QrImage key={i} text={l.text} />
        ) : l.kind === "separator" ? (
          <div key={i} className="my-1 border-t border-dashed border-slate-500" aria-hidden="true" />
        ) : (
          <div
            key={i}
            className={cn(
              "break-words whitespace-pre-wrap",
              (l.style === "center" || l.style === "bold_center") && "text-center",
              (l.style === "bold" || l.style === "bold_center") && "font-bold",
            )}
          >
            {l.text}
          </div>
        ),
      )}
    </div>
  );
}

/** An amount as printed forms show it (1 234,50). */
export const money = (minor: number) => formatPrintedAmount(minor);

/** The refusal under a form field. */
export function FieldError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="text-sm font-medium text-red-700">
      {message}
    </p>
  );
}

export function TextField({
  label,
  value,
  onChange,
  mono,
  type = "text",
  testId,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  mono?: boolean;
  type?: string;
  testId?: string;
}) {
  const id = `f-${label.replace(/\W+/g, "-")}`;
  return (
    <Labelled id={id} label={label}>
      <input
        id={id}
        type={type}
        data-testid={testId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
        className={cn(
          "h-12 w-full rounded-lg border border-slate-300 px-3 text-base focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30",
          mono && "font-mono text-sm",
        )}
      />
    </Labelled>
  );
}
