// Device API job: shift auto-close (Z-report) and OFFLINE_TOO_LONG, every minute (lib/device/maintenance.ts).
import { runDeviceMaintenance } from "@/lib/device/maintenance";

export const DEVICE_JOBS = [
  {
    name: "device-maintenance",
    cron: "* * * * *",
    run: (now: Date) => runDeviceMaintenance(now),
  },
] as const;
