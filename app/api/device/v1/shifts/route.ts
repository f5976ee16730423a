// POST /api/device/v1/shifts – open a shift (the first receipt opens one too)
import { documentRoute } from "@/lib/http/with-device";

export const POST = documentRoute("shift_open");
