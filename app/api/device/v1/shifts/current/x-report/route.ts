// POST /api/device/v1/shifts/current/x-report – X-report of the open shift
import { documentRoute } from "@/lib/http/with-device";

export const POST = documentRoute("x_report");
