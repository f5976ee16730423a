// POST /api/device/v1/documents:batch – offline upload: ≤ 200 documents in order, per-document results
import { deviceJson, MAX_BATCH_BODY_BYTES, readJson, withDevice } from "@/lib/http/with-device";
import { uploadBatch } from "@/lib/device/batch";

export const POST = withDevice(
  async (req, dev) =>
    deviceJson(
      await uploadBatch(dev.cashbox, dev.cashier, await readJson(req, MAX_BATCH_BODY_BYTES), dev.now, {
        address: dev.sourceAddress,
      }),
    ),
  { session: "optional", offlineUpload: true },
);
