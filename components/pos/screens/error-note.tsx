"use client";
// A refusal under a form of the first screens (pairing, PIN): the message, and for the server's
// errors (not the form's own `local` one) the advice and a link to help.
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import { adviceKey } from "@/lib/pos/advice";
import { PosErrorHelp } from "../pos-help";
import type { PosError } from "../use-pos";

export function ErrorNote({
  err,
  local,
  className,
}: {
  err: PosError | null;
  local: string;
  className?: string;
}) {
  const t = useTranslations("pos");
  if (!err) return null;
  return (
    <p role="alert" className={cn("rounded-lg bg-red-50 p-3 text-sm font-medium text-red-800", className)}>
      {err.message}
      {err.code !== local ? (
        <>
          <span className="mt-1 block font-normal">{t(`advice.${adviceKey(err.code)}`)}</span>
          <PosErrorHelp code={err.code} className="mt-1" />
        </>
      ) : null}
    </p>
  );
}
