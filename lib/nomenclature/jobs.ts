// Scheduled jobs of the nomenclature (registered in lib/jobs/registry.ts).
import { resumeStaleImports } from "./import/resume-stale-imports";

export const NOMENCLATURE_JOBS = [
  {
    name: "nomenclature-import-resume",
    cron: "* * * * *",
    run: (now: Date) => resumeStaleImports(now),
  },
] as const;
