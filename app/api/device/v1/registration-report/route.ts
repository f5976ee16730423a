// POST /api/device/v1/registration-report – the cashbox's registration report (before it is registered)
import { documentRoute } from "@/lib/http/with-device";

export const POST = documentRoute("registration_report");
