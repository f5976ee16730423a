// GET /api/device/v1/nomenclature?since=&limit= – the organization's item changes after a cursor
import { deviceJson, withDevice } from "@/lib/http/with-device";
import { getNomenclatureChanges } from "@/lib/device/nomenclature";

export const GET = withDevice(async (req, dev) =>
  deviceJson(await getNomenclatureChanges(dev.cashbox, new URL(req.url).searchParams)),
);
