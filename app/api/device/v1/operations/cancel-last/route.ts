// POST /api/device/v1/operations/cancel-last – «Отмена последней операции»: the reverse document
import { documentRoute } from "@/lib/http/with-device";

export const POST = documentRoute("cancel_last");
