// POST /api/device/v1/cash-operations – cash deposit or withdrawal
import { documentRoute } from "@/lib/http/with-device";

export const POST = documentRoute("cash_operation");
