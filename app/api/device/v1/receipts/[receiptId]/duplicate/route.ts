// GET /api/device/v1/receipts/{id}/duplicate – the print form «Дубликат»
import { deviceJson, withDevice } from "@/lib/http/with-device";
import { getDuplicate } from "@/lib/device/queries";

export const GET = withDevice<{ receiptId: string }>(
  async (_req, dev, { receiptId }) => deviceJson(await getDuplicate(dev.cashbox, receiptId)),
  { session: "required" },
);
