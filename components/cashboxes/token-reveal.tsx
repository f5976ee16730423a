"use client";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import { PosPairing } from "@/components/pos/pos-pairing";

/**
 * The device token and signing key, shown once after «Добавить кассу» or «Перевыпустить токен».
 * They live only in this component's props (the action's answer): a reload loses them for good.
 */
export function TokenReveal({
  title,
  token,
  deviceKey,
  children,
}: {
  title: string;
  token: string;
  deviceKey: string;
  children?: React.ReactNode;
}) {
  const t = useTranslations("cashbox.token");
  const heading = useRef<HTMLHeadingElement>(null);
  // Moves focus here so keyboard and screen-reader users land on the one-time secret.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      aria-labelledby="token-reveal-title"
      data-testid="token-reveal"
      className="space-y-4 rounded-lg border border-amber-300 bg-amber-50 p-4 sm:p-6"
    >
      <h2
        id="token-reveal-title"
        ref={heading}
        tabIndex={-1}
        className="text-lg font-semibold text-slate-900 outline-none"
      >
        {title}
      </h2>
      <p role="alert" className="text-sm font-medium text-amber-900">
        {t("once")}
      </p>
      <SecretField label={t("tokenLabel")} value={token} testId="device-token" />
      <SecretField label={t("keyLabel")} value={deviceKey} testId="device-key" />
      <PosPairing token={token} deviceKey={deviceKey} />
      {children ? <div className="flex flex-wrap gap-2">{children}</div> : null}
    </section>
  );
}

function SecretField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const t = useTranslations("cashbox.token");
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // No clipboard API (plain http, old browser): select the text for Ctrl+C instead.
      input.current?.select();
      document.execCommand?.("copy");
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  }
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id={id}
          ref={input}
          readOnly
          value={value}
          data-testid={testId}
          onFocus={(e) => e.currentTarget.select()}
          className={cn(inputClass, "font-mono text-xs sm:text-sm")}
        />
        <Button variant="secondary" onClick={copy} className="shrink-0">
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
      <span aria-live="polite" className="sr-only">
        {copied ? t("copied") : ""}
      </span>
    </div>
  );
}
