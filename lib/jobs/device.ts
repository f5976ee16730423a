// Device API job: shift auto-close (Z-report) and OFFLINE_TOO_LONG, every minute (lib/device/maintenance.ts).
// Daily: the month partitions of the receipts three months ahead (lib/fiscal/partitions.ts).
import { runDeviceMaintenance } from "@/lib/device/maintenance";
import { keepReceiptPartitionsAhead } from "@/lib/fiscal/partitions";

export const DEVICE_JOBS = [
  {
    name: "device-maintenance",
    cron: "* * * * *",
    run: (now: Date) => runDeviceMaintenance(now),
  },
  {
    name: "receipt-partitions",
    cron: "17 3 * * *",
    run: (now: Date) => keepReceiptPartitionsAhead(now),
  },
] as const;
