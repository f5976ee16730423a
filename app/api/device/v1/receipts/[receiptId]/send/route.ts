// POST /api/device/v1/receipts/{id}/send – e-mail the receipt (outbox)
import { deviceJson, readJson, withDevice } from "@/lib/http/with-device";
import { sendReceipt } from "@/lib/device/queries";

export const POST = withDevice<{ receiptId: string }>(
  async (req, dev, { receiptId }) =>
    deviceJson(await sendReceipt(dev.cashbox, receiptId, await readJson(req), dev.now), 202),
  { session: "required" },
);
