// POST /api/device/v1/shifts/current/close – Z-report, closes the open shift
import { documentRoute } from "@/lib/http/with-device";

export const POST = documentRoute("z_report");
