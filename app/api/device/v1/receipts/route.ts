// POST /api/device/v1/receipts – register a receipt: sale, sale return, purchase, purchase return
import { documentRoute } from "@/lib/http/with-device";

export const POST = documentRoute("receipt");
