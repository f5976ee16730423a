// GET /api/device/v1/receipts/{id} – a document of this cashbox as first answered
import { deviceJson, withDevice } from "@/lib/http/with-device";
import { getDeviceDocument } from "@/lib/device/queries";

export const GET = withDevice<{ receiptId: string }>(
  async (_req, dev, { receiptId }) =>
    deviceJson({ document: (await getDeviceDocument(dev.cashbox, receiptId)).document }),
  { session: "required" },
);
