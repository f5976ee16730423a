"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { ImportJobDto } from "@/lib/nomenclature/import/jobs";
import type { ImportPreview } from "@/lib/nomenclature/import/preview-import";
import { StepList, type ImportStep } from "../../_components/import-steps";
import { ImportProgress } from "./import-progress";
import { ImportResult } from "./import-result";
import { MappingStep } from "./mapping-step";
import { PreviewStep } from "./preview-step";

/**
 * The import wizard after the upload. Its step follows the job stored on the server (so a reload
 * lands on the same step): UPLOADED → mapping and preview (local), QUEUED/RUNNING → progress
 * (polled), DONE/FAILED → result.
 */
export function ImportWizard({ initialJob }: { initialJob: ImportJobDto }) {
  const t = useTranslations("nomenclature.import");
  const [job, setJob] = useState(initialJob);
  const [mapping, setMapping] = useState(initialJob.mapping);
  const [preview, setPreview] = useState<ImportPreview | null>(null);

  const running = job.status === "QUEUED" || job.status === "RUNNING";
  useEffect(() => {
    if (!running) return;
    let stop = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const res = await fetch(`/api/cabinet/nomenclature/imports/${job.id}`, { cache: "no-store" });
        if (res.ok) {
          const json = (await res.json()) as { job: ImportJobDto };
          if (!stop) setJob(json.job);
        }
      } catch {
        /* offline for a moment: try again */
      }
      if (!stop) timer = setTimeout(poll, 1000);
    };
    timer = setTimeout(poll, 500);
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [running, job.id]);

  const step: ImportStep =
    job.status === "UPLOADED" ? (preview ? "preview" : "mapping") : running ? "run" : "result";
  const labels = {
    upload: t("steps.upload"),
    mapping: t("steps.mapping"),
    preview: t("steps.preview"),
    run: t("steps.run"),
    result: t("steps.result"),
  };
  return (
    <div className="space-y-6">
      <StepList current={step} labels={labels} />
      {step === "mapping" ? (
        <MappingStep
          job={job}
          mapping={mapping}
          onChecked={(m, p) => {
            setMapping(m);
            setPreview(p);
          }}
        />
      ) : null}
      {step === "preview" && preview && mapping ? (
        <PreviewStep
          job={job}
          mapping={mapping}
          preview={preview}
          onBack={() => setPreview(null)}
          onStarted={setJob}
        />
      ) : null}
      {step === "run" ? <ImportProgress job={job} /> : null}
      {step === "result" ? <ImportResult job={job} /> : null}
    </div>
  );
}
