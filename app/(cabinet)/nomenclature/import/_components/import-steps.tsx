import { Check } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { BadgeTone } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import type { ImportJobStatus } from "@/lib/nomenclature/import/jobs";

export const STATUS_TONE: Record<ImportJobStatus, BadgeTone> = {
  UPLOADED: "gray",
  QUEUED: "blue",
  RUNNING: "blue",
  DONE: "green",
  FAILED: "red",
};

export const IMPORT_STEPS = ["upload", "mapping", "preview", "run", "result"] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];

/** The wizard's steps: upload → columns → check → import → result. */
export async function ImportSteps({ current }: { current: ImportStep }) {
  const t = await getTranslations("nomenclature.import");
  return (
    <StepList
      current={current}
      labels={Object.fromEntries(IMPORT_STEPS.map((s) => [s, t(`steps.${s}`)])) as Record<ImportStep, string>}
    />
  );
}

export function StepList({ current, labels }: { current: ImportStep; labels: Record<ImportStep, string> }) {
  const index = IMPORT_STEPS.indexOf(current);
  return (
    <ol className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
      {IMPORT_STEPS.map((s, i) => (
        <li
          key={s}
          aria-current={i === index ? "step" : undefined}
          className={cn(
            "flex items-center gap-2",
            i === index ? "font-semibold text-brand-700" : i < index ? "text-slate-700" : "text-slate-500",
          )}
        >
          <span
            className={cn(
              "grid h-6 w-6 place-items-center rounded-full text-xs",
              i < index
                ? "bg-emerald-600 text-white"
                : i === index
                  ? "bg-brand-600 text-white"
                  : "bg-slate-200 text-slate-500",
            )}
          >
            {i < index ? <Check className="h-3.5 w-3.5" aria-hidden /> : i + 1}
          </span>
          {labels[s]}
        </li>
      ))}
    </ol>
  );
}
