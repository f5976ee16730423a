// POST /api/device/v1/receipts – register a receipt: sale, sale return, purchase, purchase return
// GET  /api/device/v1/receipts – the cashbox's documents, newest first, with what is left to return
import { deviceJson, documentRoute, withDevice } from "@/lib/http/with-device";
import { findDeviceReceipts } from "@/lib/device/find-device-receipts";

export const POST = documentRoute("receipt");

export const GET = withDevice(
  async (req, dev) => deviceJson(await findDeviceReceipts(dev.cashbox, new URL(req.url).searchParams)),
  { session: "required" },
);
